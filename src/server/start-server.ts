/**
 * Starting the server: validates and loads graph-data into the chosen engine, builds the app and
 * listens (127.0.0.1 by default). Used by `npm start`, `npm run dev`, the API and end-to-end tests.
 */
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import { DEFAULT_QUERY_OPTIONS, type CypherEngine } from "../engine/cypher-engine.ts";
import { warmFileAccessCheck } from "../engine/file-access-check.ts";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import { createApp } from "./create-app.ts";

/** The built explorer of this repository. */
export const DEFAULT_UI_DIR = new URL("../../dist/ui", import.meta.url).pathname;

export interface StartOptions {
  /** 0 picks a free port. Default 4173. */
  port?: number;
  host?: string;
  engine?: "grafeo" | "neo4j";
  /** A ready engine (e.g. Neo4j), instead of loading graph-data into a new embedded one. */
  engineInstance?: CypherEngine;
  graphDataDir?: string;
  uiDir?: string;
  allowWrites?: boolean;
  queryTimeoutMs?: number;
  maxRows?: number;
  /** Largest /api/query result in bytes of JSON (default 16 MiB). */
  maxBytes?: number;
  /** Host names answered besides loopback and `host` (also LAGEBILD_ALLOWED_HOSTS, comma-separated). */
  allowedHosts?: string[];
  /** Serve synthetic graphs for the bench (never in `npm start`). */
  benchRoutes?: boolean;
  /** Embedded engine: number of worker processes (default 2) and memory cap of each in bytes (1 GiB). */
  engineProcesses?: number;
  engineMemoryBytes?: number;
  logger?: boolean;
}

export interface RunningServer {
  url: string;
  engine: CypherEngine;
  close(): Promise<void>;
}

/** Loads graph-data, starts the engine and the HTTP server. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const graph = loadGraphData(options.graphDataDir ?? DEFAULT_GRAPH_DATA_DIR);
  let engine = options.engineInstance;
  if (!engine) {
    const embedded = EmbeddedEngine.create({
      ...(options.engineProcesses ? { size: options.engineProcesses } : {}),
      ...(options.engineMemoryBytes ? { memoryBytes: options.engineMemoryBytes } : {}),
    });
    await embedded.load(graph);
    engine = embedded;
  }
  await warmFileAccessCheck();
  const host = options.host ?? "127.0.0.1";
  const envHosts = (process.env["LAGEBILD_ALLOWED_HOSTS"] ?? "").split(",").filter((h) => h.trim() !== "");
  const app = await createApp({
    engine,
    graph,
    allowWrites: options.allowWrites ?? false,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
    maxRows: options.maxRows ?? 5_000,
    maxBytes: options.maxBytes ?? DEFAULT_QUERY_OPTIONS.maxBytes,
    benchRoutes: options.benchRoutes ?? false,
    allowedHosts: [host, ...envHosts, ...(options.allowedHosts ?? [])],
    uiDir: options.uiDir ?? DEFAULT_UI_DIR,
    logger: options.logger ?? false,
  });
  const address = await app.listen({ port: options.port ?? 4173, host });
  const ready = engine;
  return {
    url: address.replace("[::1]", "localhost"),
    engine: ready,
    async close() {
      await app.close();
      await ready.close();
    },
  };
}
