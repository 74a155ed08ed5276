/**
 * Explorer query cases: every query the server sends (src/server/explorer-queries.ts), each with one or
 * more parameter sets on entities the seed graph holds. The Neo4j suite (neo4j.test.ts) runs each case
 * on the live server and the differential suite (differential/differential-queries.ts) runs each on
 * both engines, so both exercise the same calls. A query gets a second set where one set alone would
 * leave a path untried: a hub (nato) with no ids asked, pages of the index beyond the seed's ranks, and
 * ids that reach one relationship only.
 */
import { EXPLORER_QUERIES, type ExplorerQueryName } from "../../src/server/explorer-queries.ts";

type Params = Record<string, unknown>;

/** Parameter sets for each explorer query; a `Record` over the names, so a new query must get one. */
export const EXPLORER_PARAMS: Record<ExplorerQueryName, readonly [Params, ...Params[]]> = {
  node: [{ id: "mark-rutte" }],
  nodeRelationships: [
    { id: "mark-rutte", ids: ["rutte-succeeds-stoltenberg", "trump-wins-us-election-2024"] },
    { id: "nato", ids: [] },
  ],
  nodeRelationshipIds: [{ id: "nato" }, { id: "mark-rutte" }],
  relationshipsByIds: [
    { ids: ["rutte-succeeds-stoltenberg", "china-enables-russia"] },
    { ids: ["trump-wins-us-election-2024"] },
  ],
  neighborIds: [{ ids: ["mark-rutte"] }],
  nodesByIds: [{ ids: ["mark-rutte", "nato"] }],
  relationshipsAmong: [
    { ids: ["mark-rutte", "jens-stoltenberg", "nato"] },
    { ids: ["mark-rutte", "jens-stoltenberg"] },
  ],
  shortestPaths: [{ from: "china", to: "ukraine", limit: 5 }],
  allNodes: [{}],
  allRelationships: [{}],
  overviewNodes: [{ limit: 20 }],
  overviewRelationships: [{ limit: 20 }],
  overviewExtent: [{}],
  overviewAvailable: [{}],
  indexEntities: [{}],
  indexRelationships: [
    { from: 0, to: 20 },
    { from: 20, to: 10_000 },
  ],
  indexUnrankedRelationships: [{}],
  searchEntries: [{}],
};

/** One explorer query with one parameter set; `id` is the query's name, `name#2` for its second set. */
export interface ExplorerQueryCase {
  id: string;
  name: ExplorerQueryName;
  query: string;
  params: Params;
}

/** Every explorer query with every parameter set, in the order of EXPLORER_QUERIES. */
export const EXPLORER_QUERY_CASES: readonly ExplorerQueryCase[] = (
  Object.entries(EXPLORER_QUERIES) as [ExplorerQueryName, string][]
).flatMap(([name, query]) =>
  EXPLORER_PARAMS[name].map((params, i) => ({
    id: i === 0 ? name : `${name}#${i + 1}`,
    name,
    query,
    params,
  })),
);
