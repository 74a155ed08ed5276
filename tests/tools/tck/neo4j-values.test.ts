/**
 * Neo4j driver values as TCK values: with `useBigInt` an INTEGER is a bigint and a FLOAT a number, so
 * 1 and 1.0 stay apart; nodes, relationships and paths keep labels, types, properties and the direction
 * of each hop; temporal values are their ISO-8601 text and match the TCK's spelling of the same value.
 * The driver's own classes are built here as the driver builds them from a record.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { valuesEqual } from "../../../tools/tck/compare-values.ts";
import { fromNeo4j, toNeo4j } from "../../../tools/tck/neo4j-values.ts";
import { parseTckValue } from "../../../tools/tck/parse-tck-value.ts";
import { formatTckValue } from "../../../tools/tck/tck-value.ts";

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Date: CypherDate,
  DateTime,
  Duration,
  LocalTime,
  Time,
} = neo4j.types;

const node = (id: number, labels: string[], properties: Record<string, unknown>) =>
  new Node(BigInt(id), labels, properties, `4:db:${id}`);
const rel = (id: number, from: number, to: number, type: string, properties: Record<string, unknown>) =>
  new Relationship(
    BigInt(id),
    BigInt(from),
    BigInt(to),
    type,
    properties,
    `5:db:${id}`,
    `4:db:${from}`,
    `4:db:${to}`,
  );

const a = node(0, ["A"], { v: 1n });
const b = node(1, ["B", "C"], { s: "x" });
const forward = rel(7, 0, 1, "T", { w: 2.5 });
const backward = rel(8, 0, 1, "U", {}); // a->b, traversed from b to a
const loop = rel(9, 1, 1, "L", {});

/** Formats what fromNeo4j makes of a value. */
const text = (value: unknown) => formatTckValue(fromNeo4j(value));

/** True when the driver's value is what the TCK writes as `expected`. */
const matches = (expected: string, value: unknown) => valuesEqual(parseTckValue(expected), fromNeo4j(value));

describe("Neo4j values", () => {
  it.each([
    ["an INTEGER (bigint)", 1n, { kind: "integer", value: 1n }],
    ["an INTEGER past 2^53", 9007199254740993n, { kind: "integer", value: 9007199254740993n }],
    ["a driver Integer", neo4j.int(-42), { kind: "integer", value: -42n }],
    ["a FLOAT that is integral", 1, { kind: "float", value: 1 }],
    ["a FLOAT", 2.5, { kind: "float", value: 2.5 }],
    ["NaN", Number.NaN, { kind: "float", value: Number.NaN }],
    ["a string", "x", { kind: "string", value: "x" }],
    ["a boolean", false, { kind: "boolean", value: false }],
    ["null", null, { kind: "null" }],
  ])("reads %s with its exact type", (_name, value, expected) => {
    expect(fromNeo4j(value)).toEqual(expected);
  });

  it("keeps integers and floats apart, as the TCK does", () => {
    expect(matches("1", 1n)).toBe(true);
    expect(matches("1.0", 1)).toBe(true);
    expect(matches("1", 1)).toBe(false);
    expect(matches("1.0", 1n)).toBe(false);
    expect(matches("[1, 2.0]", [1n, 2])).toBe(true);
    expect(matches("[1, 2.0]", [1n, 2n])).toBe(false);
  });

  it("keeps a map's null entries and its nested types", () => {
    expect(text({ a: null, b: [1n, { c: 0.5 }] })).toBe("{a: null, b: [1, {c: 0.5}]}");
    expect(matches("{a: null}", {})).toBe(false);
  });

  it("reads nodes with their labels and properties, relationships with type and properties", () => {
    expect(text(a)).toBe("(:A {v: 1})");
    expect(text(b)).toBe("(:B:C {s: 'x'})");
    expect(text(forward)).toBe("[:T {w: 2.5}]");
    expect(matches("(:C:B {s: 'x'})", b)).toBe(true);
    expect(matches("(:B {s: 'x'})", b)).toBe(false);
    expect(matches("[:T {w: 2}]", forward)).toBe(false);
  });

  it("reads a path hop by hop with the direction each relationship was traversed in", () => {
    const path = new Path(a, a, [
      new PathSegment(a, forward, b),
      new PathSegment(b, loop, b),
      new PathSegment(b, backward, a),
    ]);
    expect(text(path)).toBe(
      "<(:A {v: 1})-[:T {w: 2.5}]->(:B:C {s: 'x'})-[:L]->(:B:C {s: 'x'})<-[:U]-(:A {v: 1})>",
    );
    expect(
      matches("<(:A {v: 1})-[:T {w: 2.5}]->(:B:C {s: 'x'})<-[:L]-(:B:C {s: 'x'})<-[:U]-(:A {v: 1})>", path),
    ).toBe(true);
    expect(
      matches("<(:A {v: 1})<-[:T {w: 2.5}]-(:B:C {s: 'x'})-[:L]->(:B:C {s: 'x'})<-[:U]-(:A {v: 1})>", path),
    ).toBe(false);
  });

  it.each([
    ["'2015-07-21'", new CypherDate(2015, 7, 21)],
    ["'+999999999-12-31'", new CypherDate(999999999, 12, 31)],
    ["'-999999999-01-01'", new CypherDate(-999999999, 1, 1)],
    ["'10:35'", new LocalTime(10, 35, 0, 0)],
    ["'10:35-08:00'", new Time(10, 35, 0, 0, -28800)],
    ["'2015-07-21T21:40:32.142+01:00'", new DateTime(2015, 7, 21, 21, 40, 32, 142000000, 3600)],
    [
      "'2015-07-21T21:40:32.142+02:00[Europe/Stockholm]'",
      new DateTime(2015, 7, 21, 21, 40, 32, 142000000, 7200, "Europe/Stockholm"),
    ],
    ["'P1Y2M10DT-1S'", new Duration(14, 10, -1, 0)],
    ["'PT-0.5S'", new Duration(0, 0, -1, 500000000)],
    ["'P-6M-15DT-17H-45M-3.500000002S'", new Duration(-6, -15, -63904, 499999998)],
    ["'PT0S'", new Duration(0, 0, 0, 0)],
    ["'P30Y8M13D'", new Duration(368, 13, 0, 0)],
    ["'P-1Y-8M'", new Duration(-20, 0, 0, 0)],
  ])("reads the temporal value %s as the TCK writes it", (expected, value) => {
    expect(matches(expected, value)).toBe(true);
  });

  it("writes a duration's own text, never the driver's bare trailing T", () => {
    expect(text(new Duration(12, 0, 0, 0))).toBe("'P12M'");
    expect(text(new Duration(0, 3, -1, 500000000))).toBe("'P3DT-0.5S'");
    expect(text(new Duration(0, 0, 0, 1))).toBe("'PT0.000000001S'");
  });

  it("tells different temporal values apart", () => {
    expect(matches("'10:36'", new LocalTime(10, 35, 0, 0))).toBe(false);
    expect(matches("'PT1S'", new Duration(0, 0, -1, 0))).toBe(false);
  });

  it("turns TCK parameters into driver values: INTEGER as bigint, FLOAT as number", () => {
    expect(toNeo4j(parseTckValue("[1, 1.0, 'a', null, {k: -9223372036854775808}]"))).toEqual([
      1n,
      1,
      "a",
      null,
      { k: -9223372036854775808n },
    ]);
    expect(() => toNeo4j(parseTckValue("(:A)"))).toThrow(/a node cannot be a parameter/);
  });
});
