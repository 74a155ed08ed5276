/**
 * Differential tests: the same graph-data in the embedded engine and in a live Neo4j, every query of
 * the corpus (differential/differential-queries.ts) run on both, the answers compared. A query either
 * answers identically or its difference is listed with its reason in differential/known-differences.ts
 * (and in the README's table of dialect differences); anything else fails. The tally is written to
 * artifacts/differential/latest.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import { Neo4jEngine } from "../../src/engine/neo4j/neo4j-engine.ts";
import { loadNeo4j } from "../../src/engine/neo4j/neo4j-loader.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import type { KnowledgeGraph } from "../../src/model/knowledge-graph.ts";
import type { QueryResult } from "../../src/contract/query-result.ts";
import {
  compareAnswers,
  describeDifference,
  type Answer,
  type Outcome,
} from "./differential/compare-answers.ts";
import { DIFFERENTIAL_QUERIES } from "./differential/differential-queries.ts";
import { KNOWN_DIFFERENCES } from "./differential/known-differences.ts";
import { NEO4J_ENABLED, NEO4J_SKIP_REASON } from "./neo4j-test-env.ts";

const EMPTY_GRAPH: KnowledgeGraph = { sources: [], entities: [], relationships: [] };

if (!NEO4J_ENABLED) it.skip(NEO4J_SKIP_REASON, () => undefined);

async function answer(run: () => Promise<QueryResult>): Promise<Answer> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { ok: false, code: e.code ?? "ERROR", message: e.message ?? String(error) };
  }
}

describe.skipIf(!NEO4J_ENABLED)(
  "embedded engine and Neo4j answer the same (writes to and then wipes Neo4j)",
  () => {
    let embedded: EmbeddedEngine;
    let neo4j: Neo4jEngine;
    const tally = new Map<string, { outcome: Outcome; group: string; reason?: string; rows: number }>();

    beforeAll(async () => {
      const graph = loadGraphData();
      const config = resolveNeo4jConfig();
      embedded = EmbeddedEngine.create();
      await embedded.load(graph);
      const driver = createNeo4jDriver(config);
      try {
        await loadNeo4j(driver, graph, { database: config.database, wipe: true });
      } finally {
        await driver.close();
      }
      neo4j = new Neo4jEngine(config);
    });

    afterAll(async () => {
      const config = resolveNeo4jConfig();
      const driver = createNeo4jDriver(config);
      await loadNeo4j(driver, EMPTY_GRAPH, { database: config.database, wipe: true }).finally(() =>
        driver.close(),
      );
      await embedded?.close();
      await neo4j?.close();
      writeTally(tally);
    });

    it("both engines give the same schema from their own statistics (labels, types, counts)", async () => {
      const a = await embedded.schema();
      const b = await neo4j.schema();
      const { propertyKeys: aKeys, ...aCounts } = a;
      const { propertyKeys: bKeys, ...bCounts } = b;
      expect(aCounts).toEqual(bCounts);
      expect(aCounts.labels.find((l) => l.label === "Entity")?.count).toBe(aCounts.nodes);
      // Neo4j lists every key ever used in the database (earlier tests' too), so only inclusion holds.
      expect(bKeys).toEqual(expect.arrayContaining(aKeys));
      expect(aKeys).toEqual(expect.arrayContaining(["id", "name", "evidence_quote", "modality"]));
    });

    it.each(DIFFERENTIAL_QUERIES.map((q) => [q.id, q] as const))("%s", async (_id, q) => {
      const options = { maxRows: 10_000, timeoutMs: 20_000 };
      const a = await answer(() => embedded.run(q.query, q.params ?? {}, options));
      const b = await answer(() => neo4j.run(q.query, q.params ?? {}, options));
      const outcome = compareAnswers(a, b, q.ordered ?? false);
      const known = KNOWN_DIFFERENCES[q.id];
      const rows = a.ok ? a.result.rows.length : -1;
      tally.set(q.id, { outcome, group: q.group, reason: known?.reason, rows });
      const expected = known?.tie && outcome === "identical" ? "identical" : (known?.outcome ?? "identical");
      const detail = outcome === expected ? "" : describeDifference(a, b, q.ordered ?? false);
      expect({ outcome, detail }, q.query).toEqual({ outcome: expected, detail: "" });
    });
  },
);

function writeTally(
  tally: Map<string, { outcome: Outcome; group: string; reason?: string; rows: number }>,
): void {
  if (tally.size === 0) return;
  const count = (o: Outcome | "fails-one") =>
    [...tally.values()].filter((t) => (o === "fails-one" ? t.outcome.startsWith("fails-") : t.outcome === o))
      .length;
  const lines = [
    `# Differential run, ${new Date().toISOString()}`,
    "",
    `${tally.size} queries: ${count("identical")} identical, ${count("differs")} differ, ${count("fails-one")} fail on at least one side.`,
    "",
    "| query | group | outcome | reason |",
    "| --- | --- | --- | --- |",
    ...[...tally]
      .filter(([, t]) => t.outcome !== "identical")
      .map(([id, t]) => `| \`${id}\` | ${t.group} | ${t.outcome} | ${t.reason ?? "(not listed)"} |`),
  ];
  mkdirSync("artifacts/differential", { recursive: true });
  writeFileSync("artifacts/differential/latest.md", `${lines.join("\n")}\n`);
}
