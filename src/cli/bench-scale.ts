/**
 * `npm run bench -- --scale [--sizes 10000x50000,100000x500000]`: corpus-scale measurements, each
 * against a baseline measured in the same run. Per size it generates a corpus (gen:corpus), then:
 * validation against merely parsing the same YAML; the embedded load against Grafeo's own batch import
 * of the same rows, with the load command's peak memory; the API (details, search, expand, overview,
 * cached schema) against a static endpoint over HTTP; and the page (first render and API bytes before
 * it, interaction frames) against the seed graph's first render. Writes artifacts/bench/scale.md/.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsyaml from "js-yaml";
import type { Browser } from "playwright-core";
import type { OverviewResponse } from "../contract/api/overview.ts";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import { GrafeoDB } from "../engine/grafeo/grafeo-module.ts";
import { writeSnapshot, type LoadProgress } from "../engine/grafeo/grafeo-snapshot.ts";
import { entityToRow, relationshipToRow } from "../engine/graph-rows.ts";
import { readGraphDataInput, loadGraphData } from "../io/load-graph-data.ts";
import { validateGraphData } from "../model/validate-graph-data.ts";
import { startServer } from "../server/start-server.ts";
import { pageFigures, type PageFigures } from "./bench-scale-page.ts";
import { benchRow, timeIt, type BenchRow } from "./bench-stats.ts";
import { writeCorpus } from "./gen-corpus.ts";
import { startSeedServer } from "./seed-server.ts";

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const ms = (since: number): number => performance.now() - since;

/** Validation against parsing the same YAML with js-yaml (both in this process, parse first). */
function validationRows(dir: string, label: string): BenchRow[] {
  const group = `${label}: validation`;
  const input = readGraphDataInput(dir);
  gc();
  let t = performance.now();
  for (const f of [input.sources, ...input.entities, ...input.relationships]) {
    jsyaml.load(f.text, { schema: jsyaml.CORE_SCHEMA });
  }
  const parse = ms(t);
  gc();
  t = performance.now();
  const { graph, issues } = validateGraphData(readGraphDataInput(dir));
  const validate = ms(t);
  if (!graph) throw new Error(`bench: the generated corpus is invalid: ${issues.length} issues`);
  const perSecond = Math.round((graph.relationships.length / validate) * 1000);
  return [
    benchRow(group, "parse the YAML (js-yaml, baseline)", [parse]),
    benchRow(
      group,
      `validate (${perSecond.toLocaleString("en")} relationships/s)`,
      [validate],
      "parse the YAML (js-yaml, baseline)",
    ),
  ];
}

/** The embedded write against Grafeo's batch import of the same rows, and the load command's peak memory. */
async function loadRows(dir: string, store: string, label: string): Promise<BenchRow[]> {
  const group = `${label}: load`;
  const graph = loadGraphData(dir);
  // Baseline: Grafeo's own batch import of the same rows, by kind, without layout, index or save.
  gc();
  let t = performance.now();
  const db = GrafeoDB.create();
  const ids = new Map<string, number>();
  const byKind = new Map<string, ReturnType<typeof entityToRow>[]>();
  for (const e of graph.entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), entityToRow(e)]);
  for (const [kind, rows] of byKind) {
    const created = await db.batchCreateNodesWithProps(["Entity", kind], rows);
    rows.forEach((r, i) => ids.set(r.id, created[i]!));
  }
  await db.batchCreateEdges(
    graph.relationships.map((r) => {
      const { type, source, target, ...properties } = relationshipToRow(r);
      return { src: ids.get(source)!, dst: ids.get(target)!, type, properties };
    }),
  );
  const baseline = ms(t);
  db.close();
  gc();
  // Ours: the snapshot write, phase by phase.
  const phases = new Map<string, number>();
  let phase: string | null = null;
  let phaseStart = performance.now();
  const onProgress = (p: LoadProgress): void => {
    if (p.phase === phase) return;
    if (phase) phases.set(phase, ms(phaseStart));
    phase = p.phase;
    phaseStart = performance.now();
  };
  t = performance.now();
  await writeSnapshot(graph, `${store}.bench`, onProgress);
  if (phase) phases.set(phase, ms(phaseStart));
  rmSync(`${store}.bench`, { force: true });
  const write =
    (phases.get("entities") ?? 0) + (phases.get("relationships") ?? 0) + (phases.get("index") ?? 0);
  const base = "Grafeo batch import of the same rows (baseline)";
  const rows = [
    benchRow(group, base, [baseline]),
    benchRow(group, "embedded write: entities + relationships + indexes", [write], base),
    benchRow(
      group,
      "overview layout (Louvain, PageRank, ForceAtlas2 of communities)",
      [phases.get("layout") ?? 0],
      base,
    ),
    benchRow(group, "save the store file", [phases.get("save") ?? 0], base),
  ];
  // The load command end to end, in its own process, with its peak memory.
  t = performance.now();
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "maxrss_kb=%M"] : [];
  const args = [
    "--max-semi-space-size=64",
    "--expose-gc",
    "--import",
    "tsx",
    "scripts/load.ts",
    "--dir",
    dir,
    "--store",
    store,
  ];
  const run = spawnSync(
    time[0] ?? process.execPath,
    [...time.slice(1), ...(time.length ? [process.execPath] : []), ...args],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`bench: npm run load failed: ${run.stderr}`);
  const rss = /maxrss_kb=(\d+)/.exec(run.stderr)?.[1];
  const peak = rss ? ` (peak ${(Number(rss) / 2 ** 20).toFixed(2)} GB)` : "";
  rows.push(benchRow(group, `npm run load end to end: validate, layout, write, save${peak}`, [ms(t)], base));
  return rows;
}

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
  // Alternating, so that both see the same load of this shared machine.
  for (let k = 0; k < runs; k++) {
    explorer.push(await pageFigures(browser, `${url}/`, { interact: k === 0 }));
    floor.push(await pageFigures(browser, `${url}/bench/floor.html`, { interact: k === 0, floor: true }));
  }
  const seed = "seed graph first render (baseline)";
  const bare = "bare sigma, same overview (floor page)";
  const first = (list: PageFigures[]) => list.map((f) => f.firstRender);
  const bytes = Math.max(...explorer.map((f) => f.apiBytes));
  const errors = [...explorer, ...floor].reduce((sum, f) => sum + f.errors, 0);
  notes.push(
    `${label}: ${(bytes / 1e6).toFixed(2)} MB of API responses (compressed) before the explorer's first render; ${errors} page errors`,
  );
  const e = explorer[0]!;
  const f = floor[0]!;
  return [
    benchRow(`${label}: page`, seed, seedRender),
    benchRow(`${label}: page`, "overview first render", first(explorer), seed),
    benchRow(`${label}: page vs floor`, `${bare}: first render`, first(floor)),
    benchRow(`${label}: page vs floor`, "overview first render", first(explorer), `${bare}: first render`),
    benchRow(`${label}: longest task`, `${bare}: hovering 5 entities`, [f.hover]),
    benchRow(
      `${label}: longest task`,
      "explorer: hovering 5 entities",
      [e.hover],
      `${bare}: hovering 5 entities`,
    ),
    benchRow(
      `${label}: longest task`,
      "explorer: selecting the most central entity (expands 100)",
      [e.select],
      `${bare}: hovering 5 entities`,
    ),
    benchRow(`${label}: longest task`, "explorer: +100 more", [e.expand], `${bare}: hovering 5 entities`),
  ];
}

/** Runs the scale bench; returns the rows and notes. */
export async function scaleRows(
  sizes: { entities: number; relationships: number }[],
  options: { apiRuns: number; pageRuns: number; browser: Browser | null },
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
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
      rows.push(...validationRows(dir, label));
      gc();
      const store = join(work, "store.grafeo");
      rows.push(...(await loadRows(dir, store, label)));
      gc();
      const api = await apiRows(dir, store, label, options.apiRuns);
      rows.push(...api.rows);
      try {
        notes.push(...api.notes);
        if (options.browser)
          rows.push(
            ...(await pageRows(options.browser, label, api.url, seedRender, options.pageRuns, notes)),
          );
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

/** Writes the scale report. */
export function writeScaleReport(report: string, json: unknown): void {
  mkdirSync("artifacts/bench", { recursive: true });
  writeFileSync("artifacts/bench/scale.md", report);
  writeFileSync("artifacts/bench/scale.json", JSON.stringify(json, null, 2));
}
