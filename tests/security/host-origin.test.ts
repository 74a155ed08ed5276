/**
 * Only its own host and origin: requests naming another Host (DNS rebinding) are refused on every path,
 * API requests from another Origin or a cross-site fetch are refused, and every response — API, error,
 * static page — carries the security headers (CSP without inline script, frame-ancestors 'none',
 * nosniff, Referrer-Policy). The page checks need the built UI (npm test builds it first).
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_UI_DIR } from "../../src/server/start-server.ts";
import { startMiniServer, type MiniServer } from "./mini-server.ts";
import { postQuery, send, type RawResponse } from "./raw-http.ts";

let server: MiniServer;
let port: string;

beforeAll(async () => {
  server = await startMiniServer({
    port: 0,
    uiDir: DEFAULT_UI_DIR,
    allowedHosts: ["lagebild.example"],
  });
  port = new URL(server.url).port;
});

afterAll(async () => {
  await server?.close();
});

function expectSecurityHeaders(res: RawResponse): void {
  const csp = String(res.headers["content-security-policy"]);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toContain("default-src 'self'");
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["referrer-policy"]).toBe("no-referrer");
}

describe("Host header", () => {
  it.each(["evil.example", "evil.example:80", "127.0.0.1.nip.io", "localhost.evil.example", "[::2]"])(
    "refuses Host %j with 403 HOST_FORBIDDEN on the API and the page",
    async (host) => {
      for (const path of ["/api/health", "/", "/index.html"]) {
        const res = await send(server.url, { path, headers: { host } });
        expect(res.status).toBe(403);
        expect(res.json.error?.code).toBe("HOST_FORBIDDEN");
        expectSecurityHeaders(res);
      }
    },
  );

  it.each(["127.0.0.1", "localhost", "[::1]", "LOCALHOST", "lagebild.example"])(
    "answers Host %j (with the port)",
    async (name) => {
      const res = await send(server.url, { path: "/api/health", headers: { host: `${name}:${port}` } });
      expect(res.status).toBe(200);
      expect(res.json["ok"]).toBe(true);
    },
  );

  it.each([
    ["HTTP/1.0 without Host", "GET /api/health HTTP/1.0\r\n\r\n", 403, "HOST_FORBIDDEN"],
    ["HTTP/1.1 without Host", "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n", 403, "HOST_FORBIDDEN"],
  ])("refuses %s with JSON", async (_name, raw, status, code) => {
    const url = new URL(server.url);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.end(raw));
      let out = "";
      socket.on("data", (c: Buffer) => (out += c.toString("utf8")));
      socket.on("end", () => resolve(out));
      socket.on("error", reject);
    });
    expect(text.split("\r\n")[0]).toContain(` ${status} `);
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toMatchObject({ error: { code } });
  });

  it("refuses a rebinding query before the engine sees it", async () => {
    const res = await postQuery(server.url, "MATCH (n) RETURN n", {}, { host: "attacker.example:4173" });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain("Entity");
  });
});

describe("Origin", () => {
  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["another port of localhost", { origin: "http://127.0.0.1:1" }],
    ["a sandboxed frame", { origin: "null" }],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site" }],
    ["a same-site fetch from another origin", { "sec-fetch-site": "same-site" }],
  ])("refuses an API request from %s with 403 ORIGIN_FORBIDDEN", async (_name, headers) => {
    const res = await postQuery(server.url, "RETURN 1 AS x", {}, headers);
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe("ORIGIN_FORBIDDEN");
    expectSecurityHeaders(res);
  });

  it("answers the explorer's own origin and requests without an Origin", async () => {
    const own = await postQuery(
      server.url,
      "RETURN 1 AS x",
      {},
      {
        origin: `http://127.0.0.1:${port}`,
        "sec-fetch-site": "same-origin",
      },
    );
    expect(own.status).toBe(200);
    expect((await postQuery(server.url, "RETURN 1 AS x")).status).toBe(200);
  });
});

describe("security headers", () => {
  it.each([
    ["GET", "/api/health"],
    ["GET", "/api/nodes/china"],
    ["GET", "/api/nodes/nope"],
    ["GET", "/api/no-such-route"],
    ["POST", "/api/query"],
  ])("are on %s %s", async (method, path) => {
    expectSecurityHeaders(
      await send(server.url, { method, path, ...(method === "POST" ? { body: "{}" } : {}) }),
    );
  });

  it("are on the page and its assets, and the page has no inline script", async () => {
    const page = await send(server.url, { path: "/" });
    expectSecurityHeaders(page);
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const asset = /src="(\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(asset).toBeTruthy();
    expectSecurityHeaders(await send(server.url, { path: asset ?? "/" }));
  });
});
