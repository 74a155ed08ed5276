import { describe, expect, it } from "vitest";
import { egoNetwork, shortestPaths } from "../../../src/ui/filters/focus.ts";
import { computeVisibility, hasAnyFilter, relationshipPasses } from "../../../src/ui/filters/utils.ts";
import { blankRelationship } from "../../../src/contract/blank-relationship.ts";
import type { RelationshipRecord } from "../../../src/contract/records.ts";
import { EMPTY_FILTERS, type FilterState } from "../../../src/ui/state/types.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const rels = [...model.relationships.values()];
const filters = (change: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...change });
const rel = (change: Partial<RelationshipRecord>): RelationshipRecord => ({
  ...blankRelationship("r", "THREATENS", "a", "b"),
  date: "2024-10",
  date_from: "2024-10-01",
  date_to: "2024-10-31",
  ...change,
});

describe("filters", () => {
  it("hides nothing and counts everything when no filter is set", () => {
    const v = computeVisibility(model, EMPTY_FILTERS);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
    expect(v.counts).toEqual({
      nodesShown: model.entities.size,
      nodesTotal: model.entities.size,
      edgesShown: model.relationships.size,
      edgesTotal: model.relationships.size,
    });
  });

  it("hides every entity of a hidden kind and every relationship touching one", () => {
    const v = computeVisibility(model, filters({ hiddenKinds: ["Person"] }));
    const persons = [...model.entities.values()].filter((e) => e.kind === "Person").map((e) => e.id);
    expect(persons.length).toBeGreaterThan(0);
    for (const id of persons) expect(v.hiddenNodes.has(id)).toBe(true);
    for (const r of rels) {
      const touches = persons.includes(r.source) || persons.includes(r.target);
      expect(v.hiddenEdges.has(r.id)).toBe(touches);
    }
    expect(v.counts.nodesShown).toBe(model.entities.size - persons.length);
  });

  it("hides relationships of a hidden type, and entities left with none of their relationships", () => {
    const types = [...new Set(rels.map((r) => r.type))].filter((t) => t !== "THREATENS");
    const v = computeVisibility(model, filters({ hiddenTypes: types }));
    const threats = rels.filter((r) => r.type === "THREATENS");
    expect(v.counts.edgesShown).toBe(threats.length);
    const actors = new Set(threats.flatMap((r) => [r.source, r.target]));
    expect(v.counts.nodesShown).toBe(actors.size);
    for (const id of actors) expect(v.hiddenNodes.has(id)).toBe(false);
  });

  it("hides relationships of a hidden modality", () => {
    const v = computeVisibility(model, filters({ hiddenModalities: ["asserted", "reported"] }));
    const uncertain = rels.filter((r) => r.modality !== "asserted" && r.modality !== "reported");
    expect(v.counts.edgesShown).toBe(uncertain.length);
  });

  describe.each([
    [
      "open at its end (2024-10-01/..), filter after its start",
      "2025-01-01",
      "2025-12-31",
      "2024-10-01",
      null,
      true,
    ],
    [
      "open at its end (2024-10-01/..), filter before its start",
      "2024-01-01",
      "2024-09-30",
      "2024-10-01",
      null,
      false,
    ],
    [
      "open at its start (../2024-09-30), filter before its end",
      "2010-01-01",
      "2010-12-31",
      null,
      "2024-09-30",
      true,
    ],
    [
      "open at its start (../2024-09-30), filter after its end",
      "2024-10-01",
      null,
      null,
      "2024-09-30",
      false,
    ],
  ])("an interval %s", (_name, from, to, relFrom, relTo, shown) => {
    it(shown ? "is shown" : "is hidden", () => {
      const open = rel({ date: "interval", date_from: relFrom, date_to: relTo });
      expect(relationshipPasses(open, filters({ dateFrom: from, dateTo: to }))).toBe(shown);
    });
  });

  describe.each([
    ["inside the range", "2024-10-01", "2024-10-31", true],
    ["overlapping its start", "2024-09-15", "2024-10-05", true],
    ["overlapping its end", "2024-10-30", "2024-11-30", true],
    ["entirely before", "2024-01-01", "2024-09-30", false],
    ["entirely after", "2024-11-01", null, false],
    ["open-ended before", null, "2024-10-01", true],
  ])("a relationship dated October 2024 and a date filter %s", (_name, from, to, shown) => {
    it(shown ? "is shown" : "is hidden", () => {
      expect(relationshipPasses(rel({}), filters({ dateFrom: from, dateTo: to }))).toBe(shown);
    });
  });

  it("hides undated relationships once a date filter is set", () => {
    expect(
      relationshipPasses(
        rel({ date: "", date_from: null, date_to: null }),
        filters({ dateFrom: "2024-01-01" }),
      ),
    ).toBe(false);
  });

  it("shows Russia's ego network at depth 1: Russia, its neighbours and the relationships among them", () => {
    const v = computeVisibility(model, filters({ actors: ["russia"], depth: 1 }));
    const neighbours = new Set(
      rels.flatMap((r) => (r.source === "russia" ? [r.target] : r.target === "russia" ? [r.source] : [])),
    );
    expect(v.counts.nodesShown).toBe(neighbours.size + 1);
    for (const r of rels) {
      const inside = [r.source, r.target].every((id) => id === "russia" || neighbours.has(id));
      expect(v.hiddenEdges.has(r.id)).toBe(!inside);
    }
  });

  it("reaches further at depth 2 than at depth 1", () => {
    const one = egoNetwork(rels, ["russia"], 1);
    const two = egoNetwork(rels, ["russia"], 2);
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const id of one.nodes) expect(two.nodes.has(id)).toBe(true);
  });

  it("unites the ego networks of several actors", () => {
    const both = egoNetwork(rels, ["russia", "usa"], 1);
    for (const id of egoNetwork(rels, ["usa"], 1).nodes) expect(both.nodes.has(id)).toBe(true);
    for (const id of egoNetwork(rels, ["russia"], 1).nodes) expect(both.nodes.has(id)).toBe(true);
  });

  it("shows only the shortest paths between two actors", () => {
    const paths = shortestPaths(rels, "china", "usa");
    expect(paths.nodes.has("china") && paths.nodes.has("usa")).toBe(true);
    expect(paths.edges.size).toBeGreaterThan(0);
    for (const id of paths.edges) {
      const r = model.relationships.get(id);
      expect(paths.nodes.has(r?.source ?? "") && paths.nodes.has(r?.target ?? "")).toBe(true);
    }
    const v = computeVisibility(model, filters({ actors: ["china", "usa"], focus: "paths" }));
    expect(v.counts.nodesShown).toBe(paths.nodes.size);
    expect(v.counts.edgesShown).toBe(paths.edges.size);
  });

  it("finds every shortest path, not just one, on a diamond", () => {
    const diamond = [
      rel({ id: "1", source: "a", target: "b" }),
      rel({ id: "2", source: "a", target: "c" }),
      rel({ id: "3", source: "b", target: "d" }),
      rel({ id: "4", source: "d", target: "c" }),
      rel({ id: "5", source: "d", target: "e" }),
    ];
    const paths = shortestPaths(diamond, "a", "d");
    expect([...paths.nodes].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...paths.edges].sort()).toEqual(["1", "2", "3", "4"]);
  });

  it("shows just the two actors when no path joins them", () => {
    const paths = shortestPaths([rel({ id: "1", source: "a", target: "b" })], "a", "z");
    expect([...paths.nodes].sort()).toEqual(["a", "z"]);
    expect(paths.edges.size).toBe(0);
  });

  it("restricts the view to a query result shown alone", () => {
    const restrict = {
      nodes: new Set(["china", "russia"]),
      edges: new Set(rels.filter((r) => r.source === "china" && r.target === "russia").map((r) => r.id)),
    };
    const v = computeVisibility(model, EMPTY_FILTERS, restrict);
    expect(v.counts.nodesShown).toBe(2);
    expect(v.counts.edgesShown).toBe(restrict.edges.size);
  });

  it("knows when any filter is active (the reset button)", () => {
    expect(hasAnyFilter(EMPTY_FILTERS)).toBe(false);
    expect(hasAnyFilter(filters({ actors: ["china"] }))).toBe(true);
    expect(hasAnyFilter(filters({ dateTo: "2024-12-31" }))).toBe(true);
  });
});
