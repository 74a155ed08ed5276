/**
 * POST /api/query: runs one Cypher query, read-only unless the server allows writes, within its limits
 * (time, rows, bytes); a client that goes away cancels it (security/client-abort.ts).
 */
import type { FastifyPluginAsync } from "fastify";
import { QueryRequestSchema, QueryResponseSchema } from "../../contract/api/query.ts";
import type { ApiContext } from "../api-context.ts";
import { abortOnClientClose } from "../security/client-abort.ts";
import type { ZodTypeProvider } from "../zod-type-provider.ts";

export const queryRoutes: FastifyPluginAsync<ApiContext> = async (fastify, ctx) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/query",
    { schema: { body: QueryRequestSchema, response: { 200: QueryResponseSchema } } },
    async (req, reply) => {
      const result = await ctx.engine.run(req.body.query, req.body.params ?? {}, {
        readOnly: !ctx.allowWrites,
        timeoutMs: ctx.limits.timeoutMs,
        maxRows: ctx.limits.maxRows,
        maxBytes: ctx.limits.maxBytes,
        signal: abortOnClientClose(req, reply),
      });
      // A query that may have written invalidates what the explorer keeps (schema, search, overview).
      if (ctx.allowWrites) ctx.explorer.invalidate();
      return result;
    },
  );
};
