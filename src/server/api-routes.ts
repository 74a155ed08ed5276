/**
 * API routes: the JSON endpoints of the explorer, each with a request schema that Fastify validates
 * before the handler runs. Handlers only translate HTTP to ExplorerService calls.
 */
import type { FastifyInstance } from "fastify";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { syntheticGraph } from "../model/synthetic-graph.ts";
import type { HealthResponse, QueryRequest, SourceResponse } from "./api-types.ts";
import { ExplorerService, NotFoundError } from "./explorer-service.ts";
import { toHttpError } from "./http-errors.ts";
import { abortOnClientClose } from "./security/client-abort.ts";
import { HttpRefusal } from "./security/http-refusal.ts";

/** What the routes need. */
export interface ApiContext {
  engine: CypherEngine;
  graph: KnowledgeGraph;
  allowWrites: boolean;
  queryTimeoutMs: number;
  maxRows: number;
  /** Largest /api/query result in bytes of JSON; more is truncated (summary.truncatedBy "maxBytes"). */
  maxBytes?: number;
  /** Serve synthetic graphs (`/api/graph?synthetic=N`) for `npm run bench`; off otherwise. */
  benchRoutes?: boolean;
}

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
} as const;

/** Registers every /api route on `app`. */
export function registerApiRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const service = new ExplorerService(ctx.engine);

  app.get("/api/health", async (_req, reply) => {
    try {
      const counts = await service.counts();
      const body: HealthResponse = { ok: true, engine: ctx.engine.name, ...counts };
      return body;
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
  });

  app.post<{ Body: QueryRequest }>(
    "/api/query",
    {
      schema: {
        body: {
          type: "object",
          required: ["query"],
          additionalProperties: false,
          properties: {
            query: { type: "string", minLength: 1, maxLength: 100_000 },
            params: { type: "object" },
          },
        },
      },
    },
    async (req, reply) =>
      ctx.engine.run(req.body.query, req.body.params ?? {}, {
        readOnly: !ctx.allowWrites,
        timeoutMs: ctx.queryTimeoutMs,
        maxRows: ctx.maxRows,
        ...(ctx.maxBytes ? { maxBytes: ctx.maxBytes } : {}),
        signal: abortOnClientClose(req, reply),
      }),
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    "/api/search",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["q"],
          properties: {
            q: { type: "string", maxLength: 200 },
            limit: { type: "integer", minimum: 1, maximum: 100 },
          },
        },
      },
    },
    async (req) => service.search(req.query.q, req.query.limit ?? 20),
  );

  app.get<{ Params: { id: string } }>("/api/nodes/:id", { schema: { params: idParams } }, async (req) =>
    service.details(req.params.id),
  );

  app.get<{ Params: { id: string }; Querystring: { depth?: 1 | 2; limit?: number } }>(
    "/api/nodes/:id/neighbors",
    {
      schema: {
        params: idParams,
        querystring: {
          type: "object",
          properties: {
            depth: { type: "integer", enum: [1, 2] },
            limit: { type: "integer", minimum: 1, maximum: 5000 },
          },
        },
      },
    },
    async (req) => service.neighbors(req.params.id, req.query.depth ?? 1, req.query.limit ?? 200),
  );

  app.get<{ Querystring: { from: string; to: string } }>(
    "/api/paths",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["from", "to"],
          properties: { from: { type: "string", minLength: 1 }, to: { type: "string", minLength: 1 } },
        },
      },
    },
    async (req) => service.paths(req.query.from, req.query.to),
  );

  app.get("/api/schema", async () => service.schema());

  app.get<{ Querystring: { synthetic?: number } }>(
    "/api/graph",
    {
      schema: {
        querystring: {
          type: "object",
          properties: { synthetic: { type: "integer", minimum: 1, maximum: 100_000 } },
        },
      },
    },
    async (req) => {
      if (req.query.synthetic === undefined) return service.graph();
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

  app.get("/api/sources", async () => ({
    sources: ctx.graph.sources.map(({ text: _text, ...meta }) => meta),
  }));

  app.get<{ Params: { id: string } }>("/api/sources/:id", { schema: { params: idParams } }, async (req) => {
    const source = ctx.graph.sources.find((s) => s.id === req.params.id);
    if (!source) throw new NotFoundError(`no source with id "${req.params.id}"`);
    const body: SourceResponse = source;
    return body;
  });
}
