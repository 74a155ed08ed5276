/**
 * The openCypher TCK on the live Neo4j, a sample: a handful of vendored scenarios that exercise each
 * part of the Neo4j runner (result tables, distinct-label side effects the driver's counters would
 * miscount, a path with its directions, parameters, a named graph, temporal values, and errors at
 * compile time and at runtime) must pass; and scenarios written to fail must fail, each with its
 * reason, so a pass means something. The whole TCK on Neo4j takes minutes (`npm run tck -- --engine
 * neo4j`, figures in the README) and is not part of `npm test`.
 *
 * Runs against the Neo4j of the `neo4j` project's global setup (or NEO4J_URI), which it empties. The
 * sample stores no property key the seed graph lacks: Neo4j never forgets a property key, and the
 * differential tests compare `CALL db.propertyKeys()` on the same server with the embedded engine's.
 */
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { loadScenarios, parseFeature } from "../../tools/tck/load-features.ts";
import { runOnNeo4j } from "../../tools/tck/run-on-neo4j.ts";
import type { TckScenario } from "../../tools/tck/types.ts";
import { NEO4J_ENABLED as ENABLED, NEO4J_SKIP_REASON as SKIP_REASON } from "./neo4j-test-env.ts";

const FEATURES = fileURLToPath(new URL("../../vendor/opencypher-tck/features", import.meta.url));
const GRAPHS = fileURLToPath(new URL("../../vendor/opencypher-tck/graphs", import.meta.url));
const TIMEOUT_MS = 30_000;

/** Vendored scenarios (file, name prefix), each chosen for a part of the runner it exercises. */
const SAMPLE: [file: string, name: string][] = [
  ["clauses/create/Create1.feature", "[4] Create two nodes with same label"],
  ["clauses/match/Match6.feature", "[9] Longer path query should return results in written order"],
  [
    "expressions/list/List1.feature",
    "[3] Use list lookup based on parameters when there is no type information",
  ],
  ["expressions/map/Map2.feature", "[7] Fail at runtime when trying to index into a map with a non-string"],
  ["clauses/unwind/Unwind1.feature", "[2] Unwinding a range"],
  ["clauses/delete/Delete1.feature", "[7] Failing when deleting connected nodes"],
  ["clauses/with-orderBy/WithOrderBy1.feature", "[46] Fail on sorting by an undefined variable"],
  ["useCases/triadicSelection/TriadicSelection1.feature", "[1] Handling triadic friend of a friend"],
  ["expressions/temporal/Temporal2.feature", "[1] Should parse date from string"],
];

/** Scenarios written to fail on a correct engine, with the reason the runner must give. */
const MUST_FAIL = `Feature: Runner controls
  Scenario: an integer is not a float
    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x   |
      | 1.0 |
    And no side effects

  Scenario: labels count once per name
    Given an empty graph
    When executing query:
      """
      CREATE (:A), (:A)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes  | 2 |
      | +labels | 2 |

  Scenario: an undefined variable is no ArgumentError
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a ArgumentError should be raised at compile time: UndefinedVariable

  Scenario: a compile-time error is not raised at runtime
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a SyntaxError should be raised at runtime: UndefinedVariable

  Scenario: a path keeps its direction
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)
      """
    When executing query:
      """
      MATCH p = (:A)--(:B) RETURN p
      """
    Then the result should be, in any order:
      | p                   |
      | <(:A)<-[:T]-(:B)>   |
`;

const REASONS = [
  /^line \d+: expected 1 rows, got 1; missing \| 1\.0 \|; unexpected \| 1 \|$/,
  /^line \d+: side effects differ: \+labels expected 2, got 1$/,
  /^line \d+: expected ArgumentError \(UndefinedVariable\) at compile time, got an error of another type \(SyntaxError\/SemanticError\/TypeError\)/,
  /^line \d+: expected SyntaxError \(UndefinedVariable\) at runtime, got a compile time error \[\S+ Neo\.ClientError\.Statement\.SyntaxError\]/,
  /^line \d+: expected 1 rows, got 1; missing \| <\(:A\)<-\[:T\]-\(:B\)> \|/,
];

function sample(): TckScenario[] {
  const all = loadScenarios(FEATURES);
  return SAMPLE.flatMap(([file, name]) => {
    const found = all.filter((s) => s.file === file && s.name.startsWith(name));
    if (found.length === 0) throw new Error(`${file}: no scenario "${name}"; the vendored TCK changed?`);
    return found;
  });
}

if (!ENABLED) {
  console.warn(SKIP_REASON);
  it.skip(SKIP_REASON, () => undefined);
}

describe.skipIf(!ENABLED)("the openCypher TCK on Neo4j (a sample; empties the database)", () => {
  let driver: Driver;
  let database: string | undefined;

  beforeAll(() => {
    const config = resolveNeo4jConfig();
    database = config.database;
    driver = createNeo4jDriver(config, { useBigInt: true });
  });

  afterAll(async () => {
    await driver?.close();
  });

  const options = () => ({ timeoutMs: TIMEOUT_MS, graphsDir: GRAPHS, ...(database ? { database } : {}) });

  it("passes the sampled scenarios, each of which exercises one part of the runner", async () => {
    const scenarios = sample();
    expect(scenarios.length).toBeGreaterThanOrEqual(SAMPLE.length);
    const results = await runOnNeo4j(driver, scenarios, options());
    const failed = results.filter((r) => r.status !== "passed").map((r) => `${r.file}:${r.line} ${r.reason}`);
    expect(failed).toEqual([]);
    expect(results.map((r) => r.status)).toEqual(scenarios.map(() => "passed"));
  });

  it("fails scenarios written to fail, each with its reason", async () => {
    const scenarios = parseFeature(MUST_FAIL, "controls/Controls.feature");
    const results = await runOnNeo4j(driver, scenarios, options());
    expect(results.map((r) => r.status)).toEqual(scenarios.map(() => "failed"));
    results.forEach((result, i) => expect(result.reason).toMatch(REASONS[i]!));
  });

  it("leaves the database empty", async () => {
    const session = driver.session(database ? { database } : {});
    try {
      const result = await session.run("MATCH (n) RETURN count(n) AS n");
      expect(result.records[0]?.get("n")).toBe(0n);
    } finally {
      await session.close();
    }
  });
});
