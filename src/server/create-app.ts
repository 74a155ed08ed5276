/**
 * The HTTP application: Fastify with the security checks (Host/Origin, headers, request limits; see
 * security/), the API (one plugin per resource, see api-routes.ts), JSON errors
 * everywhere, and the built explorer (dist/ui) served as static files with a fallback to index.html
 * for deep links.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { OverviewSettings } from "../contract/api/overview.ts";
import type { ApiContext } from "./api-context.ts";
import { registerApiRoutes } from "./api-routes.ts";
import { ExplorerService } from "./explorer-service.ts";
import { errorHandler } from "./http-errors.ts";
import { clientErrorHandler } from "./security/client-error.ts";
import { registerHostOriginCheck } from "./security/host-origin-check.ts";
import { MAX_BODY_BYTES, registerRequestLimits } from "./security/request-limits.ts";
import { registerSecurityHeaders } from "./security/security-headers.ts";

/** Options of the app: the API context (without the explorer, built here) plus where the built UI is. */
export interface AppOptions extends Omit<ApiContext, "explorer"> {
  uiDir?: string;
  logger?: boolean;
  /** When the page opens on an overview, and how many entities it shows (default OVERVIEW_SETTINGS). */
  overview?: OverviewSettings;
  /** Host names the server answers to besides loopback (its listen address, --allowed-host). */
  allowedHosts?: string[];
}

/** Builds the Fastify app (not listening yet). */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "warn" } : false,
    bodyLimit: MAX_BODY_BYTES,
    clientErrorHandler,
    // Node answers a request without Host with an empty 400 before Fastify sees it; let the host check
    // (security/host-origin-check.ts) refuse it with the usual JSON instead.
    serverFactory: (handler) => createServer({ requireHostHeader: false }, handler),
  });
  app.setErrorHandler(errorHandler);
  await registerSecurityHeaders(app); // first, so refusals below carry the headers too
  registerHostOriginCheck(app, options.allowedHosts ?? []);
  registerRequestLimits(app);
  // gzip/brotli for every response over 1 kB: the overview and the bundle shrink several times.
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  const { uiDir, logger: _logger, allowedHosts: _hosts, overview, ...context } = options;
  const explorer = new ExplorerService(options.engine, options.limits, overview);
  await registerApiRoutes(app, { ...context, explorer });
  // Warm what the page asks for first, so the first visitor does not wait for it (failures are
  // retried on the next request: an engine that is down now may be up then).
  void explorer.overview.overview().catch(() => undefined);
  void explorer.schema().catch(() => undefined);
  void explorer.search("warm", 1).catch(() => undefined);
  if (!options.benchRoutes) {
    // The bench's floor page (src/ui/bench/floor.html) is built with the explorer but served only to it.
    app.addHook("onRequest", async (req, reply) => {
      if (req.url.startsWith("/bench/")) {
        return reply.status(404).send({
          error: { code: "NOT_FOUND", message: `no route GET ${req.url.split("?")[0]} (bench only)` },
        });
      }
    });
  }
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
