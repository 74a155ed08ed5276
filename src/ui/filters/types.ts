/**
 * Filter results: which entities and relationships the graph view hides, and the counts the status
 * bar and the filter panel show. Hiding happens in place (sigma's isHidden state), never by removing
 * items, so positions never jump.
 */

export interface VisibilityCounts {
  nodesShown: number;
  nodesTotal: number;
  edgesShown: number;
  edgesTotal: number;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  counts: VisibilityCounts;
}

/** A set of entities and relationships (an ego network, shortest paths, a query result). */
export interface Subgraph {
  nodes: Set<string>;
  edges: Set<string>;
}
