/**
 * `npm run bench -- --scale [--sizes 10000x50000,100000x500000]`: corpus-scale measurements, each
 * against a baseline measured in the same run. Per size it generates a corpus (gen:corpus), then:
 * validation against merely parsing the same YAML; the embedded load against Grafeo's own batch import
 * of the same rows, with the load command's peak memory; the API (details, search, expand, overview,
 * cached schema) against a static endpoint over HTTP; and the page (first render and API bytes before
 * it, interaction frames) against the seed graph's first render. Writes artifacts/bench/scale.md/.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { startServer } from "../server/start-server.ts";
import { FIRST_RENDER } from "../ui/bench/marks.ts";
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
): Promise<{ rows: BenchRow[]; url: string; close: () => Promise<void> }> {
  const group = `${label}: API over HTTP`;
  const graph = loadGraphData(dir);
  const engine = EmbeddedEngine.create();
  await engine.openStore(store);
  const server = await startServer({ engine, graph, port: 0 });
  const get = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { "accept-encoding": "gzip" } }).then((r) => r.arrayBuffer());
  const ids = graph.entities.map((e) => e.id);
  const names = graph.entities.map((e) => e.name.split(" ")[0]!.slice(0, 5));
  let i = 0;
  const pick = <T>(list: T[]): T => list[(i++ * 7919) % list.length]!;
  const firstSchema = performance.now();
  await get("/api/schema");
  const schemaFirst = ms(firstSchema);
  await get("/api/overview");
  const base = "GET /api/sources (static, baseline)";
  const rows = [
    benchRow(group, base, await timeIt(() => get("/api/sources"), runs)),
    benchRow(
      group,
      "GET /api/nodes/:id (details)",
      await timeIt(() => get(`/api/nodes/${pick(ids)}`), runs),
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
      "GET /api/nodes/:id/expand (100, with total)",
      await timeIt(() => get(`/api/nodes/${pick(ids)}/expand?limit=100`), runs),
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
      "GET /api/overview (cached, 2,000 entities)",
      await timeIt(() => get("/api/overview"), Math.min(runs, 30)),
      base,
    ),
  ];
  return { rows, url: server.url, close: () => server.close() };
}

interface PageFigures {
  firstRender: number;
  apiBytes: number;
  errors: number;
  longestFrame: number;
}

/** Opens `url`, measures first render, API bytes before it, then hovers, selects and expands. */
async function pageFigures(browser: Browser, url: string, interact: boolean): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  let errors = 0;
  page.on("pageerror", () => errors++);
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER, {
      timeout: 180_000,
      polling: 50,
    });
    const { firstRender, apiBytes } = await page.evaluate((name) => {
      const at = performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const bytes = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.name.includes("/api/") && e.responseEnd <= at)
        .reduce((sum, e) => sum + e.transferSize, 0);
      return { firstRender: at, apiBytes: bytes };
    }, FIRST_RENDER);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 180_000 });
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    if (interact) {
      const positions = await page.evaluate(() =>
        Object.keys(window.__lagebild?.positions() ?? {}).slice(0, 5),
      );
      for (const id of positions) {
        const at = await page.evaluate((n) => window.__lagebild?.nodeViewport(n) ?? null, id);
        if (at) await page.mouse.move(at.x, at.y + 49);
        await page.waitForTimeout(150);
      }
      const hub = positions[0];
      if (hub) {
        const at = await page.evaluate((n) => window.__lagebild?.nodeViewport(n) ?? null, hub);
        if (at) await page.mouse.click(at.x, at.y + 49);
        await page.waitForTimeout(3000);
        const more = page.locator("#expand-more");
        if (await more.isVisible()) {
          await more.click();
          await page.waitForTimeout(3000);
        }
      }
    }
    const longestFrame = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return { firstRender, apiBytes, errors, longestFrame };
  } finally {
    await page.close();
  }
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
        seedRender.push((await pageFigures(options.browser, `${seed.url}/`, false)).firstRender);
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
      gc();
      const api = await apiRows(dir, store, label, options.apiRuns);
      rows.push(...api.rows);
      try {
        if (options.browser) {
          const group = `${label}: page`;
          const figures: PageFigures[] = [];
          for (let k = 0; k < options.pageRuns; k++)
            figures.push(await pageFigures(options.browser, `${api.url}/`, k === 0));
          const base = "seed graph first render (baseline)";
          rows.push(benchRow(group, base, seedRender));
          rows.push(
            benchRow(
              group,
              "overview first render",
              figures.map((f) => f.firstRender),
              base,
            ),
          );
          const bytes = Math.max(...figures.map((f) => f.apiBytes));
          const longest = figures[0]?.longestFrame ?? Number.NaN;
          notes.push(
            `${label}: ${(bytes / 1e6).toFixed(2)} MB of API responses (compressed) before first render; ${figures.reduce((s, f) => s + f.errors, 0)} page errors; longest task while hovering 5 entities, selecting the hub and adding 100 more: ${longest.toFixed(0)} ms`,
          );
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

/** Writes the scale report. */
export function writeScaleReport(report: string, json: unknown): void {
  mkdirSync("artifacts/bench", { recursive: true });
  writeFileSync("artifacts/bench/scale.md", report);
  writeFileSync("artifacts/bench/scale.json", JSON.stringify(json, null, 2));
}
