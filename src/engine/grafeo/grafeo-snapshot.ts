/**
 * Grafeo snapshots: builds a Grafeo database from a knowledge graph and saves it as one file. Query
 * workers open snapshots read-only, so a read-only query is refused by the engine itself, not by a
 * keyword filter.
 *
 * Built for corpus size: nodes go in with `batchCreateNodesWithProps`, which returns their internal
 * ids, and relationships with `batchCreateEdges` by those ids, in chunks, so the load grows linearly
 * (the earlier `upsertEdges` looked every endpoint up by property and grew quadratically). The
 * property index on `Entity.id` makes the explorer's lookups by id direct. Each entity also gets its
 * overview place (position, community, rank), computed here once so every visit draws the same picture.
 *
 * Memory at corpus size: Grafeo's store is native memory, which the JS heap cannot lend it. So what
 * the load no longer needs is dropped before the next phase and collected (the layout's working
 * graph, each chunk of edge rows), and a caller that holds the graph only to load it (`npm run load`)
 * lets each relationship go once it is written (`release`). At 100k / 500k this took the peak of
 * `npm run load` from 2.2–2.7 GB to about 1.4 GB (README, "Loading at corpus size").
 *
 * Dates are stored as Grafeo dates, as the Neo4j loader stores Neo4j dates, so `r.date_from.year` and
 * `r.date_from < date('2025-01-01')` answer the same on both engines. They go in with the batch
 * itself, as Grafeo's tagged `{ $date }` values (grafeo-rows.ts), so no pass over the written graph
 * converts them afterwards.
 */
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import type { Relationship } from "../../model/schema.ts";
import { ENTITY_LABEL } from "../../contract/decoders.ts";
import { entityToRow, publishersOf } from "../graph-rows.ts";
import { computeOverviewLayout, type OverviewPlace } from "../../model/overview-layout.ts";
import { GrafeoDB } from "./grafeo-module.ts";
import { grafeoEdge, withGrafeoDates, type GrafeoEdge } from "./grafeo-rows.ts";

/** Relationships per `batchCreateEdges` call: bounds the peak memory of one call and paces progress. */
const EDGE_CHUNK = 25_000;
/** Relationships written between two collections of the JS heap (about 0.2 s each at 500k). */
const COLLECT_EVERY = 100_000;

/**
 * A full collection of the JS heap, where `npm run load` runs with --expose-gc (elsewhere nothing).
 * V8 lets garbage grow its heap to about twice what is live before it collects, and memory V8 holds
 * is memory Grafeo's native store cannot use: collecting right after a phase drops its working data
 * keeps the heap near what is live.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** How a snapshot is written. */
export interface SnapshotOptions {
  onProgress?: (progress: LoadProgress) => void;
  /**
   * The caller holds the graph only to write it: each relationship is dropped from
   * `graph.relationships` once written (the array is empty afterwards), so its memory serves the
   * engine's. Off by default: the graph stays as it was given.
   */
  release?: boolean;
}

/** Where a load stands: `done` of `total` items of `phase`. */
export interface LoadProgress {
  phase: "layout" | "entities" | "relationships" | "index" | "save";
  done: number;
  total: number;
}

type Database = InstanceType<typeof GrafeoDB>;

/** Statements run after the bulk load; each names what the explorer looks up. */
export const GRAFEO_INDEXES = [
  "CREATE INDEX entity_id FOR (n:Entity) ON (n.id)",
  "CREATE INDEX entity_overview_rank FOR (n:Entity) ON (n.overview_rank)",
] as const;

/** Builds the graph in memory and saves it to `path`; returns the counts written. */
export async function writeSnapshot(
  graph: KnowledgeGraph,
  path: string,
  options: SnapshotOptions = {},
): Promise<{ nodes: number; relationships: number }> {
  const onProgress = options.onProgress ?? ((): void => {});
  const expected = { nodes: graph.entities.length, relationships: graph.relationships.length };
  onProgress({ phase: "layout", done: 0, total: graph.entities.length });
  let places: Map<string, OverviewPlace> | null = computeOverviewLayout(graph);
  collectGarbage(); // the layout's working graph
  onProgress({ phase: "layout", done: graph.entities.length, total: graph.entities.length });
  const db = GrafeoDB.create();
  try {
    const internalId = await writeEntities(db, graph, places, onProgress);
    places = null;
    collectGarbage(); // the places and the entity rows
    await writeRelationships(db, graph, internalId, onProgress, options.release === true);
    collectGarbage(); // the last edge rows (and the relationships, when released)
    onProgress({ phase: "index", done: 0, total: GRAFEO_INDEXES.length });
    for (const statement of GRAFEO_INDEXES) await db.executeCypher(statement);
    const counts = { nodes: db.nodeCount(), relationships: db.edgeCount() };
    if (counts.nodes !== expected.nodes || counts.relationships !== expected.relationships) {
      throw new Error(
        `grafeo snapshot: wrote ${counts.nodes} nodes and ${counts.relationships} relationships; expected ${expected.nodes} and ${expected.relationships}`,
      );
    }
    onProgress({ phase: "save", done: 0, total: 1 });
    db.save(path);
    onProgress({ phase: "save", done: 1, total: 1 });
    return counts;
  } finally {
    db.close();
  }
}

/** The entities, one batch per kind (labels `Entity` and the kind); returns their Grafeo ids by entity id. */
async function writeEntities(
  db: Database,
  graph: KnowledgeGraph,
  places: Map<string, OverviewPlace>,
  onProgress: (progress: LoadProgress) => void,
): Promise<Map<string, number>> {
  const byKind = new Map<string, KnowledgeGraph["entities"]>();
  for (const entity of graph.entities) {
    const list = byKind.get(entity.kind);
    if (list) list.push(entity);
    else byKind.set(entity.kind, [entity]);
  }
  const internalId = new Map<string, number>();
  let done = 0;
  onProgress({ phase: "entities", done, total: graph.entities.length });
  for (const [kind, entities] of byKind) {
    const rows = entities.map((entity) => withGrafeoDates(entityToRow(entity, places.get(entity.id))));
    const ids = await db.batchCreateNodesWithProps([ENTITY_LABEL, kind], rows);
    entities.forEach((entity, i) => internalId.set(entity.id, ids[i]!));
    done += rows.length;
    onProgress({ phase: "entities", done, total: graph.entities.length });
  }
  return internalId;
}

/**
 * The relationships by the Grafeo ids of their ends, in chunks (rows of one chunk live at a time);
 * with `release`, each chunk's relationships leave `graph.relationships` once written.
 */
async function writeRelationships(
  db: Database,
  graph: KnowledgeGraph,
  internalId: Map<string, number>,
  onProgress: (progress: LoadProgress) => void,
  release: boolean,
): Promise<void> {
  const publisherOf = publishersOf(graph);
  const relationships: (Relationship | undefined)[] = graph.relationships;
  const total = relationships.length;
  onProgress({ phase: "relationships", done: 0, total });
  for (let start = 0; start < total; start += EDGE_CHUNK) {
    const end = Math.min(total, start + EDGE_CHUNK);
    const chunk: GrafeoEdge[] = new Array<GrafeoEdge>(end - start);
    for (let i = start; i < end; i++) {
      const rel = relationships[i]!;
      const src = internalId.get(rel.source);
      const dst = internalId.get(rel.target);
      if (src === undefined || dst === undefined) {
        throw new Error(
          `grafeo snapshot: relationship "${rel.id}" names entity "${src === undefined ? rel.source : rel.target}", which is not loaded; expected validated graph-data`,
        );
      }
      chunk[i - start] = grafeoEdge(rel, src, dst, publisherOf);
    }
    await db.batchCreateEdges(chunk);
    if (release) relationships.fill(undefined, start, end);
    if (Math.floor(end / COLLECT_EVERY) > Math.floor(start / COLLECT_EVERY)) collectGarbage();
    onProgress({ phase: "relationships", done: end, total });
  }
  if (release && total > 0) relationships.length = 0;
}
