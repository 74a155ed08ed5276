/** GET /api/schema: labels and relationship types with counts, and property keys (for completion). */
import { z } from "zod";

export const SchemaResponseSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  nodePropertyKeys: z.array(z.string()),
  relationshipPropertyKeys: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof SchemaResponseSchema>;
