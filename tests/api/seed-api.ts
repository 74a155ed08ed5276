/**
 * The seed graph's server for an API test file: started before the file's tests (API only, on a free
 * port), closed after them, with `get` and `post` that read the JSON answer and its status.
 */
import { afterAll, beforeAll } from "vitest";
import { startSeedServer } from "../../src/cli/seed-server.ts";
import type { RunningServer, StartOptions } from "../../src/server/start-server.ts";

export interface SeedApi {
  /** The server's base URL (set once the file's tests run). */
  url(): string;
  get<T>(path: string): Promise<{ status: number; body: T }>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
}

/** Registers the server's start and stop with the calling test file; `limits` as in StartOptions. */
export function useSeedApi(limits?: StartOptions["limits"]): SeedApi {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startSeedServer({ port: 0, uiDir: "", ...(limits ? { limits } : {}) });
  });
  afterAll(async () => server?.close());
  const url = (): string => {
    if (!server) throw new Error("seed API: the server is not started; use it inside a test");
    return server.url;
  };
  const read = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });
  return {
    url,
    get: async (path) => read(await fetch(`${url()}${path}`)),
    post: async (path, body) =>
      read(
        await fetch(`${url()}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      ),
  };
}
