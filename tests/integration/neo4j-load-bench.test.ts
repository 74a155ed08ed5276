/**
 * The Neo4j load bench (`npm run bench -- --neo4j-load`) on the live Neo4j, on a small corpus: our
 * load command and the plain `UNWIND … CREATE` floor each fill an emptied database with the same graph,
 * and the report names every step with its time, rate and ratio, in the files it writes. Wipes the
 * database (indexes and constraints too) before each load and at the end.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { configuredBenchNeo4j, wipeNeo4j } from "../../tools/neo4j-load-bench/bench-neo4j.ts";
import { neo4jLoadBench, type Neo4jLoadBenchReport } from "../../tools/neo4j-load-bench/neo4j-load-bench.ts";
import { NEO4J_ENABLED, NEO4J_SKIP_REASON } from "./neo4j-test-env.ts";

if (!NEO4J_ENABLED) it.skip(NEO4J_SKIP_REASON, () => undefined);

describe.skipIf(!NEO4J_ENABLED)("npm run bench -- --neo4j-load on a live Neo4j (wipes it)", () => {
  const out = mkdtempSync(join(tmpdir(), "lagebild-neo4j-load-bench-out-"));
  const corpus = { entities: 300, relationships: 1_500, sources: 3, seed: 5 };
  let report: Neo4jLoadBenchReport;

  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    if (NEO4J_ENABLED) await wipeNeo4j(resolveNeo4jConfig());
  });

  it(
    "loads the corpus with our loader and with the floor, into the same graph",
    { timeout: 240_000 },
    async () => {
      report = await neo4jLoadBench(
        { ...corpus, batchSize: 200, floorBatchSize: 1_000, out },
        configuredBenchNeo4j({}, process.env),
        () => undefined,
      );
      expect(report.stored).toEqual({
        nodes: corpus.entities,
        relationships: corpus.relationships,
        datedRelationships: expect.any(Number),
      });
      expect(report.stored.datedRelationships).toBeGreaterThan(corpus.relationships / 2);
    },
  );

  it("reports each step's time, rate and ratio to the floor", () => {
    const names = report.rows.map((r) => r.name);
    expect(names).toEqual([
      "floor: UNWIND $rows … CREATE, batches of 1000",
      "our loader: Neo4j write step (MERGE, batches of 200)",
      "our loader: preparing the rows (incl. overview layout)",
      "our loader: validating graph-data",
      "our loader: whole `npm run load` command",
    ]);
    const [floor, write, , , whole] = report.rows;
    expect(floor?.ratio).toBe(1);
    // 2 floor batches of relationships at least, and 1500/200 = 8 loader batches of relationships.
    expect(floor?.transactions).toBeGreaterThanOrEqual(4);
    expect(write?.transactions).toBeGreaterThanOrEqual(8);
    for (const row of report.rows) {
      expect(row.ms, row.name).toBeGreaterThan(0);
      expect(row.relationshipsPerSecond, row.name).toBeCloseTo(corpus.relationships / (row.ms / 1000), 6);
      expect(row.ratio, row.name).toBeCloseTo(row.ms / (floor?.ms ?? Number.NaN), 6);
    }
    expect(whole!.ms).toBeGreaterThan(write!.ms);
  });

  it("writes the table to neo4j-load.md and the figures to neo4j-load.json", () => {
    const markdown = readFileSync(join(out, "neo4j-load.md"), "utf8");
    expect(markdown).toContain("| load | transactions | time s | relationships/s | ratio to the floor |");
    expect(markdown).toContain("300 entities, 1500 relationships, 3 sources");
    expect(markdown.trim()).toBe(report.markdown);
    const json = JSON.parse(readFileSync(join(out, "neo4j-load.json"), "utf8")) as Neo4jLoadBenchReport;
    expect(json.rows).toEqual(report.rows);
  });
});
