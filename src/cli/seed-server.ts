/**
 * The server on graph-data, its engine (default: the embedded one) opened through the registry like
 * every command does: what the bench and the API and end-to-end tests run against.
 */
import type { EngineFlagValues } from "../engine/engine-definition.ts";
import { engineByName } from "../engine/engines.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer, type RunningServer, type StartOptions } from "../server/start-server.ts";

/**
 * Validates graph-data (this repository's, or `graphDataDir`), opens engine `engine` (default grafeo)
 * with `engineFlags` and starts the server.
 */
export async function startSeedServer(
  options: Omit<StartOptions, "engine" | "graph"> & {
    engine?: string;
    engineFlags?: EngineFlagValues;
    graphDataDir?: string;
  } = {},
): Promise<RunningServer> {
  const { engine: name = "grafeo", engineFlags = {}, graphDataDir, ...rest } = options;
  const graph = loadGraphData(graphDataDir);
  const engine = await engineByName(name).open({
    flags: engineFlags,
    readGraph: () => graph,
    env: process.env,
    cwd: process.cwd(),
  });
  return startServer({ ...rest, engine, graph });
}
