/**
 * Graph view logic: node sizes from a centrality, colours from kinds and modalities, and which items
 * a hover, a selection or a query result emphasises. Pure functions over the graphology graph, tested
 * in Node.
 */
import pagerank from "graphology-metrics/centrality/pagerank";
import { EMPHASIZED_EDGE_SCALE, type ExplorerGraph } from "../graph-model/utils.ts";
import { baseNodeSize, sizesFromMetric } from "../layout/utils.ts";
import type { Subgraph } from "../filters/types.ts";
import type { SizeMetric } from "../state/types.ts";
import { EDGE_COLOR_FACT, EDGE_COLOR_UNCERTAIN, isUncertain, kindColor } from "./palette.ts";

/** Centrality per node: degree (all relationships, both directions) or PageRank. */
export function centrality(graph: ExplorerGraph, metric: SizeMetric): Map<string, number> {
  if (metric === "pagerank" && graph.size > 0) {
    return new Map(Object.entries(pagerank(graph, { getEdgeWeight: null })));
  }
  return new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
}

/** The `count` nodes with the highest values (ties broken by id, so the choice is stable). */
export function topNodes(values: Map<string, number>, count: number): Set<string> {
  const sorted = [...values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(sorted.slice(0, count).map(([id]) => id));
}

/** Sets node sizes (graph units), node colours by kind, and edge colours and dashes by modality. */
export function applyAppearance(graph: ExplorerGraph, metric: SizeMetric): void {
  const base = baseNodeSize(graph.order);
  const values = centrality(graph, metric);
  const sizes = sizesFromMetric(values, base);
  const important = topNodes(values, Math.max(5, Math.min(40, Math.round(graph.order * 0.15))));
  graph.updateEachNodeAttributes((id, attrs) => ({
    ...attrs,
    size: sizes.get(id) ?? base,
    color: kindColor(attrs.kind),
    important: important.has(id),
  }));
  const edgeSize = base * 0.11;
  graph.updateEachEdgeAttributes((_id, attrs) => {
    const uncertain = isUncertain(attrs.modality);
    return {
      ...attrs,
      size: edgeSize,
      emphasizedSize: edgeSize * EMPHASIZED_EDGE_SCALE,
      color: uncertain ? EDGE_COLOR_UNCERTAIN : EDGE_COLOR_FACT,
      dashSize: uncertain ? 4 : 0,
    };
  });
}

export interface HighlightInput {
  selection: string | null;
  hovered: string | null;
  result: Subgraph | null;
  /** The result wins over the selection's neighbourhood (the selection predates the result). */
  resultFirst?: boolean;
  /** Whether a hover dims everything outside its neighbourhood (default true; false on big drawn graphs). */
  dimOnHover?: boolean;
}

export interface HighlightSets {
  /** Whether everything not emphasised is dimmed. */
  active: boolean;
  nodes: Set<string>;
  edges: Set<string>;
}

/** A node and its direct neighbours, with the relationships between them and it. */
export function neighbourhood(graph: ExplorerGraph, node: string): Subgraph {
  if (!graph.hasNode(node)) return { nodes: new Set(), edges: new Set() };
  return { nodes: new Set([node, ...graph.neighbors(node)]), edges: new Set(graph.edges(node)) };
}

/**
 * What to emphasise: the hovered neighbourhood, else the selected one, else the query result (the
 * result before a selection made before it, `resultFirst`). With
 * `dimOthers` false (a result shown alone) the result is emphasised without dimming the rest.
 */
export function highlightSets(graph: ExplorerGraph, input: HighlightInput, dimOthers = true): HighlightSets {
  if (input.hovered && input.dimOnHover === false && graph.hasNode(input.hovered)) {
    // A big drawn graph: a hover adds its neighbourhood to what is emphasised and dims nothing, so it
    // changes the state of a few items, not of every one (a frame each hover, not a restyle of all).
    const base = highlightSets(graph, { ...input, hovered: null }, dimOthers);
    const near = neighbourhood(graph, input.hovered);
    return {
      active: base.active,
      nodes: new Set([...base.nodes, ...near.nodes]),
      edges: new Set([...base.edges, ...near.edges]),
    };
  }
  const focus = input.hovered ?? (input.result && input.resultFirst ? null : input.selection);
  if (focus && graph.hasNode(focus)) return { active: true, ...neighbourhood(graph, focus) };
  if (input.result) return { active: dimOthers, nodes: input.result.nodes, edges: input.result.edges };
  return { active: false, nodes: new Set(), edges: new Set() };
}
