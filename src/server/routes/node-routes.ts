/** GET /api/nodes/:id (an entity and a page of its relationships, with their total) and GET /api/nodes/:id/neighbors (its ego network). */
import type { FastifyPluginAsync } from "fastify";
import {
  IdParamsSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
  NodeDetailsQuerySchema,
  NodeDetailsResponseSchema,
} from "../../contract/api/nodes.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const nodeRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/nodes/:id",
    {
      schema: {
        params: IdParamsSchema,
        querystring: NodeDetailsQuerySchema,
        response: { 200: NodeDetailsResponseSchema },
      },
    },
    async (req) => ctx.explorer.details(req.params.id, req.query.limit, req.query.offset),
  );
  app.get(
    "/api/nodes/:id/neighbors",
    {
      schema: {
        params: IdParamsSchema,
        querystring: NeighborsQuerySchema,
        response: { 200: NeighborsResponseSchema },
      },
    },
    async (req) => ctx.explorer.neighbors(req.params.id, req.query.depth, req.query.limit),
  );
};
