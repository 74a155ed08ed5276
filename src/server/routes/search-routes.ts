/** GET /api/search?q=&limit=: entities by name or alias, exact and prefix matches first. */
import type { FastifyPluginAsync } from "fastify";
import { SearchQuerySchema, SearchResponseSchema } from "../../contract/api/search.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const searchRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/search",
    { schema: { querystring: SearchQuerySchema, response: { 200: SearchResponseSchema } } },
    async (req) => ctx.explorer.search(req.query.q, req.query.limit),
  );
};
