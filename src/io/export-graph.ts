/**
 * Graph export: the knowledge graph as graphology JSON (`graph.export()`), GEXF (graphology-gexf),
 * GraphML (graphology-graphml reads it back; written with xmlbuilder2, which escapes every value) or
 * CSV (a nodes file and an edges file). XML and CSV hold no lists or maps, so aliases are joined with
 * " | ", and evidence is flattened: the first piece to evidence_source, evidence_quote, evidence_start,
 * evidence_end, and every piece, losslessly, to `evidence` as JSON text, with evidence_count. Optional
 * fields (attributed_to, quantity, condition, says, an event's date) are empty strings where not set,
 * so every row of a flat format has the same columns.
 */
import gexf from "graphology-gexf";
import { stringify } from "csv-stringify/sync";
import { create } from "xmlbuilder2";
import type {
  EntityNodeAttributes,
  KnowledgeGraphology,
  RelationshipEdgeAttributes,
} from "../model/build-graphology.ts";

export const EXPORT_FORMATS = ["graphology", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Separator of aliases in flat formats. */
export const ALIAS_SEPARATOR = " | ";

type Flat = Record<string, string | number>;

/** Node attributes without lists. */
export function flatNode(attrs: EntityNodeAttributes): Flat {
  return { ...attrs, aliases: attrs.aliases.join(ALIAS_SEPARATOR), date: attrs.date ?? "" };
}

/** Edge attributes without maps or lists. */
export function flatEdge(attrs: RelationshipEdgeAttributes): Flat {
  const { evidence, attributed_to, quantity, condition, says, ...rest } = attrs;
  const first = evidence[0];
  return {
    ...rest,
    attributed_to: attributed_to ?? "",
    quantity: quantity ?? "",
    condition: condition ?? "",
    says: (says ?? []).join(ALIAS_SEPARATOR),
    evidence_source: first?.source ?? "",
    evidence_quote: first?.quote ?? "",
    evidence_start: first?.start ?? -1,
    evidence_end: first?.end ?? -1,
    evidence_count: evidence.length,
    evidence: JSON.stringify(evidence),
  };
}

function graphml(graph: KnowledgeGraphology): string {
  const nodeKeys = new Map<string, string>();
  const edgeKeys = new Map<string, string>();
  const nodes = graph.mapNodes((key, attrs) => ({ key, data: flatNode(attrs) }));
  const edges = graph.mapEdges((key, attrs, source, target) => ({
    key,
    source,
    target,
    data: flatEdge(attrs),
  }));
  const typeOf = (v: string | number): string => (typeof v === "number" ? "int" : "string");
  nodes.forEach((n) => Object.entries(n.data).forEach(([k, v]) => nodeKeys.set(k, typeOf(v))));
  edges.forEach((e) => Object.entries(e.data).forEach(([k, v]) => edgeKeys.set(k, typeOf(v))));
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("graphml", {
    xmlns: "http://graphml.graphdrawing.org/xmlns",
  });
  for (const [k, t] of nodeKeys)
    root.ele("key", { id: `n_${k}`, for: "node", "attr.name": k, "attr.type": t });
  for (const [k, t] of edgeKeys)
    root.ele("key", { id: `e_${k}`, for: "edge", "attr.name": k, "attr.type": t });
  const g = root.ele("graph", { edgedefault: "directed" });
  for (const n of nodes) {
    const el = g.ele("node", { id: n.key });
    for (const [k, v] of Object.entries(n.data)) el.ele("data", { key: `n_${k}` }).txt(String(v));
  }
  for (const e of edges) {
    const el = g.ele("edge", { id: e.key, source: e.source, target: e.target });
    for (const [k, v] of Object.entries(e.data)) el.ele("data", { key: `e_${k}` }).txt(String(v));
  }
  return root.end({ prettyPrint: true });
}

/** Files an export produces: name suffix ("" for the main file) and content. */
export function exportGraph(
  graph: KnowledgeGraphology,
  format: ExportFormat,
): { suffix: string; content: string }[] {
  switch (format) {
    case "graphology":
      return [{ suffix: "", content: `${JSON.stringify(graph.export(), null, 2)}\n` }];
    case "gexf": {
      const content = gexf.write(graph, {
        formatNode: (_key, attrs) => ({ label: attrs.label, attributes: flatNode(attrs) }),
        formatEdge: (_key, attrs) => ({ label: attrs.label, attributes: flatEdge(attrs) }),
      });
      return [{ suffix: "", content }];
    }
    case "graphml":
      return [{ suffix: "", content: graphml(graph) }];
    case "csv": {
      const nodes = graph.mapNodes((id, attrs) => ({ id, ...flatNode(attrs) }));
      const edges = graph.mapEdges((id, attrs, source, target) => ({
        id,
        source,
        target,
        ...flatEdge(attrs),
      }));
      return [
        { suffix: ".nodes.csv", content: stringify(nodes, { header: true }) },
        { suffix: ".edges.csv", content: stringify(edges, { header: true }) },
      ];
    }
  }
}
