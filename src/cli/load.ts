/**
 * `npm run load [-- --store PATH]`: validates graph-data and writes it into the embedded Grafeo store
 * (default .lagebild/embedded.grafeo; `npm start -- --store PATH` serves it), printing counts by kind
 * and type. The new store is written beside the old one and renamed over it only when complete, so
 * invalid data or a failed load leaves the previously loaded graph untouched.
 * `npm run load -- --neo4j …` loads into Neo4j instead (src/cli/neo4j-load.ts).
 */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeSnapshot, type LoadProgress } from "../engine/grafeo/grafeo-snapshot.ts";
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { reportCliError } from "./cli-error.ts";
import { loadProgressReporter } from "./load-progress.ts";

export const DEFAULT_STORE = resolve(new URL("../../.lagebild/embedded.grafeo", import.meta.url).pathname);

function countBy<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

/** Writes `graph` to the embedded store at `store`, atomically. */
export async function loadEmbedded(
  graph: KnowledgeGraph,
  store: string,
  onProgress?: (progress: LoadProgress) => void,
): Promise<{ nodes: number; relationships: number }> {
  mkdirSync(dirname(store), { recursive: true });
  const partial = `${store}.partial-${process.pid}`;
  try {
    const counts = await writeSnapshot(graph, partial, onProgress);
    renameSync(partial, store);
    return counts;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Runs the command; returns the exit code. */
export async function runLoad(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: false,
      options: { dir: { type: "string" }, store: { type: "string" }, neo4j: { type: "boolean" } },
    });
    const validating = performance.now();
    const graph = loadGraphData(typeof values.dir === "string" ? values.dir : DEFAULT_GRAPH_DATA_DIR);
    console.log(
      `validated graph-data: ${graph.entities.length} entities, ${graph.relationships.length} relationships in ${Math.round(performance.now() - validating)} ms`,
    );
    if (values.neo4j) {
      const { runNeo4jLoad } = await import("./neo4j-load.ts");
      return await runNeo4jLoad(graph, argv);
    }
    const store = typeof values.store === "string" ? resolve(values.store) : DEFAULT_STORE;
    const started = performance.now();
    const progress = loadProgressReporter();
    let counts: { nodes: number; relationships: number };
    try {
      counts = await loadEmbedded(graph, store, progress.onProgress);
    } finally {
      progress.stop();
    }
    console.log(`loaded into the embedded store ${store} in ${Math.round(performance.now() - started)} ms`);
    console.log(`  nodes: ${counts.nodes} (${countBy(graph.entities, (e) => e.kind)})`);
    console.log(`  relationships: ${counts.relationships} (${countBy(graph.relationships, (r) => r.type)})`);
    return 0;
  } catch (error) {
    return reportCliError("load", error);
  }
}
