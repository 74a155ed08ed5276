/**
 * The server on the small fixture graph (tests/fixtures/mini-graph-data) in an embedded engine with
 * the pool settings a security test needs (number of processes, memory cap).
 */
import { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import type { PoolOptions } from "../../src/engine/grafeo/worker-pool.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { startServer, type RunningServer, type StartOptions } from "../../src/server/start-server.ts";

export const MINI_GRAPH_DATA = "tests/fixtures/mini-graph-data";

/** A running server whose engine is the embedded one (so tests can read its processes). */
export type MiniServer = RunningServer & { engine: EmbeddedEngine };

/** Starts the server on the fixture graph with `pool` settings (graph-data from `dir`). */
export async function startMiniServer(
  options: Omit<StartOptions, "engine" | "graph"> & { pool?: Partial<PoolOptions>; dir?: string } = {},
): Promise<MiniServer> {
  const { pool, dir, ...rest } = options;
  const graph = loadGraphData(dir ?? MINI_GRAPH_DATA);
  const engine = EmbeddedEngine.create(pool);
  try {
    await engine.load(graph);
  } catch (error) {
    await engine.close();
    throw error;
  }
  const server = await startServer({ uiDir: "", ...rest, engine, graph });
  return { ...server, engine };
}
