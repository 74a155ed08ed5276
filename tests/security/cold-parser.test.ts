/**
 * Cold parser: the Cypher grammar behind the file-access check is not loaded at server start, and the
 * refusal is as strong before it is loaded as after. A server just started serves the explorer (its
 * declared statements) without loading it; the very first /api/query requests — several file-reading
 * payloads at once, while the grammar is still cold — are each refused with 403 FILE_ACCESS_FORBIDDEN
 * and no byte of the file; then the grammar is warm and a harmless query runs. This file has a module
 * registry of its own (Vitest isolates test files), so "cold" here means cold as after a real start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileAccessParserState } from "../../src/engine/file-access-check.ts";
import { FILE_ACCESS_PAYLOADS } from "../fixtures/security-payloads.ts";
import { startMiniServer, type MiniServer } from "./mini-server.ts";
import { postQuery, send } from "./raw-http.ts";

let server: MiniServer;

beforeAll(async () => {
  server = await startMiniServer({ port: 0, uiDir: "" });
});

afterAll(async () => {
  await server?.close();
});

describe("file access while the Cypher grammar is cold", () => {
  it("starts the server and serves the explorer without loading the grammar", async () => {
    expect(fileAccessParserState()).toBe("cold");
    for (const path of [
      "/api/health",
      "/api/overview",
      "/api/schema",
      "/api/search?q=putin",
      "/api/nodes/china",
    ]) {
      expect((await send(server.url, { path })).status, path).toBe(200);
    }
    expect(fileAccessParserState()).toBe("cold");
  });

  it("refuses every file-reading payload sent as the first queries, all at once, with 403", async () => {
    expect(fileAccessParserState()).toBe("cold");
    const answers = await Promise.all(
      FILE_ACCESS_PAYLOADS.map(([query]) =>
        postQuery(server.url, query, { url: "/etc/passwd", path: "/etc/passwd" }),
      ),
    );
    answers.forEach((res, i) => {
      const [query, what] = FILE_ACCESS_PAYLOADS[i] as [string, string];
      expect(res.status, query).toBe(403);
      expect(res.json.error?.code, query).toBe("FILE_ACCESS_FORBIDDEN");
      expect(res.json.error?.message, query).toContain(what);
      expect(res.text, query).not.toMatch(/root:|daemon:/);
    });
    expect(fileAccessParserState()).toBe("warm");
  });

  it("runs a harmless query once the grammar is warm", async () => {
    const res = await postQuery(server.url, "MATCH (n:Entity) RETURN n.id AS id LIMIT 1");
    expect(res.status).toBe(200);
  });
});
