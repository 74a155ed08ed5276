/**
 * Load bench: the loader's figures at corpus size, each against a baseline measured in the same run,
 * for `npm run bench -- --scale` (which calls loadBench per size) and `npm run bench -- --load-only`.
 *
 * - Validation against merely parsing the same YAML files with js-yaml (reading the files is in both):
 *   the ratio and relationships per second.
 * - The embedded write step (entities, relationships with their dates, indexes: everything the store
 *   holds except the overview layout) against Grafeo's own batch import of the same rows
 *   (`batchCreateNodesWithProps` per kind and one `batchCreateEdges`, rows built beforehand, untimed).
 * - `npm run load` end to end, run as a user runs it (npm and the node it starts), with its peak
 *   memory: the larger of the summed resident memory of all its processes, sampled, and what its
 *   main process reports of itself (maxRSS: the JS heap and Grafeo's native memory alike), against the
 *   2.5 GB the issue allows.
 *
 * Each row says its target and whether this run met it, in wall time and in CPU time.
 */
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
import { runMeasuringTree } from "./process-tree-memory.ts";

/** The targets of issue #10 for the loader. */
export const LOAD_TARGETS = {
  /** Peak resident memory of `npm run load` at 100k / 500k, all its processes. */
  peakBytes: 2.5 * 2 ** 30,
  validationPerSecond: 50_000,
  /** Validation time against merely parsing the YAML. */
  validationToParse: 2,
  /** Speed of the embedded write step against Grafeo's own batch import. */
  writeSpeedToBatch: 0.7,
} as const;

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
  /** CPU time `npm run load`'s main process reports, or null when it did not say. */
  loadCpuMs: number | null;
  /** Peak resident memory of `npm run load` (all its processes; see loadCommand), or null. */
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

/** How to run npm: the npm running this bench (npm run bench), else the one on PATH. */
function npmCommand(): { command: string; prefix: string[] } {
  const npm = process.env["npm_execpath"];
  return npm ? { command: process.execPath, prefix: [npm] } : { command: "npm", prefix: [] };
}

/**
 * `npm run load` as a user runs it; its time, CPU time and peak memory: the larger of the summed
 * resident memory of npm and everything it starts (sampled every 100 ms) and the main process's own
 * maxRSS (exact, but for that process alone).
 */
async function loadCommand(
  dir: string,
  store: string,
): Promise<{ loadMs: number; loadCpuMs: number | null; loadPeakBytes: number | null }> {
  const npm = npmCommand();
  const args = [...npm.prefix, "run", "-s", "load", "--", "--dir", dir, "--store", store];
  const run = await runMeasuringTree(npm.command, args);
  if (run.status !== 0) throw new Error(`bench: npm run load failed (exit ${run.status}): ${run.stderr}`);
  const said = /peak memory: [\d.]+ GB \((\d+) bytes resident\); CPU time (\d+) ms/.exec(run.stdout);
  const self = said ? Number(said[1]) : null;
  const peaks = [self, run.peakTreeBytes].filter((b): b is number => b !== null);
  return {
    loadMs: run.wallMs,
    loadCpuMs: said ? Number(said[2]) : null,
    loadPeakBytes: peaks.length > 0 ? Math.max(...peaks) : null,
  };
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
    ...(await loadCommand(dir, store)),
  };
}

const met = (ok: boolean): string => (ok ? "met" : "NOT met");
const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

/** The figures as bench rows of group `<label>: load`, and lines of notes (each target, met or not). */
export function loadBenchRows(figures: LoadFigures, label: string): { rows: BenchRow[]; notes: string[] } {
  const group = `${label}: load`;
  const parse = "parse the YAML only (js-yaml, baseline)";
  const batch = "Grafeo batch import of the same rows (baseline)";
  const c = figures.cpu;
  const wallRate = perSecond(figures.relationships, figures.validateMs);
  const cpuRate = perSecond(figures.relationships, c.validateMs);
  const rateOk = Math.min(wallRate, cpuRate) >= LOAD_TARGETS.validationPerSecond;
  const peak = figures.loadPeakBytes;
  const peakText =
    peak === null
      ? "peak memory not reported"
      : `peak ${gb(peak)} of all its processes; target ≤ ${gb(LOAD_TARGETS.peakBytes)}: ${met(peak <= LOAD_TARGETS.peakBytes)}`;
  const cpuText =
    figures.loadCpuMs === null ? "" : `; CPU ${Math.round(figures.loadCpuMs).toLocaleString("en")} ms`;
  const rows = [
    benchRow(group, parse, [figures.parseMs]),
    benchRow(
      group,
      `validate (${wallRate.toLocaleString("en")} relationships/s wall, ${cpuRate.toLocaleString("en")}/s CPU; target ≥ ${LOAD_TARGETS.validationPerSecond.toLocaleString("en")}/s: ${met(rateOk)})`,
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
      `npm run load end to end: validate, layout, write, save (${peakText}${cpuText})`,
      [figures.loadMs],
      batch,
    ),
  ];
  const toParse = { wall: figures.validateMs / figures.parseMs, cpu: c.validateMs / c.parseMs };
  const speed = { wall: figures.batchMs / figures.writeMs, cpu: c.batchMs / c.writeMs };
  const notes = [
    `${label}: validation ${wallRate.toLocaleString("en")} relationships/s wall, ${cpuRate.toLocaleString("en")}/s CPU (target ≥ ${LOAD_TARGETS.validationPerSecond.toLocaleString("en")}/s: ${met(rateOk)}); ${toParse.wall.toFixed(2)}× the YAML parse wall, ${toParse.cpu.toFixed(2)}× CPU (${Math.round(c.validateMs)} against ${Math.round(c.parseMs)} ms; target ≤ ${LOAD_TARGETS.validationToParse}×: ${met(Math.max(toParse.wall, toParse.cpu) <= LOAD_TARGETS.validationToParse)})`,
    `${label}: write step ${speed.wall.toFixed(2)}× the speed of Grafeo's batch import wall, ${speed.cpu.toFixed(2)}× CPU (${Math.round(c.writeMs)} against ${Math.round(c.batchMs)} ms; target ≥ ${LOAD_TARGETS.writeSpeedToBatch}×: ${met(Math.min(speed.wall, speed.cpu) >= LOAD_TARGETS.writeSpeedToBatch)})`,
    `${label}: npm run load ${peakText}${cpuText}`,
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
