/**
 * GraphML writer on the browser's XML DOM: every name and value goes in as a DOM attribute or text
 * node and XMLSerializer escapes it, so no label or quote can break the document. Keys are declared
 * per attribute with its type (int/double for numbers, string otherwise).
 */
import type { MultiDirectedGraph } from "graphology";

type Flat = Record<string, string | number>;
const NS = "http://graphml.graphdrawing.org/xmlns";

/** The graph as a GraphML document. */
export function graphmlOf(graph: MultiDirectedGraph<Flat, Flat>): string {
  const doc = document.implementation.createDocument(NS, "graphml", null);
  const root = doc.documentElement;
  const keys = new Map<string, string>();
  const typeOf = (v: string | number) =>
    typeof v === "number" ? (Number.isInteger(v) ? "int" : "double") : "string";
  graph.forEachNode((_id, a) => Object.entries(a).forEach(([k, v]) => keys.set(`node|${k}`, typeOf(v))));
  graph.forEachEdge((_id, a) => Object.entries(a).forEach(([k, v]) => keys.set(`edge|${k}`, typeOf(v))));
  for (const [key, type] of keys) {
    const [scope = "node", name = ""] = key.split("|");
    const el = doc.createElementNS(NS, "key");
    el.setAttribute("id", `${scope[0]}_${name}`);
    el.setAttribute("for", scope);
    el.setAttribute("attr.name", name);
    el.setAttribute("attr.type", type);
    root.append(el);
  }
  const g = doc.createElementNS(NS, "graph");
  g.setAttribute("edgedefault", "directed");
  root.append(g);
  const data = (parent: Element, prefix: string, attrs: Flat) => {
    for (const [k, v] of Object.entries(attrs)) {
      const d = doc.createElementNS(NS, "data");
      d.setAttribute("key", `${prefix}_${k}`);
      d.textContent = String(v);
      parent.append(d);
    }
  };
  graph.forEachNode((id, attrs) => {
    const node = doc.createElementNS(NS, "node");
    node.setAttribute("id", id);
    data(node, "n", attrs);
    g.append(node);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const edge = doc.createElementNS(NS, "edge");
    edge.setAttribute("id", id);
    edge.setAttribute("source", source);
    edge.setAttribute("target", target);
    data(edge, "e", attrs);
    g.append(edge);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
