/**
 * Starting the server: validates and loads graph-data into the chosen engine, builds the app and
 * listens (127.0.0.1 by default). Used by `npm start`, `npm run dev`, the API and end-to-end tests.
 */
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
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
    const embedded = EmbeddedEngine.create();
    await embedded.load(graph);
    engine = embedded;
  }
  const app = await createApp({
    engine,
    graph,
    allowWrites: options.allowWrites ?? false,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
    maxRows: options.maxRows ?? 5_000,
    uiDir: options.uiDir ?? DEFAULT_UI_DIR,
    logger: options.logger ?? false,
  });
  const address = await app.listen({ port: options.port ?? 4173, host: options.host ?? "127.0.0.1" });
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
