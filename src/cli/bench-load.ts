/**
 * Load bench: the loader's figures at corpus size, each against a baseline measured in the same run,
 * for `npm run bench -- --scale` (which calls loadBench per size) and `npm run bench -- --load-only`.
 *
 * - Validation against merely parsing the same YAML files with js-yaml (reading the files is in both):
 *   the ratio and relationships per second.
 * - The embedded write step (entities, relationships with their dates, indexes: everything the store
 *   holds except the overview layout) against Grafeo's own batch import of the same rows
 *   (`batchCreateNodesWithProps` per kind and one `batchCreateEdges`, rows built beforehand, untimed).
 * - `npm run load` end to end in its own process (validate, layout, write, save) with its peak memory
 *   as the process itself reports it (maxRSS: the JS heap and Grafeo's native memory alike).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import jsyaml from "js-yaml";
import { GrafeoDB } from "../engine/grafeo/grafeo-module.ts";
import { grafeoEdge, withGrafeoDates } from "../engine/grafeo/grafeo-rows.ts";
import { writeSnapshot, type LoadProgress } from "../engine/grafeo/grafeo-snapshot.ts";
import { entityToRow, publishersOf } from "../engine/graph-rows.ts";
import { readGraphDataInput } from "../io/load-graph-data.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { computeOverviewLayout } from "../model/overview-layout.ts";
import { validateGraphData } from "../model/validate-graph-data.ts";
import { benchRow, type BenchRow } from "./bench-stats.ts";

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const ms = (since: number): number => performance.now() - since;
/** CPU time of this process (every thread, Grafeo's included) in ms: steadier than wall time on a busy machine. */
const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const gb = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GB`;

/** The figures of one load bench, in milliseconds and bytes. */
export interface LoadFigures {
  relationships: number;
  parseMs: number;
  validateMs: number;
  batchMs: number;
  writeMs: number;
  /** The same four in CPU time. */
  cpu: { parseMs: number; validateMs: number; batchMs: number; writeMs: number };
  layoutMs: number;
  saveMs: number;
  loadMs: number;
  /** Peak resident memory of `npm run load`, or null when it did not say. */
  loadPeakBytes: number | null;
}

/** Parses every file with js-yaml, then validates the same directory; both read the files. */
function validation(dir: string): {
  graph: KnowledgeGraph;
  parseMs: number;
  validateMs: number;
  cpu: { parseMs: number; validateMs: number };
} {
  const input = readGraphDataInput(dir);
  gc();
  let t = performance.now();
  let c = cpu();
  for (const file of [input.sources, ...input.entities, ...input.relationships]) {
    jsyaml.load(file.text, { schema: jsyaml.CORE_SCHEMA });
  }
  const parseMs = ms(t);
  const parseCpu = cpu() - c;
  gc();
  t = performance.now();
  c = cpu();
  const { graph, issues } = validateGraphData(readGraphDataInput(dir));
  const validateMs = ms(t);
  const validateCpu = cpu() - c;
  if (!graph) throw new Error(`bench: the corpus in ${dir} is invalid (${issues.length} issues)`);
  return { graph, parseMs, validateMs, cpu: { parseMs: parseCpu, validateMs: validateCpu } };
}

/** Grafeo's own batch import of the rows the loader writes (with the same overview places and dates). */
async function batchImport(graph: KnowledgeGraph): Promise<{ wall: number; cpu: number }> {
  const places = computeOverviewLayout(graph);
  const byKind = new Map<string, ReturnType<typeof entityToRow>[]>();
  for (const e of graph.entities) {
    const rows = byKind.get(e.kind) ?? [];
    rows.push(entityToRow(e, places.get(e.id)));
    byKind.set(e.kind, rows);
  }
  const nodeRows = [...byKind].map(([kind, rows]) => ({ kind, rows: rows.map(withGrafeoDates) }));
  const publisherOf = publishersOf(graph);
  const edges = graph.relationships.map((r) => grafeoEdge(r, 0, 0, publisherOf));
  gc();
  const db = GrafeoDB.create();
  try {
    const t = performance.now();
    const c = cpu();
    const ids = new Map<string, number>();
    for (const { kind, rows } of nodeRows) {
      const created = await db.batchCreateNodesWithProps(["Entity", kind], rows);
      rows.forEach((r, i) => ids.set(r.id, created[i]!));
    }
    graph.relationships.forEach((r, i) => {
      edges[i]!.src = ids.get(r.source)!;
      edges[i]!.dst = ids.get(r.target)!;
    });
    await db.batchCreateEdges(edges);
    return { wall: ms(t), cpu: cpu() - c };
  } finally {
    db.close();
  }
}

/** The loader's snapshot write, phase by phase: wall and CPU time of each. */
async function snapshotPhases(
  graph: KnowledgeGraph,
  path: string,
): Promise<Map<string, { wall: number; cpu: number }>> {
  const phases = new Map<string, { wall: number; cpu: number }>();
  let phase: string | null = null;
  let phaseStart = performance.now();
  let phaseCpu = cpu();
  const onProgress = (p: LoadProgress): void => {
    if (p.phase === phase) return;
    if (phase) phases.set(phase, { wall: ms(phaseStart), cpu: cpu() - phaseCpu });
    phase = p.phase;
    phaseStart = performance.now();
    phaseCpu = cpu();
  };
  try {
    await writeSnapshot(graph, path, { onProgress });
    if (phase) phases.set(phase, { wall: ms(phaseStart), cpu: cpu() - phaseCpu });
  } finally {
    rmSync(path, { force: true });
  }
  return phases;
}

/** `npm run load` in its own process; its time and the peak memory it reports. */
function loadCommand(dir: string, store: string): { loadMs: number; loadPeakBytes: number | null } {
  const t = performance.now();
  const args = ["--max-semi-space-size=64", "--expose-gc", "--import", "tsx", "scripts/load.ts"];
  const run = spawnSync(process.execPath, [...args, "--dir", dir, "--store", store], { encoding: "utf8" });
  const loadMs = ms(t);
  if (run.status !== 0) throw new Error(`bench: npm run load failed (exit ${run.status}): ${run.stderr}`);
  const peak = /peak memory: [\d.]+ GB \((\d+) bytes/.exec(run.stdout)?.[1];
  return { loadMs, loadPeakBytes: peak ? Number(peak) : null };
}

/** Measures the loader on the graph-data in `dir`; `store` is a scratch path for the store file. */
export async function measureLoad(dir: string, store: string): Promise<LoadFigures> {
  const { graph, parseMs, validateMs, cpu: validationCpu } = validation(dir);
  gc();
  const batch = await batchImport(graph);
  gc();
  const phases = await snapshotPhases(graph, `${store}.bench`);
  const sum = (key: "wall" | "cpu"): number =>
    ["entities", "relationships", "index"].reduce((total, p) => total + (phases.get(p)?.[key] ?? 0), 0);
  const relationships = graph.relationships.length;
  return {
    relationships,
    parseMs,
    validateMs,
    batchMs: batch.wall,
    writeMs: sum("wall"),
    cpu: { ...validationCpu, batchMs: batch.cpu, writeMs: sum("cpu") },
    layoutMs: phases.get("layout")?.wall ?? 0,
    saveMs: phases.get("save")?.wall ?? 0,
    ...loadCommand(dir, store),
  };
}

/** The figures as bench rows of group `<label>: load`, and one line of notes. */
export function loadBenchRows(figures: LoadFigures, label: string): { rows: BenchRow[]; notes: string[] } {
  const group = `${label}: load`;
  const parse = "parse the YAML only (js-yaml, baseline)";
  const batch = "Grafeo batch import of the same rows (baseline)";
  const perSecond = Math.round((figures.relationships / figures.validateMs) * 1000);
  const peak =
    figures.loadPeakBytes === null ? "peak memory not reported" : `peak ${gb(figures.loadPeakBytes)}`;
  const rows = [
    benchRow(group, parse, [figures.parseMs]),
    benchRow(
      group,
      `validate (${perSecond.toLocaleString("en")} relationships/s)`,
      [figures.validateMs],
      parse,
    ),
    benchRow(group, batch, [figures.batchMs]),
    benchRow(group, "embedded write: entities, relationships with dates, indexes", [figures.writeMs], batch),
    benchRow(
      group,
      "overview layout (Louvain, PageRank, ForceAtlas2 of communities)",
      [figures.layoutMs],
      batch,
    ),
    benchRow(group, "save the store file", [figures.saveMs], batch),
    benchRow(
      group,
      `npm run load end to end: validate, layout, write, save (${peak})`,
      [figures.loadMs],
      batch,
    ),
  ];
  const c = figures.cpu;
  const cpuPerSecond = Math.round((figures.relationships / c.validateMs) * 1000);
  const notes = [
    `${label}: validation ${perSecond.toLocaleString("en")} relationships/s, ${(figures.validateMs / figures.parseMs).toFixed(2)}× the YAML parse; write step ${(figures.writeMs / figures.batchMs).toFixed(2)}× Grafeo's batch import (${(figures.batchMs / figures.writeMs).toFixed(2)}× its speed); npm run load ${peak}`,
    `${label}, in CPU time (steadier on a shared machine): validation ${cpuPerSecond.toLocaleString("en")} relationships/s, ${(c.validateMs / c.parseMs).toFixed(2)}× the YAML parse (${Math.round(c.validateMs)} against ${Math.round(c.parseMs)} ms); write step ${(c.writeMs / c.batchMs).toFixed(2)}× Grafeo's batch import (${(c.batchMs / c.writeMs).toFixed(2)}× its speed; ${Math.round(c.writeMs)} against ${Math.round(c.batchMs)} ms)`,
  ];
  return { rows, notes };
}

/** Measures and tabulates the load of the graph-data in `dir`. */
export async function loadBench(
  dir: string,
  store: string,
  label: string,
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  return loadBenchRows(await measureLoad(dir, store), label);
}
