/**
 * The embedded store: graph-data written to one Grafeo file (default .lagebild/embedded.grafeo). The
 * new store is written beside the old one and renamed over it only when complete, so invalid data or
 * a failed load leaves the previously loaded graph untouched.
 */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import { writeSnapshot, type SnapshotOptions } from "./grafeo-snapshot.ts";

/** Where `load` writes and `start --store` reads unless told otherwise. */
export const DEFAULT_STORE = resolve(new URL("../../../.lagebild/embedded.grafeo", import.meta.url).pathname);

/** Writes `graph` to the embedded store at `store`, atomically (options: see writeSnapshot). */
export async function writeStore(
  graph: KnowledgeGraph,
  store: string,
  options: SnapshotOptions = {},
): Promise<{ nodes: number; relationships: number }> {
  mkdirSync(dirname(store), { recursive: true });
  const partial = `${store}.partial-${process.pid}`;
  try {
    const counts = await writeSnapshot(graph, partial, options);
    renameSync(partial, store);
    return counts;
  } finally {
    rmSync(partial, { force: true });
  }
}
