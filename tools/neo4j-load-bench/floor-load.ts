/**
 * The floor of the Neo4j load bench: the same rows our loader writes (src/engine/graph-rows.ts, with the
 * loader's own parameter mapping), written the plainest fast way a Neo4j user would: an index on
 * `Entity.id` for the endpoint lookups, then `UNWIND $rows … CREATE` in big batches, one transaction
 * each. No MERGE, no reruns, no prune: what it costs Neo4j just to store the rows. Dates are converted
 * with `date()` like the loader does, so both databases end up holding the same graph.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_LABEL } from "../../src/contract/decoders.ts";
import type { NodeRow, RelationshipRow } from "../../src/engine/graph-rows.ts";
import { neo4jEntityParams, neo4jRelationshipParams } from "../../src/engine/neo4j/neo4j-loader.ts";
import { entityKindLabel, relationshipTypeName } from "../../src/engine/neo4j/neo4j-load-queries.ts";
import { toNeo4jParams } from "../../src/engine/neo4j/neo4j-values.ts";

/** Rows per transaction of the floor: big batches, as Neo4j's import advice has it. */
export const FLOOR_BATCH_SIZE = 10_000;

export interface FloorLoadResult {
  /** Transactions committed (the index and every batch). */
  transactions: number;
  ms: number;
}

const createEntities = (kind: string): string => `UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${entityKindLabel(kind)})
SET n = row.props, n.date_from = date(row.props.date_from), n.date_to = date(row.props.date_to)`;

const createRelationships = (type: string): string => `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.source})
MATCH (b:${ENTITY_LABEL} {id: row.target})
CREATE (a)-[r:${relationshipTypeName(type)}]->(b)
SET r = row.props, r.date_from = date(row.date_from), r.date_to = date(row.date_to)`;

/** Writes the rows into an empty database with plain CREATEs; returns the time and transactions. */
export async function floorLoad(
  driver: Driver,
  rows: { nodesByKind: Map<string, NodeRow[]>; relationshipsByType: Map<string, RelationshipRow[]> },
  options: { database?: string; batchSize?: number } = {},
): Promise<FloorLoadResult> {
  const batchSize = options.batchSize ?? FLOOR_BATCH_SIZE;
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: options.database });
  const started = performance.now();
  let transactions = 0;
  const write = async (query: string, params: Record<string, unknown>): Promise<void> => {
    await session.executeWrite((tx) => tx.run(query, toNeo4jParams(params)));
    transactions++;
  };
  try {
    await write(`CREATE INDEX floor_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.id)`, {});
    await write("CALL db.awaitIndexes(300)", {});
    for (const [kind, list] of rows.nodesByKind) {
      const query = createEntities(kind);
      for (let i = 0; i < list.length; i += batchSize)
        await write(query, neo4jEntityParams(list.slice(i, i + batchSize)));
    }
    for (const [type, list] of rows.relationshipsByType) {
      const query = createRelationships(type);
      for (let i = 0; i < list.length; i += batchSize)
        await write(query, neo4jRelationshipParams(list.slice(i, i + batchSize)));
    }
  } finally {
    await session.close();
  }
  return { transactions, ms: performance.now() - started };
}
