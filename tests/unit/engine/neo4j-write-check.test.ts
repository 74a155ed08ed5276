/**
 * The static write check of the Neo4j read path: updating clauses, schema and admin commands and LOAD
 * CSV are found with their position; the same words as property names, labels, variables, strings or
 * comments are not; every explorer query passes and every writing loader statement is caught.
 */
import { describe, expect, it } from "vitest";
import { NEO4J_ENGINE_QUERIES } from "../../../src/engine/neo4j/neo4j-engine.ts";
import { allNeo4jLoadQueries } from "../../../src/engine/neo4j/neo4j-load-queries.ts";
import { findWriteClause } from "../../../src/engine/neo4j/neo4j-write-check.ts";
import { EXPLORER_QUERIES } from "../../../src/server/explorer-queries.ts";

describe("findWriteClause", () => {
  it.each([
    ["CREATE", "CREATE (n:Entity {id: 'x'})", { keyword: "CREATE", line: 1, column: 1, offset: 0 }],
    ["MERGE", "MATCH (a)\nMERGE (a)-[:KNOWS]->(b)", { keyword: "MERGE", line: 2, column: 1, offset: 10 }],
    ["SET", "MATCH (n) SET n.name = 'x' RETURN n", { keyword: "SET", line: 1, column: 11, offset: 10 }],
    ["DETACH DELETE", "MATCH (n) DETACH DELETE n", { keyword: "DETACH", line: 1, column: 11, offset: 10 }],
    ["REMOVE", "MATCH (n) REMOVE n:Entity", { keyword: "REMOVE", line: 1, column: 11, offset: 10 }],
    ["lower-case delete", "match (n) delete n", { keyword: "DELETE", line: 1, column: 11, offset: 10 }],
    ["FOREACH", "MATCH p = ()-->() FOREACH (n IN nodes(p) | SET n.x = 1)", { keyword: "FOREACH" }],
    ["a write inside CALL { }", "CALL { CREATE (n) RETURN n } RETURN n", { keyword: "CREATE" }],
    ["a schema command", "CREATE INDEX x FOR (n:Entity) ON (n.name)", { keyword: "CREATE" }],
    ["DROP", "DROP CONSTRAINT entity_id", { keyword: "DROP" }],
    ["LOAD CSV", "LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row", { keyword: "LOAD" }],
  ])("finds %s", async (_what, query, expected) => {
    expect(await findWriteClause(query)).toMatchObject(expected);
  });

  it.each([
    ["property names", "MATCH (n) WHERE n.set = 1 RETURN n.create, n.delete"],
    ["labels and types", "MATCH (n:Set)-[:MERGE]->(m:Create) RETURN n"],
    ["variables", "MATCH (create) RETURN create"],
    ["strings", "RETURN 'CREATE (n) DETACH DELETE n' AS text"],
    ["comments", "// DELETE everything\nMATCH (n) /* SET n.x = 1 */ RETURN n"],
    ["escaped names", "MATCH (n) RETURN n.`delete` AS `MERGE`"],
    ["shortest paths", "MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN p"],
  ])("ignores update words used as %s", async (_what, query) => {
    expect(await findWriteClause(query)).toBeNull();
  });
});

describe("the project's own queries", () => {
  it.each([...Object.entries(EXPLORER_QUERIES), ...Object.entries(NEO4J_ENGINE_QUERIES)])(
    "lets the read query %s through",
    async (_name, query) => {
      expect(await findWriteClause(query)).toBeNull();
    },
  );

  it.each(allNeo4jLoadQueries().filter(([name]) => !name.startsWith("count")))(
    "recognises the loader statement %s as a write",
    async (_name, query) => {
      expect(await findWriteClause(query)).not.toBeNull();
    },
  );
});
