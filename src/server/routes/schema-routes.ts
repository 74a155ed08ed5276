/** GET /api/schema: labels, relationship types and property keys, for the console's completion. */
import type { FastifyPluginAsync } from "fastify";
import { SchemaResponseSchema } from "../../contract/api/schema-info.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const schemaRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get("/api/schema", { schema: { response: { 200: SchemaResponseSchema } } }, async () =>
    ctx.explorer.schema(),
  );
};
