/**
 * The server on graph-data in the embedded engine, opened through the registry like every command
 * does: what the bench and the API and end-to-end tests run against.
 */
import { engineByName } from "../engine/engines.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer, type RunningServer, type StartOptions } from "../server/start-server.ts";

/**
 * Validates graph-data (this repository's, or `graphDataDir`), opens engine `engine` (default grafeo)
 * on it and starts the server.
 */
export async function startSeedServer(
  options: Omit<StartOptions, "engine" | "graph"> & { engine?: string; graphDataDir?: string } = {},
): Promise<RunningServer> {
  const { engine: name = "grafeo", graphDataDir, ...rest } = options;
  const graph = loadGraphData(graphDataDir);
  const engine = await engineByName(name).open({
    flags: {},
    readGraph: () => graph,
    env: process.env,
    cwd: process.cwd(),
  });
  return startServer({ ...rest, engine, graph });
}
