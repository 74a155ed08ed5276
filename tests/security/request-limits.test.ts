/**
 * Request limits and error shapes: oversized and deeply nested requests are refused up front (413, 400)
 * without touching the engine or arming any timer; every error from every layer — Node's parser,
 * Fastify's routing and body parsing, the routes — is `{error: {code, message}}` without a stack trace;
 * the synthetic-graph bench aid exists only on a server started for the bench.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { startMiniServer, type MiniServer } from "./mini-server.ts";
import { postQuery, send, type RawResponse } from "./raw-http.ts";

const TIMEOUT_MS = 1_000;
let server: MiniServer;

beforeAll(async () => {
  server = await startMiniServer({
    port: 0,
    uiDir: "",
    limits: { timeoutMs: TIMEOUT_MS },
  });
});

afterAll(async () => {
  await server?.close();
});

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

function expectErrorShape(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  expect(Object.keys(res.json)).toEqual(["error"]);
  expect(res.json.error?.code).toBe(code);
  expect(typeof res.json.error?.message).toBe("string");
  expect(res.text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

describe("oversized and nested requests", () => {
  it("refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE", async () => {
    const body = JSON.stringify({ query: "RETURN $s AS s", params: { s: "x".repeat(1_100_000) } });
    expectErrorShape(
      await send(server.url, { method: "POST", path: "/api/query", body }),
      413,
      "PAYLOAD_TOO_LARGE",
    );
  });

  it.each([33, 1_000, 50_000])(
    "refuses parameters nested %i deep with 400 PARAMS_TOO_DEEP",
    async (depth) => {
      const body = `{"query":"RETURN 1 AS x","params":{"d":${nested(depth - 2)}}}`;
      expectErrorShape(
        await send(server.url, { method: "POST", path: "/api/query", body }),
        400,
        "PARAMS_TOO_DEEP",
      );
    },
  );

  it("accepts parameters nested 32 deep", async () => {
    const body = `{"query":"RETURN 1 AS x","params":{"d":${nested(30)}}}`;
    expect((await send(server.url, { method: "POST", path: "/api/query", body })).status).toBe(200);
  });

  it("leaves no timer behind: queries after the refusal and past the timeout all succeed", async () => {
    const body = `{"query":"RETURN 1 AS x","params":{"d":${nested(50_000)}}}`;
    await send(server.url, { method: "POST", path: "/api/query", body });
    const until = Date.now() + TIMEOUT_MS * 1.5;
    const statuses: number[] = [];
    while (Date.now() < until) {
      statuses.push((await postQuery(server.url, "MATCH (n:Entity) RETURN count(n) AS c")).status);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(statuses.length).toBeGreaterThan(3);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it("the engine refuses unsendable parameters itself, clears its timer and carries on", async () => {
    const engine = EmbeddedEngine.create({ size: 1 });
    try {
      await engine.load(loadGraphData("tests/fixtures/mini-graph-data"));
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 50_000; i++) deep = { a: deep };
      await expect(engine.run("RETURN 1 AS x", { deep }, { timeoutMs: 300 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await new Promise((r) => setTimeout(r, 500));
      const after = await engine.run("MATCH (n:Entity) RETURN count(n) AS c", {}, { timeoutMs: 5_000 });
      expect(after.rows[0]?.["c"]).toBe(loadGraphData("tests/fixtures/mini-graph-data").entities.length);
    } finally {
      await engine.close();
    }
  });
});

describe("every error is {error: {code, message}}", () => {
  it.each<[string, Parameters<typeof send>[1], number, string]>([
    [
      "a URL over Node's header limit",
      { path: `/api/search?q=${"a".repeat(20_000)}` },
      431,
      "HEADERS_TOO_LARGE",
    ],
    ["an unknown method", { method: "PROPFIND", path: "/api/health" }, 404, "NOT_FOUND"],
    ["a method the route lacks", { method: "DELETE", path: "/api/query" }, 404, "NOT_FOUND"],
    ["malformed JSON", { method: "POST", path: "/api/query", body: '{"query":' }, 400, "BAD_REQUEST"],
    ["an empty JSON body", { method: "POST", path: "/api/query", body: "" }, 400, "BAD_REQUEST"],
    [
      "an unsupported media type",
      { method: "POST", path: "/api/query", body: "x", headers: { "content-type": "application/xml" } },
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    [
      "a text/plain body",
      {
        method: "POST",
        path: "/api/query",
        body: "MATCH (n) RETURN n",
        headers: { "content-type": "text/plain" },
      },
      400,
      "BAD_REQUEST",
    ],
    ["a schema violation", { method: "POST", path: "/api/query", body: '{"query":""}' }, 400, "BAD_REQUEST"],
    ["an unknown id", { path: "/api/nodes/nope" }, 404, "NOT_FOUND"],
    ["path traversal", { path: "/api/sources/..%2F..%2Fetc%2Fpasswd" }, 404, "NOT_FOUND"],
    ["an unknown route", { path: "/api/nothing" }, 404, "NOT_FOUND"],
    ["a synthetic graph outside the bench", { path: "/api/graph?synthetic=100000" }, 404, "NOT_FOUND"],
  ])("%s", async (_name, request, status, code) => {
    expectErrorShape(await send(server.url, request), status, code);
  });

  it.each([
    ["a syntax error", "MATCH (a RETURN a", 400, "SYNTAX_ERROR"],
    ["a write", "CREATE (n:X) RETURN n", 403, "WRITE_FORBIDDEN"],
    [
      "a timeout",
      "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c",
      504,
      "QUERY_TIMEOUT",
    ],
  ])("%s", async (_name, query, status, code) => {
    expectErrorShape(await postQuery(server.url, query), status, code);
  });
});

describe("the synthetic graph (a bench aid)", () => {
  it("is served to a server started for the bench", async () => {
    const bench = await startMiniServer({
      port: 0,
      uiDir: "",
      benchRoutes: true,
    });
    try {
      const res = await send(bench.url, { path: "/api/graph?synthetic=50" });
      expect(res.status).toBe(200);
      expect((res.json["nodes"] as unknown[]).length).toBe(50);
    } finally {
      await bench.close();
    }
  });
});
