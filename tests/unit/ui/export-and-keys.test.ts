import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { exportSubgraph, toCsv, visibleSubgraph } from "../../../src/ui/export/subgraph.ts";
import { computeVisibility } from "../../../src/ui/filters/utils.ts";
import { nextInDirection } from "../../../src/ui/graph-view/keyboard-nav.ts";
import { EMPTY_FILTERS } from "../../../src/ui/state/types.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const noGraphml = () => "";

describe("subgraph export", () => {
  const v = computeVisibility(model, { ...EMPTY_FILTERS, actors: ["russia"] });
  const sub = visibleSubgraph(model, { nodes: v.hiddenNodes, edges: v.hiddenEdges });

  it("holds exactly what the filters leave visible, with evidence", () => {
    expect(sub.order).toBe(v.counts.nodesShown);
    expect(sub.size).toBe(v.counts.edgesShown);
    sub.forEachEdge((id, attrs) => {
      expect(attrs.evidence_quote).toBe(model.relationships.get(id)?.evidence[0]?.quote);
    });
  });

  it("writes GEXF that graphology-gexf reads back", () => {
    const file = exportSubgraph(sub, "gexf", noGraphml);
    const back = gexf.parse(MultiDirectedGraph, file.content);
    expect([back.order, back.size]).toEqual([sub.order, sub.size]);
  });

  it("writes CSV with quotes doubled, one row per relationship", () => {
    expect(toCsv([{ a: 'say "no"', b: 1 }])).toBe('"a","b"\r\n"say ""no""","1"\r\n');
    const file = exportSubgraph(sub, "csv-relationships", noGraphml);
    expect(file.content.trim().split("\r\n")).toHaveLength(sub.size + 1);
  });
});

describe("keyboard route through the graph", () => {
  const nodes = [
    { id: "right", x: 200, y: 105 },
    { id: "far-right", x: 400, y: 100 },
    { id: "up", x: 95, y: 10 },
    { id: "left-down", x: 10, y: 190 },
  ];
  it.each([
    ["right", "right"],
    ["up", "up"],
    ["left", "left-down"],
    ["down", "left-down"],
  ] as const)("goes %s to the nearest entity in that direction", (direction, want) => {
    expect(nextInDirection({ x: 100, y: 100 }, nodes, direction)).toBe(want);
  });

  it("finds nothing where nothing is", () => {
    expect(nextInDirection({ x: 1000, y: 100 }, nodes, "right")).toBeNull();
  });
});
