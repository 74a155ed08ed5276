/**
 * Isolation and cancel: with 100 clients on loopback and one client sending a query that always times
 * out, no innocent query fails (each timeout kills only its own engine process); a query whose client
 * aborts is stopped — its process killed — within a second, and the engine answers the next query.
 * Latency figures go to the console and artifacts/security/concurrency.json (no timing assertions).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { MINI_GRAPH_DATA, startMiniServer, type MiniServer } from "./mini-server.ts";

const SLOW = "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c";
const CLIENTS = 100;
const DURATION_MS = 6_000;
const TIMEOUT_MS = 3_000;
const ARTIFACTS = join(process.cwd(), "artifacts", "security");
const MIB = 1024 * 1024;

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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function post(url: string, query: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/api/query`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });
}

describe("one abusive query among 100 clients", () => {
  it("fails no innocent query", async () => {
    const innocent = [
      () => post(server.url, "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name, type(r), b.name"),
      () => fetch(`${server.url}/api/nodes/china`),
      () => fetch(`${server.url}/api/search?q=rus`),
    ];
    const latencies: number[] = [];
    const failures: string[] = [];
    const abusive: number[] = [];
    let rssPeak = process.memoryUsage().rss;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    const until = Date.now() + DURATION_MS;
    const client = async (i: number): Promise<void> => {
      for (let n = 0; Date.now() < until; n++) {
        const started = performance.now();
        try {
          const res = await (innocent[(i + n) % innocent.length] as () => Promise<Response>)();
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(`HTTP ${res.status}`);
          else latencies.push(performance.now() - started);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    };
    const attacker = async (): Promise<void> => {
      while (Date.now() < until) {
        const res = await post(server.url, SLOW);
        abusive.push(res.status);
        await res.arrayBuffer();
      }
    };
    await Promise.all([attacker(), ...Array.from({ length: CLIENTS }, (_v, i) => client(i))]);
    clearInterval(sampler);
    latencies.sort((a, b) => a - b);
    const figures = {
      date: new Date().toISOString(),
      clients: CLIENTS,
      durationMs: DURATION_MS,
      queryTimeoutMs: TIMEOUT_MS,
      innocentRequests: latencies.length + failures.length,
      innocentFailures: failures.length,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      abusiveStatuses: abusive,
      serverRssPeakMiB: Math.round(rssPeak / MIB),
      engineRssPeakMiB: Math.round((server.engine as EmbeddedEngine).peakRss / MIB),
    };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "concurrency.json"), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`[concurrency] ${JSON.stringify(figures)}`);
    expect(failures).toEqual([]);
    expect(latencies.length).toBeGreaterThan(CLIENTS);
    expect(abusive.length).toBeGreaterThan(0);
    expect(new Set(abusive)).toEqual(new Set([504]));
  });
});

describe("cancel", () => {
  it("stops an aborted query within a second and frees its engine process", async () => {
    const solo = await startMiniServer({
      port: 0,
      uiDir: "",
      pool: { size: 1 },
      limits: { timeoutMs: 120_000 },
    });
    try {
      const engine = solo.engine as EmbeddedEngine;
      const [pid] = engine.processIds;
      expect(pid).toBeDefined();
      const controller = new AbortController();
      const running = post(solo.url, SLOW, controller.signal).catch((e: Error) => e);
      await new Promise((r) => setTimeout(r, 500));
      const aborted = performance.now();
      controller.abort();
      expect(await running).toBeInstanceOf(Error);
      while (existsSync(`/proc/${pid}`) && performance.now() - aborted < 1_000) {
        await new Promise((r) => setTimeout(r, 10));
      }
      const stoppedMs = performance.now() - aborted;
      expect(existsSync(`/proc/${pid}`)).toBe(false);
      const next = await post(solo.url, "MATCH (n:Entity) RETURN count(n) AS c");
      const answeredMs = performance.now() - aborted;
      expect(next.status).toBe(200);
      expect(((await next.json()) as { rows: { c: number }[] }).rows[0]?.c).toBe(
        loadGraphData(MINI_GRAPH_DATA).entities.length,
      );
      console.log(
        `[cancel] process gone ${Math.round(stoppedMs)} ms after abort; next query answered after ${Math.round(answeredMs)} ms`,
      );
    } finally {
      await solo.close();
    }
  });
});
