/**
 * `npm start [-- --port N --host H --engine grafeo|neo4j --uri … --store PATH --allow-writes
 * --allowed-host NAME --engine-processes N --engine-memory-mb N]`: builds the UI
 * if needed and serves the explorer and its API (default http://127.0.0.1:4173; PORT/HOST also work).
 * Ctrl+C stops it cleanly (engine workers and drivers closed).
 */
import { parseArgs } from "node:util";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer } from "../server/start-server.ts";
import { buildUi, uiIsStale } from "./build-ui.ts";
import { reportCliError } from "./cli-error.ts";
import { engineName, NEO4J_FLAG_OPTIONS, neo4jFlags, openEngine } from "./open-engine.ts";

function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${flag} "${value}": expected a whole number > 0`);
  return n;
}

/** Runs the server until a signal; returns the exit code when startup fails. */
export async function runServe(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        engine: { type: "string" },
        ...NEO4J_FLAG_OPTIONS,
        store: { type: "string" },
        "allow-writes": { type: "boolean" },
        "allowed-host": { type: "string", multiple: true },
        "engine-processes": { type: "string" },
        "engine-memory-mb": { type: "string" },
        "no-build": { type: "boolean" },
        "api-only": { type: "boolean" },
      },
    });
    const port = Number(values.port ?? process.env["PORT"] ?? 4173);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port "${values.port}": expected 0..65535`);
    if (!values["no-build"] && !values["api-only"] && uiIsStale()) {
      console.log("building the explorer UI (vite build) …");
      await buildUi();
    }
    const name = engineName(values.engine);
    const processes = positiveInt("engine-processes", values["engine-processes"]);
    const memoryMb = positiveInt(
      "engine-memory-mb",
      values["engine-memory-mb"] ?? process.env["LAGEBILD_ENGINE_MEMORY_MB"],
    );
    let engineInstance: CypherEngine | undefined;
    if (values.store) {
      const embedded = EmbeddedEngine.create({
        ...(processes ? { size: processes } : {}),
        ...(memoryMb ? { memoryBytes: memoryMb * 1024 * 1024 } : {}),
      });
      await embedded.openStore(values.store);
      engineInstance = embedded;
    } else if (name === "neo4j") {
      engineInstance = await openEngine(name, () => loadGraphData(), neo4jFlags(values));
    }
    const server = await startServer({
      port,
      host: values.host ?? process.env["HOST"] ?? "127.0.0.1",
      engine: name,
      ...(engineInstance ? { engineInstance } : {}),
      ...(values["api-only"] ? { uiDir: "" } : {}),
      allowWrites: values["allow-writes"] ?? false,
      allowedHosts: values["allowed-host"] ?? [],
      ...(processes ? { engineProcesses: processes } : {}),
      ...(memoryMb ? { engineMemoryBytes: memoryMb * 1024 * 1024 } : {}),
      logger: true,
    });
    const health = await fetch(`${server.url}/api/health`).then(
      (r) => r.json() as Promise<Record<string, unknown>>,
    );
    console.log(
      `Lagebild explorer: ${server.url}  (engine ${health["engine"]}: ${health["nodes"]} nodes, ${health["relationships"]} relationships${health["ok"] ? "" : `; problem: ${health["problem"]}`})`,
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
