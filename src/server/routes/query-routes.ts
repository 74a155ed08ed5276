/** POST /api/query: runs one Cypher query, read-only unless the server allows writes, within its limits. */
import type { FastifyPluginAsync } from "fastify";
import { QueryRequestSchema, QueryResponseSchema } from "../../contract/api/query.ts";
import type { ApiContext } from "../api-context.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const queryRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/query",
    { schema: { body: QueryRequestSchema, response: { 200: QueryResponseSchema } } },
    async (req) => {
      const result = await ctx.engine.run(req.body.query, req.body.params ?? {}, {
        readOnly: !ctx.allowWrites,
        timeoutMs: ctx.limits.timeoutMs,
        maxRows: ctx.limits.maxRows,
      });
      // A query that may have written invalidates what the explorer keeps (schema, search, overview).
      if (ctx.allowWrites) ctx.explorer.invalidate();
      return result;
    },
  );
};
