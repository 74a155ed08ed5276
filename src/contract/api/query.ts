/** POST /api/query: one Cypher query with parameters; answers the engine-neutral result model. */
import { z } from "zod";
import type { QueryResult } from "../query-result.ts";

/** The longest query text the API accepts. */
export const MAX_QUERY_LENGTH = 100_000;

export const QueryRequestSchema = z.strictObject({
  query: z.string().min(1).max(MAX_QUERY_LENGTH),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type QueryRequest = z.infer<typeof QueryRequestSchema>;

/** The result model is recursive plain JSON, typed in query-result.ts; the schema carries the type. */
export const QueryResponseSchema = z.custom<QueryResult>();
export type QueryResponse = QueryResult;
