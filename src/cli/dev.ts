/**
 * `npm run dev [-- --engine NAME [engine settings]]`: the API on 127.0.0.1:5174 (LAGEBILD_API_PORT) and
 * Vite with hot reload on 5173, which proxies /api to it (vite.config.ts). Same API, same engines as
 * `npm start`.
 */
import { createServer } from "vite";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer } from "../server/start-server.ts";
import { reportCliError } from "./cli-error.ts";
import { processIo, type CommandIo } from "./command-io.ts";
import { parseEngineCommand } from "./engine-args.ts";
import { parsePort } from "./serve.ts";

/** Runs both servers until a signal. */
export async function runDev(argv: string[], io: CommandIo = processIo()): Promise<number> {
  try {
    const line = parseEngineCommand("start", argv, {}, { env: io.env });
    const apiPort = parsePort(io.env["LAGEBILD_API_PORT"], 5174, "LAGEBILD_API_PORT");
    const graph = loadGraphData();
    const engine = await line.engine.open({
      flags: line.engineFlags,
      readGraph: () => graph,
      env: io.env,
      cwd: io.cwd,
    });
    const api = await startServer({ engine, graph, port: apiPort, uiDir: "", logger: true });
    const vite = await createServer({
      configFile: new URL("../../vite.config.ts", import.meta.url).pathname,
    });
    await vite.listen();
    vite.printUrls();
    io.stdout.write(`API: ${api.url}\n`);
    const stop = (): void => {
      void Promise.all([vite.close(), api.close()]).then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return 0;
  } catch (error) {
    return reportCliError("dev", error);
  }
}
