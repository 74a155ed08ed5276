/**
 * Subgraph export: the entities and relationships the view shows, as a graphology graph (for JSON
 * and GEXF, written by graphology-gexf) and as flat rows (for CSV and GraphML). Relationships keep
 * their evidence: first source and quote, and the number of pieces. Pure, tested in Node.
 */
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { GraphModel } from "../graph-model/types.ts";

type Flat = Record<string, string | number>;

/** The visible part of the model as a graphology graph, with layout positions when given. */
export function visibleSubgraph(
  model: GraphModel,
  hidden: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  positions: (id: string) => { x: number; y: number } | null = () => null,
): MultiDirectedGraph<Flat, Flat> {
  const graph = new MultiDirectedGraph<Flat, Flat>();
  for (const e of model.entities.values()) {
    if (hidden.nodes.has(e.id)) continue;
    const at = positions(e.id);
    graph.addNode(e.id, {
      label: e.name,
      kind: e.kind,
      name_de: e.name_de,
      description: e.description,
      ...(at ? { x: at.x, y: at.y } : {}),
    });
  }
  for (const r of model.relationships.values()) {
    if (hidden.edges.has(r.id) || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const first = r.evidence[0];
    graph.addEdgeWithKey(r.id, r.source, r.target, {
      label: r.type,
      type: r.type,
      modality: r.modality,
      date: r.date,
      summary: r.summary,
      evidence_source: first?.source ?? "",
      evidence_quote: first?.quote ?? "",
      evidence_count: r.evidence.length,
    });
  }
  return graph;
}

/** CSV text of rows (RFC 4180: every field quoted, quotes doubled, CRLF line ends). */
export function toCsv(rows: readonly Flat[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  return [columns.map(cell).join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))]
    .map((line) => `${line}\r\n`)
    .join("");
}

/** The export formats of the subgraph and their files (name suffix, MIME type, content). */
export type SubgraphFormat = "json" | "gexf" | "graphml" | "csv-entities" | "csv-relationships";

export function exportSubgraph(
  graph: MultiDirectedGraph<Flat, Flat>,
  format: SubgraphFormat,
  graphml: (graph: MultiDirectedGraph<Flat, Flat>) => string,
): { extension: string; type: string; content: string } {
  switch (format) {
    case "json":
      return {
        extension: "json",
        type: "application/json",
        content: `${JSON.stringify(graph.export(), null, 2)}\n`,
      };
    case "gexf":
      return {
        extension: "gexf",
        type: "application/xml",
        content: gexf.write(graph, {
          formatNode: (_key, attrs) => ({ label: String(attrs.label), attributes: attrs }),
          formatEdge: (_key, attrs) => ({ label: String(attrs.label), attributes: attrs }),
        }),
      };
    case "graphml":
      return { extension: "graphml", type: "application/xml", content: graphml(graph) };
    case "csv-entities":
      return {
        extension: "entities.csv",
        type: "text/csv",
        content: toCsv(graph.mapNodes((id, attrs) => ({ id, ...attrs }))),
      };
    case "csv-relationships":
      return {
        extension: "relationships.csv",
        type: "text/csv",
        content: toCsv(graph.mapEdges((id, attrs, source, target) => ({ id, source, target, ...attrs }))),
      };
  }
}
