/**
 * Neo4j integration: loads the real graph-data into a live Neo4j server twice, answers the mission
 * questions and the reader's questions of the knowledge model (tests/unit/knowledge/reader-questions.ts,
 * the same table the embedded engine answers) through Neo4jEngine.run, runs every explorer query, and
 * checks the read-only refusal, the timeout and the row cap against the server.
 *
 * Runs against the local Neo4j that the global setup starts (neo4j-global-setup.ts), or against the
 * server NEO4J_URI names (with NEO4J_USERNAME, NEO4J_PASSWORD, optionally NEO4J_DATABASE). It WRITES TO THE TARGET DATABASE (NEO4J_DATABASE, else the server's default) and WIPES
 * IT at the end (every node and relationship, as `load --neo4j --wipe --yes`): point it at a scratch
 * database, never at one whose data you need.
 */
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { Neo4jEngine } from "../../src/engine/neo4j/neo4j-engine.ts";
import { loadNeo4j, type Neo4jLoadSummary } from "../../src/engine/neo4j/neo4j-loader.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import type { KnowledgeGraph } from "../../src/model/knowledge-graph.ts";
import type { ResultRelationship } from "../../src/contract/query-result.ts";
import { ask, READER_QUESTIONS } from "../unit/knowledge/reader-questions.ts";
import { EXPLORER_QUERY_CASES } from "./explorer-query-cases.ts";
import { NEO4J_ENABLED as ENABLED, NEO4J_SKIP_REASON as SKIP_REASON } from "./neo4j-test-env.ts";

const GRAPH_DATA_DIR = fileURLToPath(new URL("../../graph-data", import.meta.url));
const EMPTY_GRAPH: KnowledgeGraph = { sources: [], entities: [], relationships: [] };

if (!ENABLED) {
  console.warn(SKIP_REASON);
  it.skip(SKIP_REASON, () => undefined);
}

describe.skipIf(!ENABLED)("Neo4j integration (writes to and then wipes the target database)", () => {
  let graph: KnowledgeGraph;
  let driver: Driver;
  let engine: Neo4jEngine;
  let database: string | undefined;
  const loads: Neo4jLoadSummary[] = [];

  async function ids(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const result = await engine.run(query, params);
    return result.rows.map((row) => String(row["id"])).sort();
  }

  beforeAll(async () => {
    const config = resolveNeo4jConfig();
    database = config.database;
    graph = await loadGraphData(GRAPH_DATA_DIR);
    driver = createNeo4jDriver(config);
    engine = new Neo4jEngine(config);
    await engine.verify();
    loads.push(await loadNeo4j(driver, graph, { database, prune: true }));
    loads.push(await loadNeo4j(driver, graph, { database, prune: true, batchSize: 7 }));
  });

  afterAll(async () => {
    if (driver) await loadNeo4j(driver, EMPTY_GRAPH, { database, wipe: true });
    await engine?.close();
    await driver?.close();
  });

  describe("loading graph-data twice", () => {
    it("holds every entity and relationship once after each load", async () => {
      const counts = await engine.run(
        `MATCH (n:Entity) WHERE n.id IN $entityIds
         WITH count(n) AS entities
         OPTIONAL MATCH ()-[r]->() WHERE r.id IN $relationshipIds
         RETURN entities, count(r) AS relationships`,
        { entityIds: graph.entities.map((e) => e.id), relationshipIds: graph.relationships.map((r) => r.id) },
      );
      expect(counts.rows).toEqual([
        { entities: graph.entities.length, relationships: graph.relationships.length },
      ]);
      expect(loads[1]?.totals).toEqual(loads[0]?.totals);
    });

    it("creates nothing on the second load and rewrites every element", () => {
      expect(loads[1]?.entities).toEqual({ created: 0, updated: graph.entities.length, deleted: 0 });
      expect(loads[1]?.relationships).toEqual({
        created: 0,
        updated: graph.relationships.length,
        deleted: 0,
      });
    });

    it("labels each entity Entity and its kind, and stores dates as Neo4j dates", async () => {
      const result = await engine.run(
        `MATCH (a:Entity:Person {id: 'mark-rutte'})-[r:SUCCEEDS]->(b:Entity {id: 'jens-stoltenberg'})
         RETURN labels(a) AS labels, r.date AS date, r.date_from AS from, r.date_from.year AS year,
                r.date_from <= r.date_to AS ordered, r.evidence_start AS start`,
      );
      const row = result.rows[0];
      expect(row?.["labels"]).toEqual(expect.arrayContaining(["Entity", "Person"]));
      expect(row?.["from"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof row?.["year"]).toBe("number");
      expect(row?.["ordered"]).toBe(true);
      expect(typeof row?.["start"]).toBe("number");
    });

    it("prunes an entity that graph-data does not hold", async () => {
      await engine.run("CREATE (:Entity {id: 'lagebild-test-stray'})", {}, { readOnly: false });
      const summary = await loadNeo4j(driver, graph, { database, prune: true });
      expect(summary.entities.deleted).toBe(1);
      expect(await ids("MATCH (n:Entity {id: 'lagebild-test-stray'}) RETURN n.id AS id")).toEqual([]);
    });
  });

  describe("the reader's questions of the knowledge model (the same table as on the embedded engine)", () => {
    it.each(READER_QUESTIONS.map((q) => [q.question, q] as const))("%s", async (_name, question) => {
      expect(await ask(engine, question)).toEqual([...question.answer].sort());
    });

    it("stores attribution, quantity, open intervals and the evidence lists as relationship properties", async () => {
      const result = await engine.run(
        `MATCH ()-[r {id: 'rutte-holds-office-nato-secretary-general'}]->()
         MATCH ()-[m {id: 'nato-member-states-meet-two-percent-target'}]->()
         MATCH ()-[s {id: 'china-supplies-russia'}]->()
         RETURN r.date_from AS from, r.date_to AS to, m.quantity AS quantity, s.attributed_to AS by,
                s.evidence_quotes AS quotes, s.evidence_count AS n, s.source_count AS sources`,
      );
      expect(result.rows).toEqual([
        {
          from: "2024-10-01",
          to: null,
          quantity: "23 of 32",
          by: "western-observers",
          quotes: [
            "liefert nach Einschätzung westlicher Beobachter zivil wie militärisch nutzbare Güter an Moskau",
          ],
          n: 1,
          sources: 1,
        },
      ]);
    });
  });

  describe("the mission questions", () => {
    it("who THREATENS whom includes russia -> ukraine-allies", async () => {
      const result = await engine.run(
        "MATCH (a:Entity)-[:THREATENS]->(b:Entity) RETURN a.id AS source, b.id AS target",
      );
      expect(result.rows).toContainEqual({ source: "russia", target: "ukraine-allies" });
    });

    it.each([
      [
        "whom china ENABLES",
        "MATCH (:Entity {id: $id})-[:ENABLES]->(b:Entity) RETURN b.id AS id",
        "china",
        ["russia"],
      ],
      [
        "who INVITES_TO the Ramstein meeting",
        "MATCH (a:Entity)-[:INVITES_TO]->(:Entity {id: $id}) RETURN a.id AS id",
        "ramstein-meeting-2024-10-12",
        ["joe-biden"],
      ],
      [
        "who SUCCEEDS Stoltenberg",
        "MATCH (a:Entity)-[:SUCCEEDS]->(:Entity {id: $id}) RETURN a.id AS id",
        "jens-stoltenberg",
        ["mark-rutte"],
      ],
      [
        "which countries MEETS_TARGET the two-percent target",
        "MATCH (a:Entity:Country)-[:MEETS_TARGET]->(:Entity {id: $id}) RETURN a.id AS id",
        "two-percent-target",
        ["germany", "netherlands"],
      ],
      [
        "who PUSHES_FOR the three-percent target",
        "MATCH (a:Entity)-[:PUSHES_FOR]->(:Entity {id: $id}) RETURN a.id AS id",
        "three-percent-target",
        ["estonia", "poland"],
      ],
    ])("%s", async (_question, query, id, expected) => {
      expect(await ids(query, { id })).toEqual(expected);
    });
  });

  describe("results", () => {
    it("gives relationship endpoints the entity ids, also when the nodes are not returned", async () => {
      const result = await engine.run("MATCH ()-[r:SUCCEEDS]->() RETURN r");
      const rel = result.rows[0]?.["r"] as ResultRelationship;
      expect(rel).toMatchObject({
        kind: "relationship",
        id: "rutte-succeeds-stoltenberg",
        start: "mark-rutte",
        end: "jens-stoltenberg",
      });
      expect(result.graph.relationships).toHaveLength(1);
    });

    it.each(EXPLORER_QUERY_CASES.map((c) => [c.id, c] as const))(
      "runs the explorer query %s",
      async (_id, { query, params }) => {
        const result = await engine.run(query, params);
        expect(result.summary.engine).toBe("neo4j");
        expect(JSON.stringify(result)).not.toMatch(/"low":|"high":/);
      },
    );
  });

  describe("guards", () => {
    it.each([
      ["CREATE", "CREATE (n:Entity {id: 'lagebild-test-write'}) RETURN n"],
      ["MERGE", "MERGE (n:Entity {id: 'lagebild-test-write'}) RETURN n"],
      ["a write procedure", "CALL db.createLabel('LagebildTestWrite')"],
    ])("refuses %s on the read path with WRITE_FORBIDDEN", async (_what, query) => {
      await expect(engine.run(query)).rejects.toMatchObject({ code: "WRITE_FORBIDDEN" });
      expect(await ids("MATCH (n:Entity {id: 'lagebild-test-write'}) RETURN n.id AS id")).toEqual([]);
    });

    it("stops a slow query with TIMEOUT", async () => {
      const slow = "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n";
      const started = performance.now();
      await expect(engine.run(slow, {}, { timeoutMs: 500 })).rejects.toMatchObject({ code: "QUERY_TIMEOUT" });
      expect(performance.now() - started).toBeLessThan(10_000);
    });

    it.each([
      [10, 10, true],
      [100, 100, false],
    ])("keeps %i rows with maxRows %i (truncated: %s)", async (maxRows, kept, truncated) => {
      const result = await engine.run("UNWIND range(1, 100) AS x RETURN x", {}, { maxRows });
      expect(result.rows).toHaveLength(kept);
      expect(result.summary.truncated).toBe(truncated);
    });

    it("reports a missing parameter and a syntax error with its position", async () => {
      await expect(engine.run("MATCH (n:Entity {id: $id}) RETURN n")).rejects.toMatchObject({
        code: "MISSING_PARAMETER",
      });
      await expect(engine.run("MATCH (n) RETRN n")).rejects.toMatchObject({
        code: "SYNTAX_ERROR",
        position: { line: 1, column: 11 },
      });
    });
  });
});
