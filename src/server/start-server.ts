/**
 * Starting the server: takes a ready engine (opened through the engine registry by the caller) and
 * the validated graph-data whose source documents it serves, builds the app and listens (127.0.0.1
 * by default). Used by `npm start`, `npm run dev`, the bench, the API and end-to-end tests.
 */
import type { OverviewSettings } from "../contract/api/overview.ts";
import { QUERY_LIMITS, type QueryLimits } from "../contract/limits.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { createApp } from "./create-app.ts";

/** The built explorer of this repository. */
export const DEFAULT_UI_DIR = new URL("../../dist/ui", import.meta.url).pathname;

export interface StartOptions {
  /** The engine to serve; the server owns it from here and closes it on close(). */
  engine: CypherEngine;
  /** Validated graph-data: the source documents behind every quote. */
  graph: KnowledgeGraph;
  /** 0 picks a free port. Default 4173. */
  port?: number;
  host?: string;
  /** The built UI; "" serves the API only. */
  uiDir?: string;
  allowWrites?: boolean;
  /** Limits of console queries (defaults: QUERY_LIMITS); the explorer's reads share the timeout. */
  limits?: Partial<QueryLimits>;
  /** When the page opens on an overview and how many entities it shows (default OVERVIEW_SETTINGS). */
  overview?: OverviewSettings;
  /** Host names answered besides loopback and `host` (also LAGEBILD_ALLOWED_HOSTS, comma-separated). */
  allowedHosts?: string[];
  /** Serve synthetic graphs for the bench (never in `npm start`). */
  benchRoutes?: boolean;
  logger?: boolean;
}

export interface RunningServer {
  url: string;
  engine: CypherEngine;
  close(): Promise<void>;
}

/** Builds the app on `engine` and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { engine } = options;
  const host = options.host ?? "127.0.0.1";
  const envHosts = (process.env["LAGEBILD_ALLOWED_HOSTS"] ?? "").split(",").filter((h) => h.trim() !== "");
  const app = await createApp({
    engine,
    graph: options.graph,
    allowWrites: options.allowWrites ?? false,
    limits: { ...QUERY_LIMITS, ...options.limits },
    uiDir: options.uiDir ?? DEFAULT_UI_DIR,
    logger: options.logger ?? false,
    ...(options.overview ? { overview: options.overview } : {}),
    benchRoutes: options.benchRoutes ?? false,
    allowedHosts: [host, ...envHosts, ...(options.allowedHosts ?? [])],
  });
  const address = await app.listen({ port: options.port ?? 4173, host });
  return {
    url: address.replace("[::1]", "localhost"),
    engine,
    async close() {
      await app.close();
      await engine.close();
    },
  };
}
