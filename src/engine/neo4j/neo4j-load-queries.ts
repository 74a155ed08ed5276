/**
 * Neo4j load queries: every Cypher statement the loader sends, in one place so the Cypher validation
 * test checks each of them with Neo4j's parser (tests/unit/engine/neo4j-cypher.test.ts).
 *
 * Labels and relationship types cannot be parameters in Cypher 5, so the upserts are built per entity
 * kind and relationship type. Only words of the closed vocabulary (ENTITY_KINDS, RELATIONSHIP_TYPES)
 * are ever spliced, after checking them against it; no text from graph-data reaches a query string.
 * Everything else travels as parameters.
 */
import { ENTITY_LABEL } from "../../contract/decoders.ts";
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from "../../model/vocabulary.ts";

/** Checks that `kind` is an entity kind of the vocabulary; the only way a label reaches a query. */
export function entityKindLabel(kind: string): EntityKind {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new Error(
      `neo4j load: entity kind "${kind}" is not in the vocabulary; expected one of ${ENTITY_KINDS.join(", ")}`,
    );
  }
  return kind as EntityKind;
}

/** Checks that `type` is a relationship type of the vocabulary; the only way a type reaches a query. */
export function relationshipTypeName(type: string): RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new Error(
      `neo4j load: relationship type "${type}" is not in the vocabulary; expected one of ${RELATIONSHIP_TYPES.join(", ")}`,
    );
  }
  return type as RelationshipType;
}

export const NEO4J_LOAD_QUERIES = {
  /** Entity ids are unique; the constraint's index also makes every MERGE on id a lookup. */
  entityIdConstraint: `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,

  /** --wipe: deletes up to $batchSize nodes (and their relationships); repeated until none are left. */
  wipeBatch: `MATCH (n)
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted`,

  /**
   * Upserts entities of one kind: $rows of {id, props}. The kind label is set and every other kind
   * label removed, so an entity whose kind changed in graph-data does not keep its old label. `SET n =`
   * replaces every property, so a field removed from graph-data (an event's date) does not linger.
   * An event's `date_from`/`date_to` become Neo4j dates.
   */
  upsertEntities: (kind: string): string => {
    const label = entityKindLabel(kind);
    const others = ENTITY_KINDS.filter((k) => k !== label).join(":");
    return `UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props, n.date_from = date(row.props.date_from), n.date_to = date(row.props.date_to)
REMOVE n:${others}
SET n:${label}
RETURN count(n) AS merged`;
  },

  /**
   * Deletes relationships whose id is in graph-data ($expected: id -> {type, source, target}) but
   * whose type or endpoints differ, so that an id always names one relationship after a reload.
   */
  deleteMovedRelationships: `MATCH (a)-[r]->(b)
WHERE r.id IN $ids
WITH a, r, b, $expected[r.id] AS e
WHERE type(r) <> e.type OR coalesce(a.id, '') <> e.source OR coalesce(b.id, '') <> e.target
DELETE r
RETURN count(*) AS deleted`,

  /**
   * Upserts relationships of one type: $rows of {id, source, target, date_from, date_to, props}.
   * `date_from`/`date_to` become Neo4j dates (null, so absent, at an open end); `date` stays the ISO
   * text as written in graph-data. `SET r =` replaces every property, so a field removed from
   * graph-data (attributed_to, condition …) does not linger after a reload. The endpoints are the
   * relationship's nodes, not properties (the embedded store has none either).
   */
  upsertRelationships: (type: string): string => {
    const name = relationshipTypeName(type);
    return `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.source})
MATCH (b:${ENTITY_LABEL} {id: row.target})
MERGE (a)-[r:${name} {id: row.id}]->(b)
SET r = row.props, r.date_from = date(row.date_from), r.date_to = date(row.date_to)
RETURN count(r) AS merged`;
  },

  /** --prune: deletes up to $batchSize entities whose id is not in $ids, with their relationships. */
  pruneEntities: `MATCH (n:${ENTITY_LABEL})
WHERE NOT n.id IN $ids
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted`,

  /** --prune: deletes up to $batchSize relationships that have an id not in $ids. */
  pruneRelationships: `MATCH ()-[r]->()
WHERE r.id IS NOT NULL AND NOT r.id IN $ids
WITH r LIMIT $batchSize
DELETE r
RETURN count(*) AS deleted`,

  /** Node count, for the totals. */
  countNodes: `MATCH (n)
RETURN count(n) AS count`,

  /** Relationship count, for the totals. */
  countRelationships: `MATCH ()-[r]->()
RETURN count(r) AS count`,
} as const;

/** Every concrete statement the loader can send, by name (`upsertEntities:Person` …), for checks. */
export function allNeo4jLoadQueries(): [name: string, query: string][] {
  const out: [string, string][] = [];
  for (const [name, query] of Object.entries(NEO4J_LOAD_QUERIES)) {
    if (typeof query === "string") out.push([name, query]);
  }
  for (const kind of ENTITY_KINDS)
    out.push([`upsertEntities:${kind}`, NEO4J_LOAD_QUERIES.upsertEntities(kind)]);
  for (const type of RELATIONSHIP_TYPES) {
    out.push([`upsertRelationships:${type}`, NEO4J_LOAD_QUERIES.upsertRelationships(type)]);
  }
  return out;
}
