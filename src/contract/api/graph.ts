/** GET /api/graph[?synthetic=N]: the whole graph for the overview, or a synthetic one for benchmarks. */
import { z } from "zod";
import type { ResultNode, ResultRelationship } from "../query-result.ts";

/** The largest synthetic graph the API draws. */
export const MAX_SYNTHETIC_NODES = 100_000;

export const GraphQuerySchema = z.object({
  synthetic: z.coerce.number().int().min(1).max(MAX_SYNTHETIC_NODES).optional(),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphResponseSchema = z.object({
  nodes: z.array(z.custom<ResultNode>()),
  relationships: z.array(z.custom<ResultRelationship>()),
});
export type GraphResponse = z.infer<typeof GraphResponseSchema>;
