/**
 * GET /api/schema: labels and relationship types with counts, the property keys in use (of nodes and
 * relationships together, as Neo4j's db.propertyKeys() lists them; for completion), and the totals.
 * Engines answer it from their own statistics, without reading the graph.
 */
import { z } from "zod";

export const SchemaResponseSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  propertyKeys: z.array(z.string()),
  nodes: z.number().int(),
  relationships: z.number().int(),
});
export type SchemaResponse = z.infer<typeof SchemaResponseSchema>;
