/** GET /api/nodes/:id (an entity and its relationships) and GET /api/nodes/:id/neighbors (its ego network). */
import type { FastifyPluginAsync } from "fastify";
import {
  IdParamsSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
  NodeDetailsResponseSchema,
} from "../../contract/api/nodes.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const nodeRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/nodes/:id",
    { schema: { params: IdParamsSchema, response: { 200: NodeDetailsResponseSchema } } },
    async (req) => ctx.explorer.details(req.params.id),
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
