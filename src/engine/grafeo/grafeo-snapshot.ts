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
 * Dates are stored as Grafeo dates, as the Neo4j loader stores Neo4j dates, so `r.date_from.year` and
 * `r.date_from < date('2025-01-01')` answer the same on both engines. The batch API only takes JSON
 * values (a JS Date would become a datetime), so one statement turns the ISO texts into dates after
 * the relationships are in.
 */
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import { ENTITY_LABEL } from "../../contract/decoders.ts";
import { entityToRow, relationshipToRow } from "../graph-rows.ts";
import { computeOverviewLayout } from "../../model/overview-layout.ts";
import { GrafeoDB } from "./grafeo-module.ts";

/** Relationships per `batchCreateEdges` call: bounds the peak memory of one call and paces progress. */
const EDGE_CHUNK = 25_000;

/** Where a load stands: `done` of `total` items of `phase`. */
export interface LoadProgress {
  phase: "layout" | "entities" | "relationships" | "dates" | "index" | "save";
  done: number;
  total: number;
}

/**
 * Turn the `date_from`/`date_to` texts the batch wrote into dates (see graph-rows.ts), on
 * relationships and on dated entities (events). An open end stays absent.
 */
export const GRAFEO_DATE_CONVERSIONS = [
  `MATCH ()-[r]->() WHERE r.date_from IS NOT NULL OR r.date_to IS NOT NULL
   SET r.date_from = date(r.date_from), r.date_to = date(r.date_to)`,
  `MATCH (n:${ENTITY_LABEL}) WHERE n.date_from IS NOT NULL OR n.date_to IS NOT NULL
   SET n.date_from = date(n.date_from), n.date_to = date(n.date_to)`,
] as const;

/** Statements run after the bulk load; each names what the explorer looks up. */
export const GRAFEO_INDEXES = [
  "CREATE INDEX entity_id FOR (n:Entity) ON (n.id)",
  "CREATE INDEX entity_overview_rank FOR (n:Entity) ON (n.overview_rank)",
] as const;

/** Builds the graph in memory and saves it to `path`; returns the counts written. */
export async function writeSnapshot(
  graph: KnowledgeGraph,
  path: string,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<{ nodes: number; relationships: number }> {
  onProgress({ phase: "layout", done: 0, total: graph.entities.length });
  const places = computeOverviewLayout(graph);
  // The layout's working graph is garbage now; collect it before Grafeo allocates natively, which V8
  // does not count (with --expose-gc, as npm run load runs; this lowers the peak at 500k by ~0.3 GB).
  (globalThis as { gc?: () => void }).gc?.();
  onProgress({ phase: "layout", done: graph.entities.length, total: graph.entities.length });
  const db = GrafeoDB.create();
  try {
    const byKind = new Map<string, ReturnType<typeof entityToRow>[]>();
    for (const entity of graph.entities) {
      const rows = byKind.get(entity.kind) ?? [];
      rows.push(entityToRow(entity, places.get(entity.id)));
      byKind.set(entity.kind, rows);
    }
    const internalId = new Map<string, number>();
    let done = 0;
    for (const [kind, rows] of byKind) {
      const ids = await db.batchCreateNodesWithProps([ENTITY_LABEL, kind], rows);
      rows.forEach((row, i) => internalId.set(row.id, ids[i]!));
      done += rows.length;
      onProgress({ phase: "entities", done, total: graph.entities.length });
    }
    const total = graph.relationships.length;
    for (let start = 0; start < total; start += EDGE_CHUNK) {
      const chunk = graph.relationships.slice(start, start + EDGE_CHUNK).map((rel) => {
        const { type, source, target, ...properties } = relationshipToRow(rel);
        const src = internalId.get(source);
        const dst = internalId.get(target);
        if (src === undefined || dst === undefined) {
          throw new Error(
            `grafeo snapshot: relationship "${rel.id}" names entity "${src === undefined ? source : target}", which is not loaded; expected validated graph-data`,
          );
        }
        return { src, dst, type, properties };
      });
      await db.batchCreateEdges(chunk);
      onProgress({ phase: "relationships", done: Math.min(total, start + EDGE_CHUNK), total });
    }
    onProgress({ phase: "dates", done: 0, total: GRAFEO_DATE_CONVERSIONS.length });
    for (const statement of GRAFEO_DATE_CONVERSIONS) await db.executeCypher(statement);
    onProgress({ phase: "index", done: 0, total: GRAFEO_INDEXES.length });
    for (const statement of GRAFEO_INDEXES) await db.executeCypher(statement);
    const counts = { nodes: db.nodeCount(), relationships: db.edgeCount() };
    const expected = { nodes: graph.entities.length, relationships: total };
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
