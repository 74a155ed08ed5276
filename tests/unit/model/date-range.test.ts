/**
 * Date ranges: ISO dates, closed intervals and intervals open at one end become the first and last
 * day they cover (null at an open end); impossible dates and empty intervals are refused.
 */
import { describe, expect, it } from "vitest";
import { dateRange, rangeCovers } from "../../../src/model/date-range.ts";

describe("dateRange", () => {
  it.each([
    ["2024", { from: "2024-01-01", to: "2024-12-31" }],
    ["2024-02", { from: "2024-02-01", to: "2024-02-29" }],
    ["2024-10-01", { from: "2024-10-01", to: "2024-10-01" }],
    ["2017/2021", { from: "2017-01-01", to: "2021-12-31" }],
    ["2024-10-01/..", { from: "2024-10-01", to: null }],
    ["../2024-09-30", { from: null, to: "2024-09-30" }],
    ["../2024-10", { from: null, to: "2024-10-31" }],
  ])("%s covers %j", (value, range) => {
    expect(dateRange(value)).toEqual(range);
  });

  it.each(["2024-02-30", "2024-13", "2021/2017", "../..", "..", "2024/../2025", ""])(
    "refuses %j",
    (value) => {
      expect(dateRange(value)).toBeNull();
    },
  );
});

describe("rangeCovers", () => {
  it.each([
    ["2024-10-01/..", "2030-01-01", true],
    ["2024-10-01/..", "2024-09-30", false],
    ["../2024-09-30", "2014-10-01", true],
    ["../2024-09-30", "2024-10-01", false],
    ["2017/2021", "2019-06-01", true],
  ])("%s on %s: %s", (value, day, covered) => {
    expect(rangeCovers(dateRange(value)!, day)).toBe(covered);
  });
});
