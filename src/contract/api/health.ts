/** GET /api/health: which engine answers and what it holds; 503 with `problem` when it cannot. */
import { z } from "zod";

export const HealthResponseSchema = z.object({
  ok: z.boolean(),
  engine: z.string(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  /** Why the engine is not ok (e.g. Neo4j unreachable). */
  problem: z.string().optional(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
