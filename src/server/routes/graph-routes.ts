/**
 * GET /api/graph[?synthetic=N]: the whole graph for the overview, or a synthetic one — only on a server
 * started for `npm run bench` (benchRoutes), since building one is heavy work on the main thread.
 */
import type { FastifyPluginAsync } from "fastify";
import { GraphQuerySchema, GraphResponseSchema } from "../../contract/api/graph.ts";
import type { ApiContext } from "../api-context.ts";
import { HttpRefusal } from "../security/http-refusal.ts";
import { syntheticGraph } from "../synthetic-graph.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const graphRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/graph",
    { schema: { querystring: GraphQuerySchema, response: { 200: GraphResponseSchema } } },
    async (req) => {
      if (req.query.synthetic === undefined) return ctx.explorer.graph();
      if (!ctx.benchRoutes) {
        throw new HttpRefusal(
          404,
          "NOT_FOUND",
          "synthetic graphs are served only to npm run bench (a server started with benchRoutes); expected GET /api/graph",
        );
      }
      return syntheticGraph(req.query.synthetic);
    },
  );
};
