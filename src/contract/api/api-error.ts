/**
 * The error body of every API failure: `{error: {code, message}}`, with the 1-based position of a
 * query error when the engine reports one.
 */
import { z } from "zod";

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    position: z
      .object({ line: z.number().int(), column: z.number().int(), offset: z.number().int().optional() })
      .optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
