/**
 * The embedded store as the loader writes it at corpus shape (a generated corpus, run small): every
 * entity and relationship once, dates stored as real Grafeo dates by the batch itself (on
 * relationships, and on the seed's dated events), independent sources counted by publisher as the Neo4j loader counts
 * them, the indexes the explorer looks up by, and progress that starts and ends each phase.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../../src/cli/gen-corpus.ts";
import { GrafeoDB, type GrafeoDatabase } from "../../../src/engine/grafeo/grafeo-module.ts";
import { writeSnapshot, type LoadProgress } from "../../../src/engine/grafeo/grafeo-snapshot.ts";
import { publishersOf, relationshipProperties } from "../../../src/engine/graph-rows.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { dateRange } from "../../../src/model/date-range.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";

let work: string;
let graph: KnowledgeGraph;
let db: GrafeoDatabase;
const progress: LoadProgress[] = [];

async function rows(query: string): Promise<Record<string, unknown>[]> {
  const result = await db.executeCypher(query);
  return result.toArray() as Record<string, unknown>[];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "lagebild-snapshot-"));
  writeCorpus(join(work, "graph-data"), { entities: 300, relationships: 1500, sources: 8 });
  graph = loadGraphData(join(work, "graph-data"));
  const path = join(work, "store.grafeo");
  await writeSnapshot(graph, path, { onProgress: (p) => progress.push(p) });
  db = GrafeoDB.openReadOnly(path);
});
afterAll(() => {
  db?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("writeSnapshot", () => {
  it("writes every entity and relationship once", async () => {
    expect(await rows("MATCH (n:Entity) RETURN count(n) AS n, count(DISTINCT n.id) AS ids")).toEqual([
      { n: graph.entities.length, ids: graph.entities.length },
    ]);
    expect(await rows("MATCH ()-[r]->() RETURN count(r) AS n, count(DISTINCT r.id) AS ids")).toEqual([
      { n: graph.relationships.length, ids: graph.relationships.length },
    ]);
  });

  it("stores date_from and date_to as dates, with no pass after the batch", async () => {
    const from = graph.relationships.filter((r) => dateRange(r.date)?.from !== null).length;
    const to = graph.relationships.filter((r) => dateRange(r.date)?.to !== null).length;
    expect(from).toBeGreaterThan(0);
    expect(to).toBeLessThan(graph.relationships.length); // the corpus has open ends
    expect(
      await rows(
        "MATCH ()-[r]->() RETURN count(r.date_from) AS f, count(r.date_from.year) AS fy, count(r.date_to) AS t, count(r.date_to.day) AS td",
      ),
    ).toEqual([{ f: from, fy: from, t: to, td: to }]);
    const [earliest] = await rows(
      "MATCH ()-[r]->() WHERE r.date_from < date('2020-01-01') RETURN count(r) AS n",
    );
    const before2020 = graph.relationships.filter((r) => (dateRange(r.date)?.from ?? "9") < "2020-01-01");
    expect(earliest).toEqual({ n: before2020.length });
  });

  it("stores an event's own date as a date (the seed's dated events)", async () => {
    const seed = loadGraphData();
    const path = join(work, "seed.grafeo");
    await writeSnapshot(seed, path);
    const seedDb = GrafeoDB.openReadOnly(path);
    try {
      const events = seed.entities.filter((e) => e.date !== undefined && dateRange(e.date)?.from);
      expect(events.length).toBeGreaterThan(0);
      const result = await seedDb.executeCypher(
        "MATCH (n:Event) WHERE n.date_from IS NOT NULL RETURN count(n.date_from.month) AS m, count(n.date_to.day) AS d",
      );
      const to = events.filter((e) => dateRange(e.date!)?.to).length;
      expect(result.toArray()).toEqual([{ m: events.length, d: to }]);
    } finally {
      seedDb.close();
    }
  });

  it("counts independent sources by publisher, as the Neo4j loader does", async () => {
    const publisherOf = publishersOf(graph);
    const stored = new Map(
      (await rows("MATCH ()-[r]->() RETURN r.id AS id, r.source_count AS k")).map((r) => [r["id"], r["k"]]),
    );
    let fewerThanQuotes = 0;
    for (const rel of graph.relationships) {
      const expected = relationshipProperties(rel, publisherOf).source_count;
      expect(stored.get(rel.id), rel.id).toBe(expected);
      if (expected < rel.evidence.length) fewerThanQuotes++;
    }
    expect(fewerThanQuotes).toBeGreaterThan(0); // two quotes from one publisher count once
  });

  it("has the indexes the explorer looks entities up by", async () => {
    const indexes = await rows("SHOW INDEXES");
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "Entity", property: "id" }),
        expect.objectContaining({ label: "Entity", property: "overview_rank" }),
      ]),
    );
  });

  it("with release, empties the graph's relationships as it writes them and stores the same graph", async () => {
    const spent = loadGraphData(join(work, "graph-data"));
    const path = join(work, "released.grafeo");
    const counts = await writeSnapshot(spent, path, { release: true });
    expect(counts).toEqual({ nodes: graph.entities.length, relationships: graph.relationships.length });
    expect(spent.relationships).toEqual([]);
    expect(spent.entities).toEqual(graph.entities); // only relationships are let go
    const released = GrafeoDB.openReadOnly(path);
    try {
      const query =
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.id AS id, r.evidence_quotes AS q, r.date_from AS d ORDER BY id";
      expect((await released.executeCypher(query)).toArray()).toEqual(await rows(query));
    } finally {
      released.close();
    }
  });

  it("leaves the graph as it was without release", () => {
    expect(graph.relationships).toHaveLength(1500);
  });

  it("reports each phase from its start to its end, in order", () => {
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(["layout", "entities", "relationships", "index", "save"]);
    for (const phase of ["entities", "relationships"] as const) {
      const seen = progress.filter((p) => p.phase === phase);
      expect(seen[0]?.done).toBe(0);
      expect(seen.at(-1)).toMatchObject({ done: seen[0]?.total });
    }
  });
});
