/**
 * `npm run bench -- --scale [--sizes 10000x50000,100000x500000]`: corpus-scale measurements, each
 * against a baseline measured in the same run. Per size it generates a corpus (gen:corpus), then:
 * validation against merely parsing the same YAML; the embedded load against Grafeo's own batch import
 * of the same rows, with the load command's peak memory; the API (details, search, expand, overview,
 * cached schema) against a static endpoint over HTTP; and the page (first render and API bytes before
 * it, interaction frames) against the seed graph's first render. Writes artifacts/bench/scale.md/.json.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { OverviewResponse } from "../contract/api/overview.ts";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer } from "../server/start-server.ts";
import { pageFigures, type PageFigures } from "./bench-scale-page.ts";
import { benchRow, timeIt, type BenchRow } from "./bench-stats.ts";
import { loadBench } from "./bench-load.ts";
import { writeCorpus } from "./gen-corpus.ts";
import { startSeedServer } from "./seed-server.ts";

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const ms = (since: number): number => performance.now() - since;

/** API p50s over HTTP against a static endpoint, on the store just loaded. */
async function apiRows(
  dir: string,
  store: string,
  label: string,
  runs: number,
): Promise<{ rows: BenchRow[]; notes: string[]; url: string; close: () => Promise<void> }> {
  const group = `${label}: API over HTTP`;
  const graph = loadGraphData(dir);
  const engine = EmbeddedEngine.create();
  await engine.openStore(store);
  // benchRoutes: the bare-sigma floor page is served too.
  const server = await startServer({ engine, graph, port: 0, benchRoutes: true });
  const get = async (path: string): Promise<ArrayBuffer> => {
    const res = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "gzip" } });
    if (!res.ok) throw new Error(`bench: GET ${path} answered ${res.status}: ${await res.text()}`);
    return res.arrayBuffer();
  };
  const ids = graph.entities.map((e) => e.id);
  const names = graph.entities.map((e) => e.name.split(" ")[0]!.slice(0, 5));
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const hubs = [...degree].sort((a, b) => b[1] - a[1]).slice(0, 20);
  const kinds = [...new Set(graph.entities.map((e) => e.kind))];
  let i = 0;
  const pick = <T>(list: T[]): T => list[(i++ * 7919) % list.length]!;
  let t = performance.now();
  await get("/api/schema");
  const schemaFirst = ms(t);
  t = performance.now();
  const overview = JSON.parse(new TextDecoder().decode(await get("/api/overview"))) as OverviewResponse;
  const overviewFirst = ms(t);
  t = performance.now();
  await get(`/api/overview/filtered?hiddenKinds=${kinds[0]}`);
  const indexFirst = ms(t);
  const base = "GET /api/sources (static, baseline)";
  const rows = [
    benchRow(group, base, await timeIt(() => get("/api/sources"), runs)),
    benchRow(
      group,
      "GET /api/nodes/:id (details, any entity)",
      await timeIt(() => get(`/api/nodes/${pick(ids)}`), runs),
      base,
    ),
    benchRow(
      group,
      `GET /api/nodes/:id (details of the 20 biggest hubs, ${hubs.at(-1)![1]}–${hubs[0]![1]} relationships: 200 and the total)`,
      await timeIt(() => get(`/api/nodes/${pick(hubs)[0]}`), runs),
      base,
    ),
    benchRow(
      group,
      "GET /api/search?q=",
      await timeIt(() => get(`/api/search?q=${encodeURIComponent(pick(names))}`), runs),
      base,
    ),
    benchRow(
      group,
      "GET /api/nodes/:id/expand (neighbours: 100 and the total)",
      await timeIt(() => get(`/api/nodes/${pick(ids)}/expand?limit=100`), runs),
      base,
    ),
    benchRow(
      group,
      "GET /api/nodes/:id/expand of a hub (100 and the total)",
      await timeIt(() => get(`/api/nodes/${pick(hubs)[0]}/expand?limit=100`), runs),
      base,
    ),
    benchRow(
      group,
      `GET /api/schema (cached; first call ${schemaFirst.toFixed(0)} ms)`,
      await timeIt(() => get("/api/schema"), runs),
      base,
    ),
    benchRow(
      group,
      `GET /api/overview (cached, ${overview.nodes.length.toLocaleString("en")} entities; first call ${overviewFirst.toFixed(0)} ms)`,
      await timeIt(() => get("/api/overview"), Math.min(runs, 30)),
      base,
    ),
    benchRow(
      group,
      "GET /api/overview/filtered (one kind hidden, whole graph)",
      await timeIt(() => get(`/api/overview/filtered?hiddenKinds=${pick(kinds)}`), Math.min(runs, 30)),
      base,
    ),
    benchRow(
      group,
      "GET /api/overview/filtered (a hub's ego network at depth 2, whole graph)",
      await timeIt(() => get(`/api/overview/filtered?actors=${pick(hubs)[0]}&depth=2`), Math.min(runs, 30)),
      base,
    ),
  ];
  const notes = [
    `${label}: the server's index of the whole graph (for filters and expand) was read in ${indexFirst.toFixed(0)} ms, on the first filter request`,
  ];
  return { rows, notes, url: server.url, close: () => server.close() };
}

/**
 * The page at one size: first render against the seed graph's and against the bare-sigma floor page
 * drawing the same overview; the longest interaction tasks against the floor's longest hover task.
 */
async function pageRows(
  browser: Browser,
  label: string,
  url: string,
  seedRender: number[],
  runs: number,
  notes: string[],
): Promise<BenchRow[]> {
  const explorer: PageFigures[] = [];
  const floor: PageFigures[] = [];
  // Alternating, so that both see the same load of this shared machine; every run interacts, so each
  // longest task is a median of `runs`, not one sample.
  for (let k = 0; k < runs; k++) {
    explorer.push(await pageFigures(browser, `${url}/`, { interact: true }));
    floor.push(await pageFigures(browser, `${url}/bench/floor.html`, { interact: true, floor: true }));
  }
  const seed = "seed graph first render (baseline)";
  const bare = "bare sigma, same overview (floor page)";
  const first = (list: PageFigures[]) => list.map((f) => f.firstRender);
  const bytes = Math.max(...explorer.map((f) => f.apiBytes));
  const errors = [...explorer, ...floor].reduce((sum, f) => sum + f.errors, 0);
  notes.push(
    `${label}: ${(bytes / 1e6).toFixed(2)} MB of API responses (compressed) before the explorer's first render; ${errors} page errors; a longest task of 0 ms means none reached 50 ms (the long-task API reports only those)`,
  );
  const of = (list: PageFigures[], key: "hover" | "select" | "expand"): number[] =>
    list.map((f) => f[key]).filter((v) => Number.isFinite(v));
  return [
    benchRow(`${label}: page`, seed, seedRender),
    benchRow(`${label}: page`, "overview first render", first(explorer), seed),
    benchRow(`${label}: page vs floor`, `${bare}: first render`, first(floor)),
    benchRow(`${label}: page vs floor`, "overview first render", first(explorer), `${bare}: first render`),
    benchRow(`${label}: longest task`, `${bare}: hovering 5 entities`, of(floor, "hover")),
    benchRow(
      `${label}: longest task`,
      "explorer: hovering 5 entities",
      of(explorer, "hover"),
      `${bare}: hovering 5 entities`,
    ),
    benchRow(
      `${label}: longest task`,
      "explorer: selecting the most central entity (expands 100)",
      of(explorer, "select"),
      `${bare}: hovering 5 entities`,
    ),
    benchRow(
      `${label}: longest task`,
      "explorer: +100 more",
      of(explorer, "expand"),
      `${bare}: hovering 5 entities`,
    ),
  ];
}

/**
 * Runs the scale bench; returns the rows and notes. `progress` gets what is measured so far after each
 * step (a corpus-sized run takes many minutes: a failure late in it keeps what came before).
 */
export async function scaleRows(
  sizes: { entities: number; relationships: number }[],
  options: {
    apiRuns: number;
    pageRuns: number;
    browser: Browser | null;
    progress?: (rows: BenchRow[], notes: string[]) => void;
  },
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const progress = (): void => options.progress?.(rows, notes);
  const seedRender: number[] = [];
  if (options.browser) {
    const seed = await startSeedServer({ port: 0 });
    try {
      for (let k = 0; k < options.pageRuns; k++)
        seedRender.push(
          (await pageFigures(options.browser, `${seed.url}/`, { interact: false })).firstRender,
        );
    } finally {
      await seed.close();
    }
  }
  for (const size of sizes) {
    const label = `${(size.entities / 1000).toFixed(0)}k / ${(size.relationships / 1000).toFixed(0)}k`;
    const work = mkdtempSync(join(tmpdir(), "lagebild-scale-"));
    try {
      const dir = join(work, "graph-data");
      const t = performance.now();
      writeCorpus(dir, { ...size, sources: Math.max(1, Math.round(size.relationships / 250)) });
      notes.push(`${label}: gen:corpus in ${ms(t).toFixed(0)} ms`);
      const store = join(work, "store.grafeo");
      const load = await loadBench(dir, store, label);
      rows.push(...load.rows);
      notes.push(...load.notes);
      progress();
      gc();
      const api = await apiRows(dir, store, label, options.apiRuns);
      rows.push(...api.rows);
      try {
        notes.push(...api.notes);
        progress();
        if (options.browser) {
          rows.push(
            ...(await pageRows(options.browser, label, api.url, seedRender, options.pageRuns, notes)),
          );
          progress();
        }
      } finally {
        await api.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { rows, notes };
}

/** Parses "10000x50000,100000x500000". */
export function parseSizes(text: string): { entities: number; relationships: number }[] {
  return text.split(",").map((part) => {
    const m = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!m) throw new Error(`--sizes "${part}": expected ENTITIESxRELATIONSHIPS, e.g. 10000x50000`);
    return { entities: Number(m[1]), relationships: Number(m[2]) };
  });
}
