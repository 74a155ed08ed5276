/**
 * The HTTP application: Fastify with the API, JSON errors everywhere, and the built explorer (dist/ui)
 * served as static files with a fallback to index.html for deep links.
 */
import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { registerApiRoutes, type ApiContext } from "./api-routes.ts";
import { errorHandler } from "./http-errors.ts";

/** Options of the app: the API context plus where the built UI is (omit for API only). */
export interface AppOptions extends ApiContext {
  uiDir?: string;
  logger?: boolean;
}

/** Builds the Fastify app (not listening yet). */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "warn" } : false,
    bodyLimit: 1_000_000,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false } },
  });
  app.setErrorHandler(errorHandler);
  registerApiRoutes(app, options);
  const uiDir = options.uiDir;
  if (uiDir && existsSync(uiDir)) {
    await app.register(fastifyStatic, { root: uiDir, index: ["index.html"], wildcard: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !uiDir || !existsSync(uiDir) || req.method !== "GET") {
      return reply
        .status(404)
        .send({ error: { code: "NOT_FOUND", message: `no route ${req.method} ${req.url.split("?")[0]}` } });
    }
    return reply.type("text/html").sendFile("index.html");
  });
  return app;
}
