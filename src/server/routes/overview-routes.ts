/**
 * GET /api/overview (the most central entities of a big graph at their stored places),
 * GET /api/overview/filtered (the explorer's filters applied to the whole graph) and
 * GET /api/nodes/:id/expand (one page of an entity's relationships, for "expand" and "+N more").
 */
import type { FastifyPluginAsync } from "fastify";
import { IdParamsSchema } from "../../contract/api/nodes.ts";
import {
  ExpandQuerySchema,
  ExpandResponseSchema,
  OverviewFilterQuerySchema,
  OverviewFilterResponseSchema,
  OverviewQuerySchema,
  OverviewResponseSchema,
} from "../../contract/api/overview.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const overviewRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/overview",
    { schema: { querystring: OverviewQuerySchema, response: { 200: OverviewResponseSchema } } },
    async (req) => ctx.explorer.overview.overview(req.query.limit),
  );
  app.get(
    "/api/overview/filtered",
    {
      schema: { querystring: OverviewFilterQuerySchema, response: { 200: OverviewFilterResponseSchema } },
    },
    async (req) => ctx.explorer.overview.filtered(req.query),
  );
  app.get(
    "/api/nodes/:id/expand",
    {
      schema: {
        params: IdParamsSchema,
        querystring: ExpandQuerySchema,
        response: { 200: ExpandResponseSchema },
      },
    },
    async (req) =>
      ctx.explorer.overview.expand(req.params.id, req.query.limit, req.query.offset, req.query.minRank),
  );
};
