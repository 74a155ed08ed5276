/**
 * Neo4j value mapping with the driver's own classes: Integers never leak or lose precision, temporal
 * values become ISO text, nodes/relationships/paths take the entity ids, and the graph of a result
 * holds every element once.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it, vi } from "vitest";
import {
  mapRecords,
  toJsonValue,
  toNeo4jParams,
  toNeo4jValue,
  type EndpointResolver,
} from "../../../src/engine/neo4j/neo4j-values.ts";

const { Node, Relationship, Path, PathSegment, Record } = neo4j.types;
const { int } = neo4j;

function node(elementId: string, labels: string[], props: Record<string, unknown>) {
  return new Node(int(0), labels, props, elementId);
}

function rel(elementId: string, type: string, start: string, end: string, props: Record<string, unknown>) {
  return new Relationship(int(0), int(0), int(0), type, props, elementId, start, end);
}

const russia = node("4:db:1", ["Entity", "Country"], { id: "russia", name: "Russia", founded: int(1991) });
const ukraine = node("4:db:2", ["Entity", "Country"], { id: "ukraine", name: "Ukraine" });
const nato = node("4:db:3", ["Organization", "Entity"], { id: "nato", name: "NATO" });
const anonymous = node("4:db:9", ["Note"], { text: "no id here" });
const threatens = rel("5:db:10", "THREATENS", "4:db:1", "4:db:2", {
  id: "russia-threatens-ukraine",
  evidence_start: int(120),
  date_from: new neo4j.types.Date(int(2024), int(10), int(1)),
});
const supports = rel("5:db:11", "SUPPORTS", "4:db:3", "4:db:2", { id: "nato-supports-ukraine" });

function record(values: Record<string, unknown>) {
  return new Record(Object.keys(values), Object.values(values));
}

describe("toJsonValue", () => {
  it.each([
    ["a safe Integer", int(42), 42],
    ["a negative safe Integer", int(-7), -7],
    ["the largest safe Integer", int(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    ["an Integer beyond 2^53", int("9007199254740993"), "9007199254740993"],
    ["an Integer below -2^53", int("-9223372036854775808"), "-9223372036854775808"],
    ["a bigint beyond 2^53", 2n ** 60n, "1152921504606846976"],
    ["a float", 1.5, 1.5],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["a Date", new neo4j.types.Date(int(2024), int(10), int(1)), "2024-10-01"],
    [
      "a DateTime with offset",
      new neo4j.types.DateTime(2024, 10, 1, 12, 30, 0, 0, 7200),
      "2024-10-01T12:30:00+02:00",
    ],
    [
      "a DateTime with zone id",
      new neo4j.types.DateTime(2024, 10, 1, 12, 30, 0, 0, undefined, "Europe/Berlin"),
      "2024-10-01T12:30:00[Europe/Berlin]",
    ],
    ["a LocalDateTime", new neo4j.types.LocalDateTime(2024, 10, 1, 12, 30, 5, 0), "2024-10-01T12:30:05"],
    ["a LocalTime", new neo4j.types.LocalTime(12, 30, 5, 0), "12:30:05"],
    ["a Time", new neo4j.types.Time(12, 30, 5, 0, -3600), "12:30:05-01:00"],
    ["a Duration", new neo4j.types.Duration(14, 2, 3, 500_000_000), "P1Y2M2DT3.500000000S"],
    ["a Point", new neo4j.types.Point(int(4326), 13.4, 52.5), "Point{srid=4326, x=13.4, y=52.5}"],
    ["bytes", Int8Array.from([1, -2, 3]), [1, -2, 3]],
    ["a list of Integers", [int(1), int("9007199254740993")], [1, "9007199254740993"]],
    ["a map", { a: int(1), b: { c: new neo4j.types.Date(2024, 1, 2) } }, { a: 1, b: { c: "2024-01-02" } }],
    ["null", null, null],
  ])("maps %s", (_what, value, expected) => {
    expect(toJsonValue(value)).toEqual(expected);
  });

  it("never returns a driver Integer", () => {
    const mapped = toJsonValue({ list: [int(1), int("1234567890123456789")] });
    expect(JSON.stringify(mapped)).toBe('{"list":[1,"1234567890123456789"]}');
  });
});

describe("mapRecords", () => {
  it("maps a node to its entity id, sorted labels and plain properties", async () => {
    const { rows } = await mapRecords([record({ n: nato })]);
    expect(rows[0]?.["n"]).toEqual({
      kind: "node",
      id: "nato",
      labels: ["Entity", "Organization"],
      properties: { id: "nato", name: "NATO" },
    });
  });

  it("falls back to the element id for a node without an id property", async () => {
    const { rows } = await mapRecords([record({ n: anonymous })]);
    expect(rows[0]?.["n"]).toMatchObject({ kind: "node", id: "4:db:9", labels: ["Note"] });
  });

  it("gives relationships the ids of endpoint nodes found in the same result", async () => {
    const resolve = vi.fn<EndpointResolver>();
    const { rows } = await mapRecords([record({ a: russia, r: threatens, b: ukraine })], resolve);
    expect(rows[0]?.["r"]).toEqual({
      kind: "relationship",
      id: "russia-threatens-ukraine",
      type: "THREATENS",
      start: "russia",
      end: "ukraine",
      properties: { id: "russia-threatens-ukraine", evidence_start: 120, date_from: "2024-10-01" },
    });
    expect(resolve).not.toHaveBeenCalled();
  });

  it("looks up only the endpoints that are not in the result", async () => {
    const resolve = vi.fn<EndpointResolver>(
      async (ids) => new Map(ids.map((id) => [id, id === "4:db:3" ? "nato" : null])),
    );
    const { rows } = await mapRecords([record({ r: supports, b: ukraine })], resolve);
    expect(resolve).toHaveBeenCalledWith(["4:db:3"]);
    expect(rows[0]?.["r"]).toMatchObject({ start: "nato", end: "ukraine" });
  });

  it("keeps the element id of an endpoint that has no id property", async () => {
    const resolve: EndpointResolver = async (ids) => new Map(ids.map((id) => [id, null]));
    const { rows } = await mapRecords([record({ r: supports })], resolve);
    expect(rows[0]?.["r"]).toMatchObject({ start: "4:db:3", end: "4:db:2" });
  });

  it("unfolds a path into alternating nodes and relationships", async () => {
    const path = new Path(russia, nato, [
      new PathSegment(russia, threatens, ukraine),
      new PathSegment(
        ukraine,
        rel("5:db:11", "SUPPORTS", "4:db:3", "4:db:2", { id: "nato-supports-ukraine" }),
        nato,
      ),
    ]);
    const { rows, graph } = await mapRecords([record({ p: path })]);
    const mapped = rows[0]?.["p"] as {
      kind: string;
      nodes: { id: string }[];
      relationships: { id: string }[];
    };
    expect(mapped.kind).toBe("path");
    expect(mapped.nodes.map((n) => n.id)).toEqual(["russia", "ukraine", "nato"]);
    expect(mapped.relationships.map((r) => r.id)).toEqual([
      "russia-threatens-ukraine",
      "nato-supports-ukraine",
    ]);
    expect(graph.relationships.find((r) => r.id === "nato-supports-ukraine")).toMatchObject({
      start: "nato",
      end: "ukraine",
    });
  });

  it("collects every node and relationship of rows, lists, maps and paths once", async () => {
    const path = new Path(russia, ukraine, [new PathSegment(russia, threatens, ukraine)]);
    const { graph } = await mapRecords(
      [
        record({ p: path, n: russia }),
        record({ p: path, n: [ukraine, { other: nato }] }),
        record({ p: null, n: { rel: supports } }),
      ],
      async () => new Map(),
    );
    expect(graph.nodes.map((n) => n.id)).toEqual(["russia", "ukraine", "nato"]);
    expect(graph.relationships.map((r) => r.id)).toEqual([
      "russia-threatens-ukraine",
      "nato-supports-ukraine",
    ]);
  });

  it("keeps scalar columns as plain JSON", async () => {
    const { rows, graph } = await mapRecords([
      record({ label: "Entity", count: int(40), big: int("9007199254740993") }),
    ]);
    expect(rows).toEqual([{ label: "Entity", count: 40, big: "9007199254740993" }]);
    expect(graph).toEqual({ nodes: [], relationships: [] });
  });
});

describe("toNeo4jParams", () => {
  it("turns whole numbers into Integers so LIMIT and integer properties receive integers", () => {
    const params = toNeo4jParams({ limit: 10, ratio: 0.5, rows: [{ evidence_start: 3, nested: { n: 4 } }] });
    expect(neo4j.isInt(params["limit"])).toBe(true);
    expect(params["ratio"]).toBe(0.5);
    const row = (params["rows"] as Record<string, unknown>[])[0]!;
    expect(neo4j.isInt(row["evidence_start"])).toBe(true);
    expect(neo4j.isInt((row["nested"] as Record<string, unknown>)["n"])).toBe(true);
  });

  it.each([
    ["an ISO date string stays a string", "2024-10-01", "2024-10-01"],
    ["a JS Date becomes ISO text", new Date(Date.UTC(2024, 9, 1)), "2024-10-01T00:00:00.000Z"],
    ["undefined becomes null", undefined, null],
    ["an unsafe whole number stays a float", 2 ** 60, 2 ** 60],
    ["a boolean stays", true, true],
  ])("%s", (_what, value, expected) => {
    expect(toNeo4jValue(value)).toEqual(expected);
  });

  it("maps a bigint to an Integer without losing digits", () => {
    const value = toNeo4jValue(2n ** 60n);
    expect(neo4j.isInt(value) && value.toString()).toBe("1152921504606846976");
  });
});
