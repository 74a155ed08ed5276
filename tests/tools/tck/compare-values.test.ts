/**
 * Value comparison: a table of expected TCK literals against engine values, including the integer and
 * float rules for JS numbers, list order, node and relationship identity, path direction and the
 * temporal spellings.
 */
import { describe, expect, it } from "vitest";
import { floatsEqual, valuesEqual } from "../../../tools/tck/compare-values.ts";
import { fromGrafeo } from "../../../tools/tck/grafeo-values.ts";
import { parseTckValue } from "../../../tools/tck/parse-tck-value.ts";

const node = (id: number, labels: string[], props: Record<string, unknown> = {}) => ({
  _id: id,
  _labels: labels,
  ...props,
});
const rel = (
  id: number,
  source: number,
  target: number,
  type: string,
  props: Record<string, unknown> = {},
) => ({
  _id: id,
  _source: source,
  _target: target,
  _type: type,
  ...props,
});

describe("valuesEqual", () => {
  it.each<[string, unknown, boolean]>([
    ["1", 1, true],
    ["1", 1.5, false],
    ["1.0", 1, true],
    ["1.5", 1.5, true],
    ["30.94856", 30.94856 + 1e-14, true],
    ["0.1", 0.10001, false],
    ["NaN", NaN, true],
    ["9223372036854775807", 9223372036854775807n, true],
    ["9223372036854775807", 9223372036854775806n, false],
    ["'a'", "a", true],
    ["'1'", 1, false],
    ["null", null, true],
    ["null", false, false],
    ["true", true, true],
    ["[1, 2]", [1, 2], true],
    ["[1, 2]", [2, 1], false],
    ["[1, 2]", [1, 2, 3], false],
    ["{a: 1, b: null}", { a: 1, b: null }, true],
    ["{a: 1}", { a: 1, b: null }, false],
    ["'10:35'", "10:35:00", true],
    ["'12:00Z'", "12:00:00+00:00", true],
    ["'1984-10-11T12:30:14.000000012'", "1984-10-11T12:30:14", false],
    ["'PT-1S'", "-PT1S", true],
    ["'PT1M10S'", "PT70S", true],
  ])("expected %s against %o is %s", (expected, actual, equal) => {
    expect(valuesEqual(parseTckValue(expected), fromGrafeo(actual))).toBe(equal);
  });

  it("compares nodes by labels (in any order) and properties, ignoring ids", () => {
    const actual = fromGrafeo(node(7, ["B", "A"], { name: "x" }));
    expect(valuesEqual(parseTckValue("(:A:B {name: 'x'})"), actual)).toBe(true);
    expect(valuesEqual(parseTckValue("(:A {name: 'x'})"), actual)).toBe(false);
    expect(valuesEqual(parseTckValue("(:A:B)"), actual)).toBe(false);
    expect(valuesEqual(parseTckValue("{name: 'x'}"), actual)).toBe(false);
  });

  it("compares relationships by type and properties", () => {
    const actual = fromGrafeo(rel(3, 0, 1, "KNOWS", { since: 2020 }));
    expect(valuesEqual(parseTckValue("[:KNOWS {since: 2020}]"), actual)).toBe(true);
    expect(valuesEqual(parseTckValue("[:LIKES {since: 2020}]"), actual)).toBe(false);
  });

  it("compares paths hop by hop, with the direction of each relationship", () => {
    const path = { nodes: [node(0, ["A"]), node(1, ["B"])], edges: [rel(0, 1, 0, "T")] };
    expect(valuesEqual(parseTckValue("<(:A)<-[:T]-(:B)>"), fromGrafeo(path))).toBe(true);
    expect(valuesEqual(parseTckValue("<(:A)-[:T]->(:B)>"), fromGrafeo(path))).toBe(false);
    const loop = { nodes: [node(0, ["A"]), node(0, ["A"])], edges: [rel(0, 0, 0, "T")] };
    expect(valuesEqual(parseTckValue("<(:A)-[:T]->(:A)>"), fromGrafeo(loop))).toBe(true);
  });

  it("ignores list order at every depth only when asked to", () => {
    const expected = parseTckValue("[[2, 1], 3]");
    const actual = fromGrafeo([3, [1, 2]]);
    expect(valuesEqual(expected, actual)).toBe(false);
    expect(valuesEqual(expected, actual, { unorderedLists: true })).toBe(true);
  });

  it("tells floats apart by relative tolerance, infinities exactly", () => {
    expect(floatsEqual(1e308, 1.0000000000001e308)).toBe(true);
    expect(floatsEqual(Infinity, Infinity)).toBe(true);
    expect(floatsEqual(Infinity, 1e308)).toBe(false);
  });
});
