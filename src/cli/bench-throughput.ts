/**
 * Bench of the server as `npm start` runs it: how long it takes from launch to ready and how much
 * memory it holds then, and how many answers 100 loopback clients get in 5 s from /api/query, against
 * a static endpoint (a source document, no engine) in the same run.
 *
 * The server runs in its own process, spawned with the command line of `npm start` (API only, port 0),
 * so its start, its resident size and its event loop are measured apart from the clients'. Each client
 * sends one request at a time, the next as soon as the answer is read; the rows take 1 s turns, so a
 * shared machine's changing load falls on each alike. Query rows: one text with varying
 * parameters (the explorer's and a script's case: every check's verdict is cached after the first), and
 * a new text on every request (a person typing: nothing cached), whose ratio shows what the checks on
 * a fresh text cost.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { percentile } from "./bench-stats.ts";

const REPO_DIR = new URL("../../", import.meta.url).pathname;
const READY_LINE = /Lagebild explorer: (http:\/\/\S+)/;
const ONE_HOP = "MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN n, r, m";

/** A server process started as `npm start` starts it. */
export interface SpawnedServer {
  url: string;
  pid: number;
  /** Launch to the ready line, in ms. */
  readyMs: number;
  /** Resident size of the server process (not its engine processes) at ready, in bytes. */
  rssAtReady: number;
  close(): Promise<void>;
}

/** Resident size of a process in bytes, from /proc (0 where unavailable). */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Resident size of the direct children of `pid` (the engine processes), summed, in bytes. */
export function childrenResidentBytes(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/);
    return children.filter((c) => c !== "").reduce((sum, c) => sum + residentBytes(Number(c)), 0);
  } catch {
    return 0;
  }
}

/** Starts `npm start -- --api-only --port 0` (without npm) and waits for its ready line. */
export function spawnServer(timeoutMs = 120_000): Promise<SpawnedServer> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=64", "--import", "tsx", "scripts/start.ts", "--api-only", "--port", "0"],
    { cwd: REPO_DIR, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: "0" } },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise<SpawnedServer>((resolve, reject) => {
    let output = "";
    let stderr = "";
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`bench: the server did not print its ready line within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + String(chunk)).slice(-4_000)));
    child.stdout.on("data", (chunk: Buffer) => {
      output += String(chunk);
      const ready = READY_LINE.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      const pid = child.pid as number;
      const readyMs = performance.now() - started;
      const rssAtReady = residentBytes(pid);
      output = "";
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      resolve({ url: ready[1] as string, pid, readyMs, rssAtReady, close });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: the server exited with code ${code} before it was ready: ${stderr.trim()}`));
    });
  });
}

/** What `clients` clients got in `seconds` seconds from one kind of request. */
export interface ThroughputRow {
  name: string;
  clients: number;
  seconds: number;
  answers: number;
  errors: number;
  p50: number;
  p95: number;
  /** Name of the row whose answers this row's are compared with. */
  baseline?: string;
}

/** One kind of request for the throughput part. */
interface Load {
  name: string;
  send: (i: number) => Promise<Response>;
  baseline?: string;
}

interface Tally {
  latencies: number[];
  errors: number;
  sent: number;
}

/** `clients` loops of `load` for `ms`; a non-2xx answer or a failed request counts as an error. */
async function slice(load: Load, tally: Tally, clients: number, ms: number): Promise<void> {
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await load.send(tally.sent++);
          await res.arrayBuffer();
          if (res.ok) tally.latencies.push(performance.now() - t);
          else tally.errors += 1;
        } catch {
          tally.errors += 1;
        }
      }
    }),
  );
}

/**
 * Runs each load for `seconds` s in all, in 1 s slices taken in turn (static, query, query, static, …),
 * so the load of a shared machine falls on every row alike and the ratios compare like with like.
 */
export async function hammer(loads: Load[], clients: number, seconds: number): Promise<ThroughputRow[]> {
  const tallies: Tally[] = loads.map(() => ({ latencies: [], errors: 0, sent: 0 }));
  for (let round = 0; round < seconds; round++) {
    for (const [k, load] of loads.entries()) await slice(load, tallies[k] as Tally, clients, 1_000);
  }
  return loads.map((load, k) => {
    const { latencies, errors } = tallies[k] as Tally;
    return {
      name: load.name,
      clients,
      seconds,
      answers: latencies.length,
      errors,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      ...(load.baseline ? { baseline: load.baseline } : {}),
    };
  });
}

/** The rows of the throughput part: static baseline, one query text, a new text each time. */
export async function throughputRows(
  url: string,
  ids: string[],
  clients = 100,
  seconds = 5,
): Promise<ThroughputRow[]> {
  const post = (query: string, params: Record<string, unknown>): Promise<Response> =>
    fetch(`${url}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    });
  const id = (i: number): string => ids[i % ids.length] as string;
  const base = "GET /api/sources (static, no engine)";
  return hammer(
    [
      { name: base, send: () => fetch(`${url}/api/sources`) },
      { name: "POST /api/query 1-hop, one text", send: (i) => post(ONE_HOP, { id: id(i) }), baseline: base },
      {
        name: "POST /api/query 1-hop, a new text each time",
        send: (i) => post(`${ONE_HOP} LIMIT ${100_000 + i}`, { id: id(i) }),
        baseline: base,
      },
    ],
    clients,
    seconds,
  );
}

/** The throughput rows as a Markdown table, answers compared with the baseline row's. */
export function throughputTable(rows: ThroughputRow[]): string {
  const lines = [
    "| measurement | clients | s | answers | answers/s | errors | p50 ms | p95 ms | ratio (answers / baseline) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const base = row.baseline ? rows.find((r) => r.name === row.baseline) : undefined;
    const ratio = base ? `${(row.answers / base.answers).toFixed(3)}× ${base.name}` : "baseline";
    const perSecond = (row.answers / row.seconds).toFixed(0);
    lines.push(
      `| ${row.name} | ${row.clients} | ${row.seconds} | ${row.answers} | ${perSecond} | ${row.errors} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${ratio} |`,
    );
  }
  return lines.join("\n");
}

/** One start of the server: launch to ready, its memory then, and its first query. */
export interface StartSample {
  readyMs: number;
  rssAtReady: number;
  engineRssAtReady: number;
  /** The first /api/query after ready (a file-reading one, refused): its answer time and status. */
  firstQueryMs: number;
  firstQueryStatus: number;
  /** Resident size of the server process after its first query, in bytes. */
  rssAfterFirstQuery: number;
}

/** Starts the server, sends it one LOAD CSV query (the first after ready), and leaves it running. */
export async function sampleStart(): Promise<{ sample: StartSample; server: SpawnedServer }> {
  const server = await spawnServer();
  const engineRssAtReady = childrenResidentBytes(server.pid);
  const t = performance.now();
  const res = await fetch(`${server.url}/api/query`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l" }),
  });
  await res.arrayBuffer();
  const sample: StartSample = {
    readyMs: server.readyMs,
    rssAtReady: server.rssAtReady,
    engineRssAtReady,
    firstQueryMs: performance.now() - t,
    firstQueryStatus: res.status,
    rssAfterFirstQuery: residentBytes(server.pid),
  };
  return { sample, server };
}

/** The start samples as a Markdown table (one row per start, medians last). */
export function startTable(samples: StartSample[]): string {
  const mib = (b: number): string => (b / 2 ** 20).toFixed(0);
  const median = (pick: (s: StartSample) => number): number => percentile(samples.map(pick), 50);
  const lines = [
    "| start | launch → ready ms | server RSS at ready MiB | engine processes RSS MiB | first query (LOAD CSV) ms, status | server RSS after it MiB |",
    "|---|---:|---:|---:|---|---:|",
  ];
  samples.forEach((s, i) =>
    lines.push(
      `| ${i + 1} | ${s.readyMs.toFixed(0)} | ${mib(s.rssAtReady)} | ${mib(s.engineRssAtReady)} | ${s.firstQueryMs.toFixed(0)}, ${s.firstQueryStatus} | ${mib(s.rssAfterFirstQuery)} |`,
    ),
  );
  lines.push(
    `| median | ${median((s) => s.readyMs).toFixed(0)} | ${mib(median((s) => s.rssAtReady))} | ${mib(median((s) => s.engineRssAtReady))} | ${median((s) => s.firstQueryMs).toFixed(0)} | ${mib(median((s) => s.rssAfterFirstQuery))} |`,
  );
  return lines.join("\n");
}

/** Starts the server `startRuns` times, then loads the last one; returns the report section. */
export async function serverBench(
  ids: string[],
  options: { startRuns: number; clients: number; seconds: number },
): Promise<{ markdown: string; samples: StartSample[]; rows: ThroughputRow[] }> {
  const samples: StartSample[] = [];
  let server: SpawnedServer | undefined;
  try {
    for (let i = 0; i < options.startRuns; i++) {
      await server?.close();
      const started = await sampleStart();
      samples.push(started.sample);
      server = started.server;
    }
    if (!server) throw new Error("bench: --start-runs must be at least 1");
    const rows = await throughputRows(server.url, ids, options.clients, options.seconds);
    const markdown = [
      "Server as npm start runs it (own process, API only):",
      "",
      startTable(samples),
      "",
      `${options.clients} loopback clients, ${options.seconds} s per row in 1 s slices taken in turn, each client sending its next request when the answer is read:`,
      "",
      throughputTable(rows),
    ].join("\n");
    return { markdown, samples, rows };
  } finally {
    await server?.close();
  }
}
