/**
 * Overview logic in Node: compact rows become records and graph nodes at their stored places, once;
 * relationships only between drawn entities; sizes grow with degree; the status names the part shown.
 */
import { describe, expect, it } from "vitest";
import type { OverviewResponse } from "../../../src/contract/api/overview.ts";
import type { GraphModel } from "../../../src/ui/graph-model/types.ts";
import { toGraphology } from "../../../src/ui/graph-model/utils.ts";
import {
  addCompact,
  compactExtent,
  overviewNodeSize,
  overviewScale,
  overviewStatus,
} from "../../../src/ui/overview/utils.ts";

function overview(): OverviewResponse {
  return {
    kinds: ["Person", "Country"],
    types: ["SUPPORTS"],
    modalities: ["asserted", "reported"],
    nodes: [
      ["a", 0, "Ännchen", 10, 20, 50, 0, 0],
      ["b", 1, "Bergland", -30, 5, 10, 0, 1],
      ["c", 0, "Carl", 0, -40, 2, 1, 2],
    ],
    relationships: [
      ["r1", 0, "a", "b", 0, "2024-10"],
      ["r2", 0, "b", "c", 1, ""],
      ["r3", 0, "a", "zzz", 0, ""],
    ],
    available: true,
    total: { nodes: 1000, relationships: 5000 },
    threshold: 500,
    extent: { minX: -100, maxX: 100, minY: -100, maxY: 100 },
  };
}

describe("overview utils", () => {
  it("adds entities at their stored places and relationships between drawn entities only", () => {
    const model: GraphModel = { entities: new Map(), relationships: new Map() };
    const graph = toGraphology(model);
    const o = overview();
    const added = addCompact(model, graph, o, overviewScale(o));
    expect(added).toEqual({ nodes: ["a", "b", "c"], edges: ["r1", "r2"] });
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 10, y: 20, label: "Ännchen", kind: "Person" });
    expect(model.entities.get("b")).toMatchObject({ kind: "Country", name: "Bergland" });
    expect(model.relationships.get("r2")).toMatchObject({ source: "b", target: "c", type: "SUPPORTS" });
    expect(model.relationships.get("r2")).toMatchObject({ modality: "reported", date: "", date_from: null });
    expect(model.relationships.get("r1")).toMatchObject({
      modality: "asserted",
      date: "2024-10",
      date_from: "2024-10-01",
      date_to: "2024-10-31",
    });
  });

  it("adds nothing twice", () => {
    const model: GraphModel = { entities: new Map(), relationships: new Map() };
    const graph = toGraphology(model);
    const o = overview();
    addCompact(model, graph, o, overviewScale(o));
    expect(addCompact(model, graph, o, overviewScale(o))).toEqual({ nodes: [], edges: [] });
    expect(graph.order).toBe(3);
  });

  it("sizes entities by degree, the most connected largest", () => {
    const scale = overviewScale(overview());
    expect(scale.maxDegree).toBe(50);
    expect(overviewNodeSize(50, scale)).toBeGreaterThan(overviewNodeSize(10, scale));
    expect(overviewNodeSize(0, scale)).toBeGreaterThan(0);
  });

  it("frames the entities drawn", () => {
    expect(compactExtent(overview())).toEqual({ minX: -30, maxX: 10, minY: -40, maxY: 20 });
  });

  it("says what part of the graph is shown", () => {
    expect(
      overviewStatus({ nodes: 2000, relationships: 13937 }, { nodes: 100000, relationships: 500000 }),
    ).toBe(
      "Overview: 2,000 of 100,000 entities, 13,937 of 500,000 relationships (the most central; select an entity to expand it)",
    );
  });
});
