import { describe, expect, it } from "vitest";
import type { QueryResult, ResultNode, ResultRelationship } from "../../../src/contract/query-result.ts";
import {
  cellEntityId,
  cellText,
  relationshipFacts,
  HISTORY_LIMIT,
  offsetOf,
  parseHistory,
  parseParams,
  pushHistory,
  resultHighlight,
} from "../../../src/ui/console/utils.ts";
import { seedApiGraph, seedModel } from "./seed-model.ts";

const model = seedModel();
const api = seedApiGraph();
const result = (nodes: ResultNode[], relationships: ResultRelationship[]): QueryResult => ({
  columns: ["a", "r", "b"],
  rows: [],
  graph: { nodes, relationships },
  summary: { ms: 1, truncated: false, engine: "test" },
});

describe("query result mapping", () => {
  const threats = api.relationships.filter((r) => r.type === "THREATENS");
  const ends = new Set(threats.flatMap((r) => [r.start, r.end]));

  it("highlights the result's relationships and entities by id", () => {
    const nodes = api.nodes.filter((n) => ends.has(n.id));
    const h = resultHighlight(result(nodes, threats), model);
    expect([...h.edges].sort()).toEqual(threats.map((r) => r.id).sort());
    expect([...h.nodes].sort()).toEqual([...ends].sort());
    expect(h.missingNodes + h.missingEdges).toBe(0);
  });

  it("matches relationships by ends and type when the engine returns its own ids", () => {
    const renamed = threats.map((r, i) => ({ ...r, id: `element-${i}` }));
    const h = resultHighlight(result([], renamed), model);
    expect([...h.edges].sort()).toEqual(threats.map((r) => r.id).sort());
    expect([...h.nodes].sort()).toEqual([...ends].sort());
  });

  it("counts what the overview graph does not have", () => {
    const ghost: ResultNode = { kind: "node", id: "ghost", labels: ["Entity"], properties: {} };
    const stray: ResultRelationship = {
      kind: "relationship",
      id: "x",
      type: "HAUNTS",
      start: "ghost",
      end: "china",
      properties: {},
    };
    const h = resultHighlight(result([ghost], [stray]), model);
    expect(h).toMatchObject({ missingNodes: 1, missingEdges: 1 });
  });
});

describe("result cells", () => {
  const china = api.nodes.find((n) => n.id === "china");
  it.each([
    ["a node by name", china ?? null, "(China)"],
    ["a relationship by type", api.relationships[0] ?? null, `[:${api.relationships[0]?.type}]`],
    ["a string as is", "Peking", "Peking"],
    ["a number as JSON", 42, "42"],
    ["null", null, "null"],
    ["a list item by item", [1, "a"], "[1, a]"],
    ["a map as JSON", { k: 1 }, '{"k":1}'],
  ])("shows %s", (_name, value, text) => {
    expect(cellText(value, model)).toBe(text);
  });

  it("gives a relationship cell its modality, date and quote from the graph", () => {
    const rel = api.relationships[0];
    const known = model.relationships.get(rel?.id ?? "");
    expect(rel && known).toBeTruthy();
    expect(relationshipFacts(rel ?? null, model)).toEqual({
      id: rel?.id,
      type: rel?.type,
      modality: known?.modality,
      date: known?.date,
      quote: known?.evidence[0]?.quote ?? null,
    });
    expect(known?.evidence[0]?.quote).toBeTruthy();
    expect(relationshipFacts("text", model)).toBeNull();
  });

  it("knows which cells point at an entity", () => {
    expect(cellEntityId(china ?? null)).toBe("china");
    expect(cellEntityId("china")).toBeNull();
  });
});

describe("query history", () => {
  it("puts the newest query first without duplicates", () => {
    expect(pushHistory(["b", "a"], "a")).toEqual(["a", "b"]);
  });
  it("ignores blank queries", () => {
    expect(pushHistory(["a"], "  ")).toEqual(["a"]);
  });
  it("keeps at most HISTORY_LIMIT queries", () => {
    const long = Array.from({ length: HISTORY_LIMIT }, (_, i) => `q${i}`);
    expect(pushHistory(long, "new")).toHaveLength(HISTORY_LIMIT);
  });
  it.each([
    ["not JSON", "{"],
    ["not a list", '{"a":1}'],
    ["missing", null],
  ])("reads %s as empty", (_n, raw) => {
    expect(parseHistory(raw)).toEqual([]);
  });
  it("drops non-strings from a stored list", () => {
    expect(parseHistory('["a", 1, null, "b"]')).toEqual(["a", "b"]);
  });
});

describe("query parameters", () => {
  it.each([
    ["an object", '{"id": "china"}', { params: { id: "china" } }],
    ["empty text", "  ", { params: {} }],
  ])("accepts %s", (_name, text, expected) => {
    expect(parseParams(text)).toEqual(expected);
  });
  it.each([
    ["a list", "[1]"],
    ["a number", "3"],
    ["broken JSON", "{id:"],
  ])("rejects %s with a message", (_n, text) => {
    expect(parseParams(text)).toHaveProperty("error", expect.stringMatching(/^Parameters: /));
  });
});

describe("error positions", () => {
  it.each([
    [1, 1, 0],
    [1, 3, 2],
    [2, 3, 8],
    [1, 99, 5],
    [9, 1, 6],
  ])("line %i column %i is offset %i (clamped to the line and the text)", (line, column, offset) => {
    expect(offsetOf("MATCH\n(a RETURN", line, column)).toBe(offset);
  });
});
