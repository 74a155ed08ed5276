/**
 * `npm run bench [-- --api-runs N --page-runs N --skip-page --server-only --clients N --seconds S
 * --start-runs N]` (`--scale`, `--load-only`: see below): measures the server as npm start runs it
 * (launch to ready, memory at ready, and answers that 100 loopback clients get in 5 s, see
 * bench-throughput.ts), the API (p50/p95 of
 * /api/query 1-hop and /api/nodes/:id over HTTP, against a static endpoint and the engine without HTTP
 * as baselines), the page (navigation to first rendered graph for the seed graph and synthetic graphs
 * of 1k, 10k and 50k nodes with 5 edges per node, against the seed graph), and query submit to
 * highlighted result (against the same query fetched from the page). Prints a Markdown table and
 * writes it to artifacts/bench/latest.md; every row's ratio is to a baseline measured in the same run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadGraphData } from "../io/load-graph-data.ts";
import type { RunningServer } from "../server/start-server.ts";
import { startSeedServer } from "./seed-server.ts";
import { FIRST_RENDER, QUERY_MEASURE } from "../ui/bench/marks.ts";
import { benchRow, benchTable, timeIt, type BenchRow } from "./bench-stats.ts";
import { parseSizes, scaleRows } from "./bench-scale.ts";
import { loadBench } from "./bench-load.ts";
import { writeCorpus } from "./gen-corpus.ts";
import { serverBench } from "./bench-throughput.ts";
import { buildUi, uiIsStale } from "./build-ui.ts";
import { reportCliError } from "./cli-error.ts";
import { parseEngineCommand } from "./engine-args.ts";
import { launchChromium } from "./launch-chromium.ts";

const ONE_HOP = "MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN n, r, m";

async function apiRows(server: RunningServer, runs: number, ids: string[]): Promise<BenchRow[]> {
  const group = `API over HTTP (${server.engine.name} engine)`;
  let i = 0;
  const nextId = (): string => ids[i++ % ids.length] as string;
  const get = (path: string) => fetch(`${server.url}${path}`).then((r) => r.arrayBuffer());
  const post = (body: unknown) =>
    fetch(`${server.url}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => r.arrayBuffer());
  const base = "GET /api/sources/:id (no engine)";
  const engineBase = "engine.run 1-hop (no HTTP)";
  return [
    benchRow(group, base, await timeIt(() => get("/api/sources/afp-2024-10-rutte-nato"), runs)),
    benchRow(group, engineBase, await timeIt(() => server.engine.run(ONE_HOP, { id: nextId() }), runs), base),
    benchRow(
      group,
      "POST /api/query 1-hop",
      await timeIt(() => post({ query: ONE_HOP, params: { id: nextId() } }), runs),
      engineBase,
    ),
    benchRow(
      group,
      "GET /api/nodes/:id",
      await timeIt(() => get(`/api/nodes/${nextId()}`), runs),
      engineBase,
    ),
  ];
}

async function firstRender(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER, {
      timeout: 180_000,
      polling: 50,
    });
    return await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      FIRST_RENDER,
    );
  } finally {
    await page.close();
  }
}

async function queryToHighlight(page: Page, query: string): Promise<number> {
  await page.evaluate(() => performance.clearMeasures());
  const editor = page.locator("#console-panel .cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(query);
  await page.keyboard.press("ControlOrMeta+Enter");
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, QUERY_MEASURE, {
    timeout: 30_000,
  });
  return page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN,
    QUERY_MEASURE,
  );
}

async function pageRows(server: RunningServer, runs: number): Promise<BenchRow[]> {
  const browser = await launchChromium();
  try {
    const rows: BenchRow[] = [];
    const group = "page: navigation → first rendered graph";
    const seed = "seed graph (baseline)";
    const collect = async (url: string, n: number): Promise<number[]> => {
      const times: number[] = [];
      for (let k = 0; k < n; k++) times.push(await firstRender(browser, url));
      return times;
    };
    rows.push(benchRow(group, seed, await collect(`${server.url}/`, runs)));
    for (const [n, r] of [
      [1_000, runs],
      [10_000, Math.max(2, Math.ceil(runs / 2))],
      [50_000, 2],
    ] as const) {
      rows.push(
        benchRow(
          group,
          `synthetic ${n} nodes, ${n * 5} edges`,
          await collect(`${server.url}/?synthetic=${n}`, r),
          seed,
        ),
      );
    }
    const qGroup = "query submit → highlighted result (seed graph)";
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/`);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER);
    const threatens = "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b";
    await page.locator("#toggle-console").click();
    const inPage: number[] = [];
    for (let k = 0; k < runs; k++) {
      inPage.push(
        await page.evaluate(async (q) => {
          const t = performance.now();
          await (
            await fetch("/api/query", {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: q }),
            })
          ).json();
          return performance.now() - t;
        }, threatens),
      );
    }
    const qBase = "fetch /api/query from the page (baseline)";
    rows.push(benchRow(qGroup, qBase, inPage));
    const highlight: number[] = [];
    for (let k = 0; k < runs; k++) highlight.push(await queryToHighlight(page, threatens));
    rows.push(benchRow(qGroup, "Ctrl+Enter in the console → result highlighted", highlight, qBase));
    return rows;
  } finally {
    await browser.close();
  }
}

/** Today's date as YYYY-MM-DD, for report titles. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Prints a benchmark report (title, table, notes; not when `quiet`) and writes it to
 * artifacts/bench/NAME.md, with the rows and notes as NAME.json.
 */
function publishReport(
  name: string,
  title: string,
  data: { machine: string; rows: BenchRow[]; notes: string[] },
  quiet = false,
): void {
  const report = [title, "", benchTable(data.rows), "", ...data.notes.map((n) => `- ${n}`), ""].join("\n");
  if (!quiet) console.log(report);
  mkdirSync("artifacts/bench", { recursive: true });
  writeFileSync(`artifacts/bench/${name}.md`, report);
  writeFileSync(`artifacts/bench/${name}.json`, JSON.stringify(data, null, 2));
}

/** A whole number ≥ 1 from a flag, or `fallback` when the flag is absent. */
function positive(flag: string, text: string | undefined, fallback: number): number {
  const n = Number(text ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: ${flag} "${text}": expected a whole number ≥ 1`);
  return n;
}

function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${arch()}, Node ${process.version}; Chromium headless with software WebGL`;
}

/** `--scale`: corpus-scale measurements (src/cli/bench-scale.ts); writes artifacts/bench/scale.md. */
async function runScale(sizes: string | undefined, apiRuns: number, pageRuns: number): Promise<number> {
  const browser = pageRuns > 0 ? await launchChromium() : null;
  const machine = machineLine();
  const title = (state: string): string =>
    `Lagebild scale benchmark, ${today()}, ${machine}, load average ${loadavg()[0]!.toFixed(1)} ${state}`;
  // Written after every step, so a run that fails at 500k keeps what it measured before.
  let sofar: { rows: BenchRow[]; notes: string[] } = { rows: [], notes: [] };
  const write = (state: string, quiet: boolean): void =>
    publishReport("scale", title(state), { machine, ...sofar }, quiet);
  try {
    const { rows, notes } = await scaleRows(parseSizes(sizes ?? "10000x50000,100000x500000"), {
      apiRuns: Math.min(apiRuns, 100),
      pageRuns,
      browser,
      progress: (r, n) => {
        sofar = { rows: [...r], notes: [...n] };
        write("(in progress)", true);
      },
    });
    sofar = { rows, notes };
    write("at the end", false);
    return 0;
  } catch (error) {
    sofar.notes.push(`the run stopped: ${error instanceof Error ? error.message : String(error)}`);
    write("when it stopped", false);
    throw error;
  } finally {
    await browser?.close();
  }
}

/**
 * `--scale --load-only`: only the loader's figures (src/cli/bench-load.ts) per size, on a corpus
 * generated for it; writes artifacts/bench/load.md.
 */
async function runLoadOnly(sizes: string | undefined): Promise<number> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const size of parseSizes(sizes ?? "100000x500000")) {
    const label = `${(size.entities / 1000).toFixed(0)}k / ${(size.relationships / 1000).toFixed(0)}k`;
    const work = mkdtempSync(join(tmpdir(), "lagebild-load-"));
    try {
      const dir = join(work, "graph-data");
      writeCorpus(dir, { ...size, sources: Math.max(1, Math.round(size.relationships / 250)) });
      const load = await loadBench(dir, join(work, "store.grafeo"), label);
      rows.push(...load.rows);
      notes.push(...load.notes);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const machine = machineLine();
  const title = `Lagebild load benchmark, ${today()}, ${machine}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
  publishReport("load", title, { machine, rows, notes });
  return 0;
}

/** Runs the benchmark; returns the exit code. */
export async function runBench(argv: string[]): Promise<number> {
  let server: RunningServer | undefined;
  try {
    const line = parseEngineCommand(
      "start",
      argv,
      {
        "api-runs": { type: "string" },
        "page-runs": { type: "string" },
        "skip-page": { type: "boolean" },
        scale: { type: "boolean" },
        "load-only": { type: "boolean" },
        sizes: { type: "string" },
        "server-only": { type: "boolean" },
        clients: { type: "string" },
        seconds: { type: "string" },
        "start-runs": { type: "string" },
      },
      { env: process.env },
    );
    const values = line.values as {
      "api-runs"?: string;
      "page-runs"?: string;
      "skip-page"?: boolean;
      scale?: boolean;
      "load-only"?: boolean;
      sizes?: string;
      "server-only"?: boolean;
      clients?: string;
      seconds?: string;
      "start-runs"?: string;
    };
    const apiRuns = Number(values["api-runs"] ?? 200);
    const pageRuns = Number(values["page-runs"] ?? 5);
    if (values["load-only"]) return await runLoadOnly(values.sizes);
    if (!values["skip-page"] && !values["server-only"] && uiIsStale()) await buildUi();
    if (values.scale)
      return await runScale(values.sizes, apiRuns, values["skip-page"] ? 0 : Math.min(pageRuns, 3));
    const ids = loadGraphData().entities.map((e) => e.id);
    const served = await serverBench(ids, {
      startRuns: positive("--start-runs", values["start-runs"], 3),
      clients: positive("--clients", values.clients, 100),
      seconds: positive("--seconds", values.seconds, 5),
    });
    const rows: BenchRow[] = [];
    if (!values["server-only"]) {
      server = await startSeedServer({
        port: 0,
        benchRoutes: true,
        engine: line.engine.name,
        engineFlags: line.engineFlags,
      });
      rows.push(...(await apiRows(server, apiRuns, ids)));
      if (!values["skip-page"]) rows.push(...(await pageRows(server, pageRuns)));
    }
    const machine = machineLine();
    const report = [
      `Lagebild benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`,
      "",
      served.markdown,
      "",
      ...(rows.length > 0 ? [benchTable(rows), ""] : []),
    ].join("\n");
    console.log(report);
    mkdirSync("artifacts/bench", { recursive: true });
    writeFileSync("artifacts/bench/latest.md", report);
    writeFileSync(
      "artifacts/bench/latest.json",
      JSON.stringify({ machine, rows, starts: served.samples, throughput: served.rows }, null, 2),
    );
    return 0;
  } catch (error) {
    return reportCliError("bench", error);
  } finally {
    await server?.close();
  }
}
