/** GET /api/sources (the documents' metadata) and GET /api/sources/:id (one document with its text). */
import { z } from "zod";

export const SourceMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  language: z.string(),
  url: z.string().optional(),
});

export const SourceResponseSchema = SourceMetaSchema.extend({ text: z.string() });
export type SourceResponse = z.infer<typeof SourceResponseSchema>;

export const SourcesResponseSchema = z.object({ sources: z.array(SourceMetaSchema) });
export type SourcesResponse = z.infer<typeof SourcesResponseSchema>;
