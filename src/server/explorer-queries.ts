/**
 * Explorer queries: every Cypher statement the server sends for search, details, neighbourhoods,
 * paths and the overview graph (the schema and counts come from the engine's statistics:
 * CypherEngine.schema()). Written once in the Cypher subset that both Grafeo and Neo4j
 * run, always parameterised (no user text is spliced into a query), and checked with Neo4j's own
 * parser in tests/unit/engine/neo4j-cypher.test.ts. They are declared to the file-access check, which
 * then does not parse them at run time (tests/unit/engine/file-access-check.test.ts proves each clean),
 * so serving the explorer never waits for the Cypher grammar to load.
 */

import { PATHS_MAX_HOPS } from "../contract/limits.ts";
import { declareCheckedStatements } from "../engine/file-access-check.ts";

export const EXPLORER_QUERIES = {
  /** One entity by id. */
  node: `MATCH (n:Entity {id: $id})
RETURN n`,

  /**
   * The relationships $ids of one entity, in and out, with the name and kind of the entity at the other
   * end (a page of its details; the other end's whole node would cost Grafeo a third of the time).
   */
  nodeRelationships: `MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE r.id IN $ids
RETURN r, m.id AS other_id, m.name AS other_name, m.kind AS other_kind, labels(m) AS other_labels, startNode(r) = n AS outgoing`,

  /**
   * The ids of one entity's relationships, in and out, most central other end first (as the server's
   * index orders them), for details asked before that index is read. Ids only: a whole node and
   * relationship per row costs Grafeo a quarter of a millisecond, so only the page is then read whole.
   */
  nodeRelationshipIds: `MATCH (n:Entity {id: $id})-[r]-(m:Entity)
RETURN r.id AS id
ORDER BY m.overview_rank, r.id`,

  /** Relationships with the given ids, with their ends (the conditions a details view names). */
  relationshipsByIds: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IN $ids
RETURN a, r, b`,

  /** Ids of the entities one hop from any of $ids. */
  neighborIds: `MATCH (n:Entity)-[]-(m:Entity)
WHERE n.id IN $ids
RETURN DISTINCT m.id AS id`,

  /** The entities with the given ids. */
  nodesByIds: `MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n`,

  /** Relationships whose both ends are among $ids. */
  relationshipsAmong: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a, r, b`,

  /** Shortest paths between two entities, up to PATHS_MAX_HOPS hops, ignoring direction. */
  shortestPaths: `MATCH p = allShortestPaths((a:Entity {id: $from})-[*..${PATHS_MAX_HOPS}]-(b:Entity {id: $to}))
RETURN p
LIMIT $limit`,

  /** Every entity, for the overview graph. */
  allNodes: `MATCH (n:Entity)
RETURN n`,

  /** Every relationship between entities, for the overview graph. */
  allRelationships: `MATCH (a:Entity)-[r]->(b:Entity)
RETURN a, r, b`,

  /** The most central entities (by stored overview rank), at their stored places. */
  overviewNodes: `MATCH (n:Entity)
WHERE n.overview_rank < $limit
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.overview_x AS x, n.overview_y AS y, n.overview_degree AS degree, n.overview_community AS community, n.overview_rank AS rank`,

  /** Relationships among the overview's entities. */
  overviewRelationships: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.overview_rank < $limit AND b.overview_rank < $limit
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.modality AS modality, r.date AS date`,

  /** Where all entities' overview places lie. */
  overviewExtent: `MATCH (n:Entity)
RETURN min(n.overview_x) AS minX, max(n.overview_x) AS maxX, min(n.overview_y) AS minY, max(n.overview_y) AS maxY`,

  /** Whether entities have stored overview places (a store written before they existed has none). */
  overviewAvailable: `MATCH (n:Entity)
WHERE n.overview_rank = 0
RETURN count(n) AS count`,

  /** Every entity's overview row, for the server's index of the graph's shape. */
  indexEntities: `MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.overview_x AS x, n.overview_y AS y, n.overview_degree AS degree, n.overview_community AS community, n.overview_rank AS rank`,

  /** The relationships of sources of rank $from to $to (exclusive), for the index, a page at a time. */
  indexRelationships: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.overview_rank >= $from AND a.overview_rank < $to
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.modality AS modality, r.date AS date`,

  /** The relationships of sources without a stored rank (a store written before ranks), for the index. */
  indexUnrankedRelationships: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.overview_rank IS NULL
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.modality AS modality, r.date AS date`,

  /** Every entity's names and fields, for the server's search index. */
  searchEntries: `MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.name_de AS name_de, n.aliases AS aliases, n.description AS description, n.date AS date, n.search_text AS search_text, n.overview_rank AS rank`,
} as const;

export type ExplorerQueryName = keyof typeof EXPLORER_QUERIES;

declareCheckedStatements(Object.values(EXPLORER_QUERIES));
