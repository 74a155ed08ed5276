/** GET /api/paths?from=&to=: the shortest paths between two entities, in any direction. */
import { z } from "zod";
import type { ResultNode, ResultRelationship } from "../query-result.ts";

export const PathsQuerySchema = z.object({ from: z.string().min(1), to: z.string().min(1) });
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

export const PathsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  nodes: z.array(z.custom<ResultNode>()),
  relationships: z.array(z.custom<ResultRelationship>()),
  /** Each path as its node ids and relationship ids, in order from `from` to `to`. */
  paths: z.array(z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) })),
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
