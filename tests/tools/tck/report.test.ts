/**
 * The report: tallies per area and overall, the pass rate without skipped scenarios, the table layout
 * and the breakdown of failure reasons.
 */
import { describe, expect, it } from "vitest";
import { failureBreakdown, formatTable, passRate, tally } from "../../../tools/tck/report.ts";
import { fakeResult } from "./tck-result.fake.ts";

const result = fakeResult;

const results = [
  result("clauses/match", "passed"),
  result("clauses/match", "failed", "line 3: expected 1 rows, got 0"),
  result("clauses/match", "skipped", "tagged @ignore in the TCK"),
  result("expressions/list", "passed"),
  result("expressions/list", "failed", "unsupported step: there exists a procedure x"),
  result("expressions/list", "failed", "timeout: no result after 5000 ms"),
  result("expressions/list", "errored", "cannot read the expected value: …"),
];

describe("report", () => {
  const { areas, overall } = tally(results);

  it("tallies per area, sorted, and overall", () => {
    expect(areas.map((a) => [a.area, a.total, a.passed, a.failed, a.errored, a.skipped])).toEqual([
      ["clauses/match", 3, 1, 1, 0, 1],
      ["expressions/list", 4, 1, 2, 1, 0],
    ]);
    expect(overall).toMatchObject({ total: 7, passed: 2, failed: 3, errored: 1, skipped: 1 });
  });

  it("leaves skipped scenarios out of the pass rate", () => {
    expect(passRate(areas[0]!)).toBe(50);
    expect(passRate(overall)).toBeCloseTo(33.33, 2);
  });

  it("renders an aligned table with the overall row last", () => {
    expect(formatTable(areas, overall).split("\n")).toEqual([
      "area              scenarios  passed  failed  errored  skipped  pass %",
      "----------------  ---------  ------  ------  -------  -------  ------",
      "clauses/match             3       1       1        0        1   50.0%",
      "expressions/list          4       1       2        1        0   25.0%",
      "----------------  ---------  ------  ------  -------  -------  ------",
      "overall                   7       2       3        1        1   33.3%",
    ]);
  });

  it("groups the reasons of scenarios that did not pass", () => {
    expect(failureBreakdown(results)).toEqual([
      ["result rows differ", 1],
      ["unsupported step", 1],
      ["timeout", 1],
      ["runner could not evaluate", 1],
    ]);
  });
});
