/**
 * Bounded memory: memory bombs end with 422 RESOURCE_LIMIT (the engine process hits its cap and is
 * replaced) or a result truncated at the byte cap — never a 500, never a swollen server — and the graph
 * and the other engine processes stay as they were. Runs with a 256 MiB cap per engine process and a
 * 1 MiB response cap so the bombs go off fast.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { startMiniServer, type MiniServer } from "./mini-server.ts";
import { postQuery, send } from "./raw-http.ts";

const MIB = 1024 * 1024;
const ENGINE_CAP = 256 * MIB;
const RESPONSE_CAP = 1 * MIB;
let server: MiniServer;
let health: unknown;
let serverRssBefore = 0;
let serverRssPeak = 0;
let sampler: NodeJS.Timeout;

beforeAll(async () => {
  server = await startMiniServer({
    port: 0,
    uiDir: "",
    pool: { memoryBytes: ENGINE_CAP },
    limits: { maxBytes: RESPONSE_CAP, timeoutMs: 30_000 },
  });
  health = (await send(server.url, { path: "/api/health" })).json;
  serverRssBefore = process.memoryUsage().rss;
  sampler = setInterval(() => {
    serverRssPeak = Math.max(serverRssPeak, process.memoryUsage().rss);
  }, 20);
});

afterAll(async () => {
  clearInterval(sampler);
  const engine = server?.engine as EmbeddedEngine | undefined;
  console.log(
    `[memory] server rss before ${Math.round(serverRssBefore / MIB)} MiB, peak ${Math.round(serverRssPeak / MIB)} MiB; ` +
      `engine process peak ${Math.round((engine?.peakRss ?? 0) / MIB)} MiB (cap ${ENGINE_CAP / MIB} MiB)`,
  );
  await server?.close();
});

describe("memory bombs over the API", () => {
  it.each([
    [
      "a string doubled 27 times, five times over",
      "UNWIND range(1,5) AS i RETURN i, reduce(s='x', j IN range(1,27) | s+s) AS big",
    ],
    ["a list of two billion integers", "UNWIND range(1, 2000000000) AS x RETURN count(x) AS c"],
    [
      "a collected list of 50 million strings",
      "UNWIND range(1, 50000000) AS x RETURN size(collect('row ' + toString(x))) AS n",
    ],
  ])("%s ends in 422 RESOURCE_LIMIT or a capped result, never a 500", async (_name, query) => {
    const res = await postQuery(server.url, query);
    if (res.status === 200) {
      expect((res.json["summary"] as { truncatedBy?: string }).truncatedBy).toBe("maxBytes");
      expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(RESPONSE_CAP);
    } else {
      expect(res.status).toBe(422);
      expect(res.json.error?.code).toBe("RESOURCE_LIMIT");
      expect(res.json.error?.message).toMatch(/256 MiB/);
    }
    expect((await send(server.url, { path: "/api/health" })).json).toEqual(health);
  });

  it("truncates a result past the byte cap and says why", async () => {
    const res = await postQuery(
      server.url,
      "UNWIND range(1, 40) AS i RETURN i, reduce(s = 'x', j IN range(1, 16) | s + s) AS s",
    );
    expect(res.status).toBe(200);
    const summary = res.json["summary"] as { truncated: boolean; truncatedBy?: string };
    expect(summary).toMatchObject({ truncated: true, truncatedBy: "maxBytes" });
    const rows = res.json["rows"] as unknown[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(RESPONSE_CAP);
  });

  it("says when the row cap, not the byte cap, cut the result", async () => {
    const res = await postQuery(server.url, "UNWIND range(1, 6000) AS i RETURN i");
    expect(res.json["summary"]).toMatchObject({ truncated: true, truncatedBy: "maxRows" });
  });

  it("keeps the server's own memory within 256 MiB of where it started", () => {
    expect(serverRssPeak - serverRssBefore).toBeLessThan(256 * MIB);
  });
});

describe("memory cap with file access allowed (npm run query --allow-file-access)", () => {
  it("stops LOAD CSV FROM '/dev/zero' with RESOURCE_LIMIT and replaces the process", async () => {
    const engine = EmbeddedEngine.create({ size: 1, memoryBytes: ENGINE_CAP });
    try {
      await engine.load(loadGraphData("tests/fixtures/mini-graph-data"));
      await expect(
        engine.run(
          "LOAD CSV FROM '/dev/zero' AS l RETURN count(l) AS c",
          {},
          {
            allowFileAccess: true,
            timeoutMs: 60_000,
          },
        ),
      ).rejects.toMatchObject({ code: "RESOURCE_LIMIT" });
      expect(engine.peakRss).toBeLessThan(ENGINE_CAP + 64 * MIB);
      const after = await engine.run("MATCH (n:Entity) RETURN count(n) AS c");
      expect(after.rows[0]?.["c"]).toBe(loadGraphData("tests/fixtures/mini-graph-data").entities.length);
    } finally {
      await engine.close();
    }
  });
});
