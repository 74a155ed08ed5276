/** GET /api/graph[?synthetic=N]: the whole graph for the overview, or a synthetic one for benchmarks. */
import type { FastifyPluginAsync } from "fastify";
import { GraphQuerySchema, GraphResponseSchema } from "../../contract/api/graph.ts";
import type { ApiContext } from "../api-context.ts";
import { syntheticGraph } from "../synthetic-graph.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const graphRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/graph",
    { schema: { querystring: GraphQuerySchema, response: { 200: GraphResponseSchema } } },
    async (req) => (req.query.synthetic ? syntheticGraph(req.query.synthetic) : ctx.explorer.graph()),
  );
};
