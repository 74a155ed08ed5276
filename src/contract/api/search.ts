/** GET /api/search?q=&limit=: entities whose names or aliases contain `q`, case- and accent-insensitive. */
import { z } from "zod";
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT } from "../limits.ts";
import { EntityRecordSchema } from "../records.ts";

export const SearchQuerySchema = z.object({
  q: z.string().max(200),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(SEARCH_DEFAULT_LIMIT),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchResponseSchema = z.object({
  query: z.string(),
  results: z.array(EntityRecordSchema),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
