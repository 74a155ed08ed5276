/**
 * Export formats: every format read back gives the same graph (graphology JSON exactly; GEXF, GraphML
 * and CSV with their flat attributes), including quotes that hold XML and CSV special characters.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { ALIAS_SEPARATOR, exportGraph, flatEdge, flatNode } from "../../../src/io/export-graph.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { buildGraphology, type KnowledgeGraphology } from "../../../src/model/build-graphology.ts";

const base = loadGraphData("tests/fixtures/mini-graph-data");
const tricky = {
  ...base,
  entities: base.entities.map((e) =>
    e.id === "china" ? { ...e, description: "Says \"<b>\" & 'it', ok; a,b" } : e,
  ),
};
const graph = buildGraphology(tricky);

type Flat = Record<string, string | number>;
function flatView(g: KnowledgeGraphology): {
  nodes: [string, Flat][];
  edges: [string, string, string, Flat][];
} {
  return {
    nodes: g.mapNodes((k, a) => [k, flatNode(a)] as [string, Flat]),
    edges: g.mapEdges((k, a, s, t) => [k, s, t, flatEdge(a)] as [string, string, string, Flat]),
  };
}
function normalise(g: {
  forEachNode: MultiDirectedGraph["forEachNode"];
  forEachEdge: MultiDirectedGraph["forEachEdge"];
}) {
  const nodes: [string, Flat][] = [];
  const edges: [string, string, string, Flat][] = [];
  const clean = (a: Record<string, unknown>): Flat =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === "number" ? v : String(v)]));
  g.forEachNode((k, a) => nodes.push([k, clean(a)]));
  g.forEachEdge((k, a, s, t) => edges.push([k, s, t, clean(a)]));
  return { nodes, edges };
}

describe("exportGraph", () => {
  it("graphology JSON imports back to the identical graph", () => {
    const [file] = exportGraph(graph, "graphology");
    const back = MultiDirectedGraph.from(JSON.parse(file!.content));
    expect(back.export()).toEqual(graph.export());
    expect(back.getNodeAttributes("china")).toMatchObject({
      label: "China",
      kind: "Country",
      aliases: ["Peking", "Beijing"],
    });
    expect(back.getEdgeAttributes("china-supplies-russia")).toMatchObject({
      type: "SUPPLIES",
      evidence: [
        { source: "mini-source", quote: "Peking liefert Güter an Moskau", start: 75, end: 105 },
        { source: "mini-source-2", quote: "Moskau erhält aus Peking Güter", start: 0, end: 30 },
      ],
    });
    expect(back.getEdgeAttributes("ukraine-allies-perceive-russia-as-threat")).toMatchObject({
      date: "2022/..",
      attributed_to: "diplomats",
      quantity: "most",
    });
  });

  it("GEXF (graphology-gexf) parses back to the same nodes, edges and flat attributes", () => {
    const [file] = exportGraph(graph, "gexf");
    const back = gexf.parse(MultiDirectedGraph, file!.content);
    const got = normalise(back);
    // graphology-gexf skips empty attribute values when reading: an absent value means an empty one.
    const filled = (a: Flat, like: Flat): Flat => ({
      ...Object.fromEntries(Object.keys(like).map((k) => [k, ""])),
      ...a,
    });
    const want = flatView(graph);
    expect(got.nodes.map(([k, a], i) => [k, filled(a, want.nodes[i]![1])])).toEqual(want.nodes);
    expect(got.edges.map(([k, s, t, a], i) => [k, s, t, filled(a, want.edges[i]![3])])).toEqual(want.edges);
  });

  it("GraphML parses back (graphology-graphml) to the same nodes, edges and flat attributes", () => {
    const [file] = exportGraph(graph, "graphml");
    const back = graphml.parse(MultiDirectedGraph, file!.content);
    expect(normalise(back)).toEqual(flatView(graph));
  });

  it("CSV writes a nodes and an edges file that read back to the same records", () => {
    const [nodes, edges] = exportGraph(graph, "csv");
    expect(nodes!.suffix).toBe(".nodes.csv");
    const nodeRows = parseCsv(nodes!.content, { columns: true, cast: false }) as Record<string, string>[];
    const edgeRows = parseCsv(edges!.content, { columns: true, cast: false }) as Record<string, string>[];
    expect(nodeRows.find((r) => r["id"] === "china")).toMatchObject({
      description: "Says \"<b>\" & 'it', ok; a,b",
      aliases: ["Peking", "Beijing"].join(ALIAS_SEPARATOR),
    });
    expect(edgeRows).toHaveLength(graph.size);
    expect(edgeRows.find((r) => r["id"] === "china-supplies-russia")).toMatchObject({
      source: "china",
      target: "russia",
      type: "SUPPLIES",
      evidence_quote: "Peking liefert Güter an Moskau",
      evidence_start: "75",
      evidence_count: "2",
      attributed_to: "",
    });
    const all = JSON.parse(edgeRows.find((r) => r["id"] === "china-supplies-russia")!["evidence"]!);
    expect(all).toEqual(graph.getEdgeAttributes("china-supplies-russia").evidence);
    expect(edgeRows.find((r) => r["id"] === "ukraine-allies-perceive-russia-as-threat")).toMatchObject({
      attributed_to: "diplomats",
      quantity: "most",
      date: "2022/..",
    });
  });
});
