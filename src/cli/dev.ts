/**
 * `npm run dev`: the API on 127.0.0.1:5174 (LAGEBILD_API_PORT) and Vite with hot reload on 5173, which
 * proxies /api to it (vite.config.ts). Same API, same engine as `npm start`.
 */
import { createServer } from "vite";
import { startServer } from "../server/start-server.ts";
import { reportCliError } from "./cli-error.ts";

/** Runs both servers until a signal. */
export async function runDev(): Promise<number> {
  try {
    const apiPort = Number(process.env["LAGEBILD_API_PORT"] ?? 5174);
    const api = await startServer({ port: apiPort, uiDir: "", logger: true });
    const vite = await createServer({
      configFile: new URL("../../vite.config.ts", import.meta.url).pathname,
    });
    await vite.listen();
    vite.printUrls();
    console.log(`API: ${api.url}`);
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
