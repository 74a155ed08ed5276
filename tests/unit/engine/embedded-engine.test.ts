/**
 * The embedded Grafeo engine, for real: loading, the result model, read-only refusal, syntax errors
 * with positions, the row cap, the timeout (and that the engine carries on after it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { QueryError } from "../../../src/model/errors.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";

const graph = loadGraphData("tests/fixtures/mini-graph-data");
let engine: EmbeddedEngine;

beforeAll(async () => {
  engine = EmbeddedEngine.create();
  await engine.load(graph);
});
afterAll(async () => engine.close());

async function failure(query: string, options = {}): Promise<QueryError> {
  try {
    await engine.run(query, {}, options);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`expected "${query}" to fail`);
}

describe("EmbeddedEngine", () => {
  it("stores date_from and date_to as dates, as the Neo4j loader does, and keeps date as written", async () => {
    const result = await engine.run(
      `MATCH ()-[r:THREATENS {id: 'putin-threatens-ukraine-allies'}]->()
       RETURN r.date AS date, r.date_from AS from, r.date_from.year AS year, r.date_to.day AS lastDay,
              r.date_from < date('2024-10-01') AS before, r.date_from = '2024-09-01' AS equalsText`,
    );
    expect(result.rows).toEqual([
      { date: "2024-09", from: "2024-09-01", year: 2024, lastDay: 30, before: true, equalsText: false },
    ]);
  });

  it("maps entities to Entity+kind nodes and relationships with their evidence", async () => {
    const result = await engine.run("MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b");
    expect(result.columns).toEqual(["a", "r", "b"]);
    const row = result.rows[0]!;
    expect(row["a"]).toMatchObject({ kind: "node", id: "vladimir-putin", labels: ["Entity", "Person"] });
    expect(row["r"]).toMatchObject({
      kind: "relationship",
      id: "putin-threatens-ukraine-allies",
      type: "THREATENS",
      start: "vladimir-putin",
      end: "ukraine-allies",
      properties: {
        modality: "asserted",
        date: "2024-09",
        date_from: "2024-09-01",
        date_to: "2024-09-30",
        evidence_source: "mini-source",
        evidence_quote: "Putin drohte den Verbündeten der Ukraine",
        evidence_start: 33,
        evidence_end: 73,
      },
    });
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(["ukraine-allies", "vladimir-putin"]);
    expect(result.graph.relationships.map((r) => r.id)).toEqual(["putin-threatens-ukraine-allies"]);
  });

  it("keeps attribution, quantity, an open interval and every piece of evidence as properties", async () => {
    const reported = await engine.run(
      "MATCH ()-[r:PERCEIVES_AS_THREAT]->() RETURN r.attributed_to AS by, r.quantity AS q, r.date_from AS f, r.date_to AS t",
    );
    expect(reported.rows).toEqual([{ by: "diplomats", q: "most", f: "2022-01-01", t: null }]);
    const supplied = await engine.run(
      "MATCH ()-[r:SUPPLIES]->() RETURN r.evidence_sources AS s, r.evidence_starts AS st, r.evidence_count AS n, r.source_count AS k, r.attributed_to AS by",
    );
    expect(supplied.rows).toEqual([
      { s: ["mini-source", "mini-source-2"], st: [75, 0], n: 2, k: 2, by: null },
    ]);
  });

  it("unfolds paths into the result graph, with endpoints resolved to entity ids", async () => {
    const result = await engine.run(
      "MATCH p = shortestPath((a:Entity {id: $from})-[*..3]-(b:Entity {id: $to})) RETURN p",
      { from: "china", to: "russia" },
    );
    expect(result.rows[0]?.["p"]).toMatchObject({ kind: "path", nodes: [{ id: "china" }, { id: "russia" }] });
    expect(result.graph.relationships).toEqual([
      expect.objectContaining({ id: "china-supplies-russia", start: "china", end: "russia" }),
    ]);
  });

  it("returns relationship endpoints as entity ids even when the nodes are not returned", async () => {
    const result = await engine.run("MATCH ()-[r:SUPPLIES]->() RETURN r");
    expect(result.graph.relationships[0]).toMatchObject({ start: "china", end: "russia" });
  });

  it.each([
    "CREATE (n:Entity {id: 'x'})",
    "MATCH (n) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:X {id: 1})",
    "MATCH (n:Entity) REMOVE n:Entity",
  ])("refuses the write %s in read-only mode and leaves the graph as it was", async (query) => {
    const error = await failure(query);
    expect(error.code).toBe("WRITE_FORBIDDEN");
    expect(error.message).toMatch(/read-only/);
    expect(await engine.stats()).toEqual({ nodes: 5, relationships: 3 });
  });

  it("returns syntax errors with the engine's message and position", async () => {
    const error = await failure("MATCH (a RETURN a");
    expect(error.code).toBe("SYNTAX_ERROR");
    expect(error.message).toMatch(/syntax error/i);
    expect(error.position).toEqual({ line: 1, column: 10, offset: 9 });
  });

  it("reports a missing parameter by name", async () => {
    const error = await failure("MATCH (n:Entity {id: $who}) RETURN n");
    expect(error.code).toBe("MISSING_PARAMETER");
    expect(error.message).toMatch(/\$who/);
  });

  it("flags a truncation at the row cap", async () => {
    const result = await engine.run("UNWIND range(1, 100) AS x RETURN x", {}, { maxRows: 7 });
    expect(result.rows).toHaveLength(7);
    expect(result.summary.truncated).toBe(true);
  });

  it("stops a query past its timeout with QUERY_TIMEOUT and keeps answering afterwards", async () => {
    const error = await failure(
      "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c",
      { timeoutMs: 300 },
    );
    expect(error.code).toBe("QUERY_TIMEOUT");
    const after = await engine.run("MATCH (n:Entity) RETURN count(n) AS c");
    expect(after.rows[0]?.["c"]).toBe(5);
  });

  it("loads idempotently: loading the same graph twice gives the same counts", async () => {
    await engine.load(graph);
    expect(await engine.stats()).toEqual({ nodes: 5, relationships: 3 });
  });

  it("keeps the previous graph when a load fails", async () => {
    const bad: KnowledgeGraph = {
      ...graph,
      relationships: [{ ...graph.relationships[0]!, id: "dangling", target: "nobody" }],
    };
    await expect(engine.load(bad)).rejects.toThrow(/relationship "dangling" names entity "nobody"/);
    expect(await engine.stats()).toEqual({ nodes: 5, relationships: 3 });
  });

  it("writes when asked to (readOnly: false)", async () => {
    const writer = EmbeddedEngine.create();
    try {
      await writer.load(graph);
      await writer.run("CREATE (:Entity:Person {id: 'new-person', name: 'New'})", {}, { readOnly: false });
      const result = await writer.run("MATCH (n:Entity {id: 'new-person'}) RETURN n.name AS name");
      expect(result.rows).toEqual([{ name: "New" }]);
    } finally {
      await writer.close();
    }
  });
});

describe("background reads (the server's whole-graph scans)", () => {
  const SLOW = "UNWIND range(1, 300000) AS a RETURN sum(reduce(s = 0, j IN range(1, 50) | s + j)) AS c";

  it("run on one process, so an interactive query is answered while they queue", async () => {
    const done: string[] = [];
    const track = (name: string, p: Promise<unknown>) => p.then(() => done.push(name));
    const slow = track("slow background", engine.run(SLOW, {}, { background: true, timeoutMs: 60_000 }));
    // Give the slow read its process before the others ask.
    await new Promise((r) => setTimeout(r, 50));
    const next = track("next background", engine.run("RETURN 1 AS x", {}, { background: true }));
    const click = track("interactive", engine.run("MATCH (n:Entity) RETURN count(n) AS c"));
    await Promise.all([slow, next, click]);
    expect(done).toEqual(["interactive", "slow background", "next background"]);
  });

  it("gives the schema and counts from the engine's statistics, equal to what Cypher counts", async () => {
    const schema = await engine.schema();
    const count = async (q: string) => Number((await engine.run(q)).rows[0]?.["c"]);
    expect(schema.nodes).toBe(await count("MATCH (n) RETURN count(n) AS c"));
    expect(schema.relationships).toBe(await count("MATCH ()-[r]->() RETURN count(r) AS c"));
    for (const { label, count: n } of schema.labels) {
      expect(n, label).toBe(await count(`MATCH (n:${label}) RETURN count(n) AS c`));
    }
    for (const { type, count: n } of schema.relationshipTypes) {
      expect(n, type).toBe(await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`));
    }
    const keys = (await engine.run("MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k")).rows.map(
      (r) => r["k"],
    );
    const relKeys = (await engine.run("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k")).rows.map(
      (r) => r["k"],
    );
    expect(schema.propertyKeys).toEqual([...new Set([...keys, ...relKeys])].sort());
  });
});
