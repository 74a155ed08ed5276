/**
 * Temporal spellings: the TCK's and Grafeo's ISO-8601 forms of one value compare equal, different
 * values and plain strings do not.
 */
import { describe, expect, it } from "vitest";
import { canonicalTemporal, sameTemporal } from "../../../tools/tck/temporal-strings.ts";

describe("sameTemporal", () => {
  it.each([
    ["10:35", "10:35:00"],
    ["10:35-08:00", "10:35:00-08:00"],
    ["12:00Z", "12:00:00+00:00"],
    ["12:31:14.645876", "12:31:14.645876000"],
    ["1984-10-11T12:31:14", "1984-10-11T12:31:14.000"],
    ["2015-07-21T21:40:32.142+0100", "2015-07-21T21:40:32.142+01:00"],
    ["PT-1S", "-PT1S"],
    ["PT1M10S", "PT70S"],
    ["P1Y2M", "P14M"],
    ["PT0.5S", "PT0.500S"],
    ["P2W", "P14D"],
  ])("%s is %s", (expected, actual) => {
    expect(sameTemporal(expected, actual)).toBe(true);
  });

  it.each([
    ["10:35", "10:36"],
    ["10:35", "10:35:00+00:00"],
    ["1984-10-11T12:30:14.000000012", "1984-10-11T12:30:14"],
    ["P1D", "PT24H"],
    ["PT1.999S", "PT2S"],
    ["hello", "hello"],
  ])("%s is not %s", (expected, actual) => {
    expect(sameTemporal(expected, actual)).toBe(false);
  });

  it("leaves strings that are not temporal alone", () => {
    expect(canonicalTemporal("P")).toBeUndefined();
    expect(canonicalTemporal("Peter")).toBeUndefined();
    expect(canonicalTemporal("12")).toBeUndefined();
    expect(canonicalTemporal("1984-10-11")).toBe("1984-10-11");
  });
});
