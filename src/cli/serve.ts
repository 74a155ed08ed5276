/**
 * `npm start [-- --port N --host H --allowed-host NAME … --dir DIR --engine NAME [engine settings]
 * --allow-writes]`: builds the UI if needed and serves the explorer and its API (default http://127.0.0.1:4173; PORT/HOST also work) on
 * the chosen engine, opened through the registry. Ctrl+C stops it cleanly (engine workers and drivers
 * closed).
 */
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData, loadSources } from "../io/load-graph-data.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { startServer } from "../server/start-server.ts";
import { buildUi, uiIsStale } from "./build-ui.ts";
import { reportCliError } from "./cli-error.ts";
import { processIo, type CommandIo } from "./command-io.ts";
import { parseEngineCommand } from "./engine-args.ts";

/** Parses a port from a flag or the environment; 0 picks a free one. */
export function parsePort(text: string | undefined, fallback: number, flag = "--port"): number {
  const port = Number(text ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} "${text}": expected a whole number from 0 to 65535`);
  }
  return port;
}

/** Runs the server until a signal; returns the exit code when startup fails. */
export async function runServe(argv: string[], io: CommandIo = processIo()): Promise<number> {
  try {
    const line = parseEngineCommand(
      "start",
      argv,
      {
        port: { type: "string" },
        host: { type: "string" },
        dir: { type: "string" },
        "allow-writes": { type: "boolean" },
        "allowed-host": { type: "string", multiple: true },
        "no-build": { type: "boolean" },
        "api-only": { type: "boolean" },
      },
      { env: io.env },
    );
    const values = line.values as Partial<Record<"port" | "host" | "dir", string>> &
      Partial<Record<"allowed-host", string[]>> &
      Partial<Record<"allow-writes" | "no-build" | "api-only", boolean>>;
    const port = parsePort(values.port ?? io.env["PORT"], 4173);
    if (!values["no-build"] && !values["api-only"] && uiIsStale()) {
      io.stdout.write("building the explorer UI (vite build) …\n");
      await buildUi();
    }
    const dir = values.dir ?? DEFAULT_GRAPH_DATA_DIR;
    // The whole graph-data is read only when the engine loads it (the embedded engine without a
    // store); serving a store or Neo4j, the server needs just the source documents behind the quotes.
    let full: KnowledgeGraph | null = null;
    const engine = await line.engine.open({
      flags: line.engineFlags,
      readGraph: () => (full ??= loadGraphData(dir)),
      env: io.env,
      cwd: io.cwd,
    });
    let graph: KnowledgeGraph;
    try {
      graph = full ?? loadSources(dir);
    } catch (error) {
      await engine.close();
      throw error;
    }
    const server = await startServer({
      engine,
      graph,
      port,
      host: values.host ?? io.env["HOST"] ?? "127.0.0.1",
      ...(values["api-only"] ? { uiDir: "" } : {}),
      allowWrites: values["allow-writes"] ?? false,
      allowedHosts: values["allowed-host"] ?? [],
      logger: true,
    });
    const health = await fetch(`${server.url}/api/health`).then(
      (r) => r.json() as Promise<Record<string, unknown>>,
    );
    io.stdout.write(
      `Lagebild explorer: ${server.url}  (engine ${health["engine"]}: ${health["nodes"]} nodes, ${health["relationships"]} relationships${health["ok"] ? "" : `; problem: ${health["problem"]}`})\n`,
    );
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return 0;
  } catch (error) {
    return reportCliError("start", error);
  }
}
