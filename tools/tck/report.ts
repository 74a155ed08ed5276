/**
 * TCK report: tallies results per area and overall, and renders them as a plain-text table with the
 * pass percentage, a breakdown of why scenarios failed, and the legend that says what "passed" means
 * for a comparison that cannot see everything the TCK specifies.
 */
import type { TckResult, TckTally } from "./types.ts";

const OVERALL = "overall";

function emptyTally(area: string): TckTally {
  return { area, total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
}

/** Per-area tallies sorted by area, and the overall tally. */
export function tally(results: TckResult[]): { areas: TckTally[]; overall: TckTally } {
  const byArea = new Map<string, TckTally>();
  const overall = emptyTally(OVERALL);
  for (const result of results) {
    let area = byArea.get(result.area);
    if (!area) byArea.set(result.area, (area = emptyTally(result.area)));
    for (const t of [area, overall]) {
      t.total++;
      t[result.status]++;
    }
  }
  return { areas: [...byArea.values()].sort((a, b) => a.area.localeCompare(b.area)), overall };
}

/** passed / (total − skipped), as a percentage; 0 when nothing ran. */
export function passRate(t: TckTally): number {
  const counted = t.total - t.skipped;
  return counted === 0 ? 0 : (100 * t.passed) / counted;
}

/** Renders the tallies as an aligned table, overall last. */
export function formatTable(areas: TckTally[], overall: TckTally): string {
  const header = ["area", "scenarios", "passed", "failed", "errored", "skipped", "pass %"];
  const row = (t: TckTally) => [
    t.area,
    ...[t.total, t.passed, t.failed, t.errored, t.skipped].map(String),
    `${passRate(t).toFixed(1)}%`,
  ];
  const rows = [header, ...areas.map(row), row(overall)];
  const widths = header.map((_h, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join("\n");
}

const FAILURE_KINDS: [string, RegExp][] = [
  ["unsupported step", /unsupported step/],
  ["timeout", /^timeout/],
  ["engine crash", /^engine crashed/],
  ["setup query raised an error", /setup query failed|creating named graph/],
  ["query raised an error where a result was expected", /expected a result, but the engine raised/],
  ["no error where one was expected", /but the query succeeded/],
  ["error raised in the other phase", /got a (compile time|runtime) error/],
  ["error of another type", /got an error of another type/],
  ["other GQL code or message", /expected an error with GQL code|expected a message matching/],
  ["result columns differ", /columns differ/],
  ["result rows differ", /expected \d+ rows|expected no rows|rows in a different order/],
  ["side effects differ", /side effects differ/],
];

/** Counts failed and errored scenarios by kind of reason, most frequent first. */
export function failureBreakdown(results: TckResult[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of results) {
    if (r.status !== "failed" && r.status !== "errored") continue;
    const kind =
      r.status === "errored"
        ? "runner could not evaluate"
        : (FAILURE_KINDS.find(([, pattern]) => pattern.test(r.reason ?? ""))?.[0] ?? "other");
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const GRAFEO_LEGEND = [
  "  Error steps: passed when Grafeo raises any error in the expected phase (GQLSTATUS class 42 = compile",
  "           time, any other = runtime); the TCK error type and detail (e.g. SyntaxError: UndefinedVariable)",
  "           cannot be matched to Grafeo's GQLSTATUS codes and are not checked.",
  "  Values:  Grafeo returns integers and floats alike as JS numbers; a result's Arrow schema marks Int64",
  "           values as integers (an integer where the TCK expects a float fails), but Grafeo coerces a column",
  "           mixing both to Float64, so an integral value there also matches an expected integer. Integers",
  "           past 2^53 are bigints, compared exactly. Temporal values are strings on both sides, compared",
  "           after normalising ISO-8601 spellings (10:35 = 10:35:00); local datetimes arrive as JS Dates",
  "           (milliseconds only).",
];

const NEO4J_LEGEND = [
  "  Error steps: the phase is exact (an error that fails the query's RUN is compile time, one that fails",
  "           its PULL is runtime) and the TCK type must be one Neo4j's status code stands for",
  "           (Neo.ClientError.Statement.SyntaxError stands for SyntaxError, SemanticError and TypeError, as",
  "           Neo4j reports compile-time type checks under it); the TCK detail is not matched.",
  "  Values:  exact types: the driver returns INTEGER as bigint and FLOAT as number, so 1 and 1.0 differ.",
  "           Temporal values are compared as their ISO-8601 text after normalising spellings.",
];

/** The legend printed under the table. */
export function legend(timeoutMs: number, engine: "grafeo" | "neo4j" = "grafeo"): string {
  return [
    "Legend:",
    "  pass % = passed / (scenarios - skipped); skipped = tagged @ignore in the TCK.",
    `  failed = an expectation not met, an engine error where a result was expected, an unsupported step,`,
    `           a timeout (> ${timeoutMs} ms per query) or an engine crash; errored = the runner could not`,
    "           evaluate the scenario (e.g. an expected value it cannot parse).",
    ...(engine === "neo4j" ? NEO4J_LEGEND : GRAFEO_LEGEND),
    "  Floats compare with a relative tolerance of 1e-12. Nodes compare by labels and properties,",
    "           relationships by type and properties, paths hop by hop with direction; column names must",
    "           match in order.",
    "  Side effects: measured by diffing snapshots of all nodes and relationships before and after the",
    "           query, as the TCK defines them: every kind the TCK uses (+/- nodes, relationships, distinct",
    "           labels, property values) is measured.",
  ].join("\n");
}
