/** GET /api/health: 200 with the engine's counts, or 503 naming why the engine cannot answer. */
import type { FastifyPluginAsync } from "fastify";
import { HealthResponseSchema, type HealthResponse } from "../../contract/api/health.ts";
import type { ApiContext } from "../api-context.ts";
import { toHttpError } from "../http-errors.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const healthRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/health",
    { schema: { response: { 200: HealthResponseSchema, 503: HealthResponseSchema } } },
    async (_req, reply) => {
      try {
        const counts = await ctx.explorer.counts();
        return { ok: true, engine: ctx.engine.name, ...counts };
      } catch (error) {
        const body: HealthResponse = {
          ok: false,
          engine: ctx.engine.name,
          nodes: 0,
          relationships: 0,
          problem: toHttpError(error).body.error.message,
        };
        return reply.status(503).send(body);
      }
    },
  );
};
