/** GET /api/sources (every document's metadata) and GET /api/sources/:id (one document with its text). */
import type { FastifyPluginAsync } from "fastify";
import { IdParamsSchema } from "../../contract/api/nodes.ts";
import { SourceResponseSchema, SourcesResponseSchema } from "../../contract/api/sources.ts";
import type { ApiContext } from "../api-context.ts";
import { NotFoundError } from "../explorer-service.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const sourceRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get("/api/sources", { schema: { response: { 200: SourcesResponseSchema } } }, async () => ({
    sources: ctx.graph.sources.map(({ text: _text, ...meta }) => meta),
  }));
  app.get(
    "/api/sources/:id",
    { schema: { params: IdParamsSchema, response: { 200: SourceResponseSchema } } },
    async (req) => {
      const source = ctx.graph.sources.find((s) => s.id === req.params.id);
      if (!source) throw new NotFoundError(`no source with id "${req.params.id}"`);
      return source;
    },
  );
};
