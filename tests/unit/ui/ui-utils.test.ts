import { describe, expect, it } from "vitest";
import type { RelationshipView } from "../../../src/contract/api/nodes.ts";
import { decodeEvidence } from "../../../src/contract/decoders.ts";
import { groupHeading, groupRelationships, sourceCountLabel } from "../../../src/ui/details/utils.ts";
import { toGraphology } from "../../../src/ui/graph-model/utils.ts";
import { isUncertain } from "../../../src/ui/graph-view/palette.ts";
import { applyAppearance, highlightSets, topNodes } from "../../../src/ui/graph-view/utils.ts";
import { fold, moveActive, suggestionDetail } from "../../../src/ui/search/utils.ts";
import {
  locateQuote,
  parseReaderTarget,
  readerTarget,
  splitAt,
} from "../../../src/ui/source-reader/utils.ts";
import { seedModel } from "./seed-model.ts";

const view = (type: string, direction: "in" | "out", date: string, name: string): RelationshipView => ({
  id: `${type}-${name}`,
  type,
  direction,
  other: { id: name.toLowerCase(), name, kind: "Country" },
  summary: "",
  date,
  modality: "asserted",
  evidence: [{ source: "s", quote: "q", start: 0, end: 1 }],
  sourceCount: 1,
});

describe("details grouping", () => {
  const groups = groupRelationships([
    view("SUPPLIES", "out", "2024-10", "Russia"),
    view("CRITICIZES", "in", "2024-07", "NATO"),
    view("ENABLES", "out", "2024-07", "Russia"),
    view("SUPPLIES", "out", "2024-11", "Iran"),
  ]);
  it("puts what the entity does before what is done to it, types in order", () => {
    expect(groups.map((g) => g.key)).toEqual(["out:ENABLES", "out:SUPPLIES", "in:CRITICIZES"]);
  });
  it("lists the newest relationship first within a group", () => {
    expect(groups[1]?.items.map((r) => r.other.name)).toEqual(["Iran", "Russia"]);
  });
  it("reads headings as arrows", () => {
    expect(groups.map(groupHeading)).toEqual(["ENABLES →", "SUPPLIES →", "← CRITICIZES"]);
  });
});

describe("source reader", () => {
  const text = "Peking liefert Güter an Moskau. Peking schweigt.";
  it("trusts offsets that hold the quote", () => {
    expect(locateQuote(text, "Peking", 32, 38)).toEqual({ start: 32, end: 38 });
  });
  it("finds the nearest occurrence when offsets are off", () => {
    expect(locateQuote(text, "Peking", 30, 36)).toEqual({ start: 32, end: 38 });
    expect(locateQuote(text, "Güter", 0, 3)).toEqual({ start: 15, end: 20 });
  });
  it("gives up when the quote is not in the text", () => {
    expect(locateQuote(text, "Washington", 0, 10)).toBeNull();
  });
  it("splits the text around the span", () => {
    expect(splitAt(text, { start: 15, end: 20 })).toEqual([
      "Peking liefert ",
      "Güter",
      " an Moskau. Peking schweigt.",
    ]);
  });
});

describe("search box", () => {
  it.each([
    ["ArrowDown", -1, 3, 0],
    ["ArrowDown", 2, 3, 0],
    ["ArrowUp", 0, 3, 2],
    ["ArrowUp", -1, 3, 2],
    ["Home", 2, 3, 0],
    ["End", 0, 3, 2],
    ["a", 0, 3, null],
    ["ArrowDown", -1, 0, null],
  ])("moves %s from %i among %i options to %s", (key, active, count, next) => {
    expect(moveActive(key, active, count)).toBe(next);
  });
  it("folds accents and case", () => {
    expect(fold("Selenskyj")).toBe(fold("sélenskyj".toUpperCase()));
  });
  it("explains an alias match", () => {
    const beijing = {
      id: "beijing",
      kind: "Place",
      name: "Beijing",
      name_de: "Peking",
      aliases: ["Peking", "Pékin"],
      description: "",
      date: null,
    };
    expect(suggestionDetail(beijing, "pekin")).toBe("Place · Peking · alias Pékin");
  });
});

describe("graph appearance and highlight", () => {
  const graph = toGraphology(seedModel());
  applyAppearance(graph, "degree");

  it("dashes exactly the relationships not stated as fact", () => {
    graph.forEachEdge((_id, attrs) => expect(attrs.dashSize > 0).toBe(isUncertain(attrs.modality)));
  });

  it("sizes the most connected entity largest", () => {
    const top = [...topNodes(new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const)), 1)][0] ?? "";
    graph.forEachNode((_id, attrs) =>
      expect(attrs.size).toBeLessThanOrEqual(graph.getNodeAttribute(top, "size")),
    );
  });

  it("emphasises the hovered neighbourhood over the selection and the result", () => {
    const sets = highlightSets(graph, {
      hovered: "china",
      selection: "russia",
      result: { nodes: new Set(["usa"]), edges: new Set() },
    });
    expect(sets.active).toBe(true);
    expect(sets.nodes).toEqual(new Set(["china", ...graph.neighbors("china")]));
  });

  it("emphasises a result without dimming the rest when it is shown alone", () => {
    const result = { nodes: new Set(["usa"]), edges: new Set<string>() };
    expect(highlightSets(graph, { hovered: null, selection: null, result }, false)).toMatchObject({
      active: false,
      nodes: result.nodes,
    });
  });

  it("emphasises the result over a selection made before it, and a newer selection over the result", () => {
    const result = { nodes: new Set(["usa"]), edges: new Set<string>() };
    const before = highlightSets(graph, { hovered: null, selection: "russia", result, resultFirst: true });
    expect(before.nodes).toEqual(result.nodes);
    const after = highlightSets(graph, { hovered: null, selection: "russia", result, resultFirst: false });
    expect(after.nodes).toEqual(new Set(["russia", ...graph.neighbors("russia")]));
  });

  it("emphasises nothing when nothing is hovered, selected or queried", () => {
    expect(highlightSets(graph, { hovered: null, selection: null, result: null }).active).toBe(false);
  });
});

describe("evidence and the source reader", () => {
  it("reads every piece of evidence from the parallel list properties", () => {
    expect(
      decodeEvidence({
        evidence_sources: ["a", "b"],
        evidence_quotes: ["q1", "q2"],
        evidence_starts: [1, 5],
        evidence_ends: [3, 9],
        evidence_source: "a",
        evidence_quote: "q1",
        evidence_start: 1,
        evidence_end: 3,
      }),
    ).toEqual([
      { source: "a", quote: "q1", start: 1, end: 3 },
      { source: "b", quote: "q2", start: 5, end: 9 },
    ]);
  });

  it("falls back to the first piece when a result carries no lists, and to none without a source", () => {
    const first = { evidence_source: "a", evidence_quote: "q", evidence_start: 0, evidence_end: 1 };
    expect(decodeEvidence(first)).toEqual([{ source: "a", quote: "q", start: 0, end: 1 }]);
    expect(decodeEvidence({})).toEqual([]);
  });

  it.each([
    ["china-supplies-russia", 0, "china-supplies-russia"],
    ["china-supplies-russia", 2, "china-supplies-russia#2"],
  ])("opens %s at piece %i as %s and reads it back", (id, index, state) => {
    expect(readerTarget(id, index)).toBe(state);
    expect(parseReaderTarget(state)).toEqual({ relationship: id, index });
  });

  it.each([
    [1, 1, "1 source"],
    [2, 1, "2 quotes · 1 source"],
    [3, 2, "3 quotes · 2 sources"],
  ])("labels %i quote(s) from %i source(s) as %s", (quotes, sources, label) => {
    expect(sourceCountLabel(quotes, sources)).toBe(label);
  });
});
