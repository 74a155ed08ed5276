/**
 * Neo4j loader: writes a validated knowledge graph into Neo4j, idempotently.
 *
 * Steps: optional wipe; the entity id constraint; entities per kind and relationships per type in
 * batches of `UNWIND $rows … MERGE … {id}` inside managed write transactions (the driver retries
 * transient failures); optional prune of what graph-data no longer holds; final counts. MERGE on the
 * id makes a rerun after a failed batch finish without duplicates. No uniqueness constraint is created
 * for relationship ids: Neo4j only offers them per type (and from 5.7 on), which would not make an id
 * unique across types; instead a relationship whose id now names another type or other endpoints is
 * deleted before the upsert, and MERGE between the two bound endpoints needs no index.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryStatistics } from "neo4j-driver";
import type { EngineStats } from "../cypher-engine.ts";
import { graphRows, type NodeRow, type RelationshipRow } from "../graph-rows.ts";
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import { NEO4J_LOAD_QUERIES as Q } from "./neo4j-load-queries.ts";
import { toNeo4jParams } from "./neo4j-values.ts";

export const DEFAULT_BATCH_SIZE = 500;

/** One step of a load, reported after every batch. */
export interface Neo4jLoadProgress {
  phase: "wipe" | "entities" | "relationships" | "prune";
  /** What the batch wrote, e.g. "entities Person rows 1-8". */
  label: string;
  /** Entity and relationship rows written so far, out of `total`. */
  done: number;
  total: number;
}

export interface Neo4jLoadOptions {
  database?: string;
  batchSize?: number;
  /** Delete Entity nodes and relationships with an id that graph-data does not hold. */
  prune?: boolean;
  /** Delete every node and relationship of the database first (the caller asks for confirmation). */
  wipe?: boolean;
  onProgress?: (progress: Neo4jLoadProgress) => void;
}

/** What a load changed: counts from the driver's summary counters, and the totals afterwards. */
export interface Neo4jLoadSummary {
  /** `updated`: rows merged onto an element that already existed (its properties were rewritten). */
  entities: { created: number; updated: number; deleted: number };
  relationships: { created: number; updated: number; deleted: number };
  /** What --wipe deleted, or null without --wipe. */
  wiped: EngineStats | null;
  totals: EngineStats;
  batches: number;
  ms: number;
  /** Of `ms`: preparing the rows (graph rows and the overview layout), then writing them to Neo4j. */
  rowsMs: number;
  writeMs: number;
}

function slices<T>(rows: T[], size: number): { rows: T[]; from: number; to: number }[] {
  const out: { rows: T[]; from: number; to: number }[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push({ rows: rows.slice(i, i + size), from: i + 1, to: Math.min(i + size, rows.length) });
  }
  return out;
}

/** The parameters of an entity upsert batch: $rows of {id, props}. */
export function neo4jEntityParams(rows: NodeRow[]): Record<string, unknown> {
  return { rows: rows.map((row) => ({ id: row.id, props: row })) };
}

/** The parameters of a relationship upsert batch: $rows of {id, source, target, date_from, date_to, props}. */
export function neo4jRelationshipParams(rows: RelationshipRow[]): Record<string, unknown> {
  return {
    rows: rows.map(({ type: _type, source, target, date_from, date_to, ...props }) => ({
      id: props.id,
      source,
      target,
      date_from: date_from ?? null,
      date_to: date_to ?? null,
      props,
    })),
  };
}

function firstNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
}

/** Loads `graph`; throws naming the batch (kind or type and rows) and the cause when one fails. */
export async function loadNeo4j(
  driver: Driver,
  graph: KnowledgeGraph,
  options: Neo4jLoadOptions = {},
): Promise<Neo4jLoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`neo4j load: batch size ${batchSize} is invalid; expected a whole number of at least 1`);
  }
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: options.database });
  const summary: Neo4jLoadSummary = {
    entities: { created: 0, updated: 0, deleted: 0 },
    relationships: { created: 0, updated: 0, deleted: 0 },
    wiped: null,
    totals: { nodes: 0, relationships: 0 },
    batches: 0,
    ms: 0,
    rowsMs: 0,
    writeMs: 0,
  };
  const total = graph.entities.length + graph.relationships.length;
  let done = 0;
  const progress = (phase: Neo4jLoadProgress["phase"], label: string): void =>
    options.onProgress?.({ phase, label, done, total });

  /** Runs one statement (parameters mapped to driver values) in a managed write transaction. */
  const write = async (
    label: string,
    query: string,
    params: Record<string, unknown>,
  ): Promise<{ value: number; stats: ReturnType<QueryStatistics["updates"]> }> => {
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => {
        const result = await tx.run(query, toNeo4jParams(params));
        const first = result.records[0];
        const value = first ? firstNumber(first.get(0)) : 0;
        return { value, stats: result.summary.counters.updates() };
      });
    } catch (error) {
      const cause = error instanceof Error ? error.message.split("\n")[0] : String(error);
      const code = (error as { code?: unknown } | null)?.code;
      throw new Error(
        `neo4j load: batch "${label}" failed after the driver's retries: ${typeof code === "string" ? `${code}: ` : ""}${cause}; ` +
          `rerunning the load is safe (MERGE on id writes no duplicates)`,
        { cause: error },
      );
    } finally {
      summary.batches++;
    }
  };

  /** Repeats a LIMIT $batchSize delete until it deletes nothing; returns the counters summed. */
  const deleteAll = async (
    label: string,
    query: string,
    params: Record<string, unknown>,
  ): Promise<EngineStats> => {
    const deleted = { nodes: 0, relationships: 0 };
    for (let round = 1; ; round++) {
      const { value, stats } = await write(`${label} round ${round}`, query, { ...params, batchSize });
      deleted.nodes += stats.nodesDeleted;
      deleted.relationships += stats.relationshipsDeleted;
      if (value === 0) return deleted;
    }
  };

  try {
    if (options.wipe) {
      summary.wiped = await deleteAll("wipe", Q.wipeBatch, {});
      progress("wipe", `wiped ${summary.wiped.nodes} nodes, ${summary.wiped.relationships} relationships`);
    }
    await write("entity id constraint", Q.entityIdConstraint, {});

    const rowsStarted = performance.now();
    const { nodesByKind, relationshipsByType } = graphRows(graph);
    summary.rowsMs = Math.round(performance.now() - rowsStarted);
    for (const [kind, rows] of nodesByKind) {
      const query = Q.upsertEntities(kind);
      for (const batch of slices(rows, batchSize)) {
        const label = `entities ${kind} rows ${batch.from}-${batch.to} of ${rows.length}`;
        const { value, stats } = await write(label, query, neo4jEntityParams(batch.rows));
        summary.entities.created += stats.nodesCreated;
        summary.entities.updated += value - stats.nodesCreated;
        done += batch.rows.length;
        progress("entities", label);
      }
    }

    const expected: Record<string, { type: string; source: string; target: string }> = {};
    for (const r of graph.relationships)
      expected[r.id] = { type: r.type, source: r.source, target: r.target };
    const moved = await write(
      "relationships whose id changed type or endpoints",
      Q.deleteMovedRelationships,
      {
        ids: Object.keys(expected),
        expected,
      },
    );
    summary.relationships.deleted += moved.stats.relationshipsDeleted;

    for (const [type, rows] of relationshipsByType) {
      const query = Q.upsertRelationships(type);
      for (const batch of slices(rows, batchSize)) {
        const label = `relationships ${type} rows ${batch.from}-${batch.to} of ${rows.length}`;
        const { value, stats } = await write(label, query, neo4jRelationshipParams(batch.rows));
        if (value !== batch.rows.length) {
          throw new Error(
            `neo4j load: batch "${label}" merged ${value} of ${batch.rows.length} relationships; ` +
              `expected every source and target to be an Entity node (were the entities loaded?)`,
          );
        }
        summary.relationships.created += stats.relationshipsCreated;
        summary.relationships.updated += value - stats.relationshipsCreated;
        done += batch.rows.length;
        progress("relationships", label);
      }
    }

    if (options.prune) {
      const relIds = { ids: graph.relationships.map((r) => r.id) };
      const rels = await deleteAll("prune relationships", Q.pruneRelationships, relIds);
      const nodes = await deleteAll("prune entities", Q.pruneEntities, {
        ids: graph.entities.map((e) => e.id),
      });
      summary.relationships.deleted += rels.relationships + nodes.relationships;
      summary.entities.deleted += nodes.nodes;
      progress(
        "prune",
        `pruned ${nodes.nodes} entities, ${rels.relationships + nodes.relationships} relationships`,
      );
    }
  } finally {
    await session.close();
  }
  summary.totals = await countNeo4j(driver, options.database);
  summary.ms = Math.round(performance.now() - started);
  summary.writeMs = summary.ms - summary.rowsMs;
  return summary;
}

/** Counts every node and relationship of the database, in a read transaction. */
export async function countNeo4j(driver: Driver, database?: string): Promise<EngineStats> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(Q.countNodes);
      const relationships = await tx.run(Q.countRelationships);
      return {
        nodes: firstNumber(nodes.records[0]?.get("count")),
        relationships: firstNumber(relationships.records[0]?.get("count")),
      };
    });
  } finally {
    await session.close();
  }
}
