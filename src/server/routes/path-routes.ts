/** GET /api/paths?from=&to=: the shortest paths between two entities. */
import type { FastifyPluginAsync } from "fastify";
import { PathsQuerySchema, PathsResponseSchema } from "../../contract/api/paths.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const pathRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/paths",
    { schema: { querystring: PathsQuerySchema, response: { 200: PathsResponseSchema } } },
    async (req) => ctx.explorer.paths(req.query.from, req.query.to),
  );
};
