/**
 * Result tables: rows in any order or in order, column names in order, and the reasons reported on mismatch.
 */
import { describe, expect, it } from "vitest";
import { compareEmpty, compareResults, type ActualTable } from "../../../tools/tck/compare-results.ts";
import { fromGrafeo } from "../../../tools/tck/grafeo-values.ts";

const actual = (columns: string[], rows: unknown[][]): ActualTable => ({
  columns,
  rows: rows.map((row) => row.map(fromGrafeo)),
});
const table = [
  ["a", "b"],
  ["1", "'x'"],
  ["2", "'y'"],
];

describe("compareResults", () => {
  it("accepts rows in any order when the order is not asked for", () => {
    const result = actual(
      ["a", "b"],
      [
        [2, "y"],
        [1, "x"],
      ],
    );
    expect(compareResults(table, result, { ordered: false })).toBeUndefined();
  });

  it("reports rows in another order when the order is asked for", () => {
    const result = actual(
      ["a", "b"],
      [
        [2, "y"],
        [1, "x"],
      ],
    );
    expect(compareResults(table, result, { ordered: true })).toBe(
      "rows in a different order: row 1 expected | 1 | 'x' |, got | 2 | 'y' |",
    );
  });

  it("wants the columns in the table's order, as the TCK's own runner does", () => {
    const result = actual(
      ["b", "a"],
      [
        ["x", 1],
        ["y", 2],
      ],
    );
    expect(compareResults(table, result, { ordered: false })).toBe(
      "columns differ: expected [a, b], got [b, a]",
    );
  });

  it("reports different columns", () => {
    const result = actual(["a", "c"], [[1, "x"]]);
    expect(compareResults(table, result, { ordered: false })).toBe(
      "columns differ: expected [a, b], got [a, c]",
    );
  });

  it("reports missing and unexpected rows", () => {
    const result = actual(
      ["a", "b"],
      [
        [1, "x"],
        [1, "x"],
        [3, "z"],
      ],
    );
    expect(compareResults(table, result, { ordered: false })).toBe(
      "expected 2 rows, got 3; missing | 2 | 'y' |; unexpected | 1 | 'x' | | 3 | 'z' |",
    );
  });

  it("counts duplicate rows (results are multisets)", () => {
    const twice = [["a"], ["1"], ["1"]];
    expect(compareResults(twice, actual(["a"], [[1], [1]]), { ordered: false })).toBeUndefined();
    expect(compareResults(twice, actual(["a"], [[1]]), { ordered: false })).toMatch(
      /^expected 2 rows, got 1/,
    );
  });
});

describe("compareEmpty", () => {
  it("passes no rows and names the rows it got otherwise", () => {
    expect(compareEmpty(actual(["a"], []))).toBeUndefined();
    expect(compareEmpty(actual(["a"], [[1]]))).toBe("expected no rows, got 1: | 1 |");
  });
});
