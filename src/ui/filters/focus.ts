/**
 * Focus subgraphs: the ego network of some actors (every entity within `depth` hops, ignoring
 * direction) and the union of all shortest paths between two actors. Computed on the relationships
 * the other filters let through, so "Russia's THREATENS network" means what it says, with graphology's
 * traversal and shortest-path libraries on a graph of just those relationships.
 */
import { MultiDirectedGraph } from "graphology";
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";
import { bfsFromNode } from "graphology-traversal";
import type { RelationshipRecord } from "../../contract/records.ts";
import type { Subgraph } from "./types.ts";

/** A graph of the given relationships and their ends. */
function graphOf(relationships: Iterable<RelationshipRecord>): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const rel of relationships) {
    graph.mergeNode(rel.source);
    graph.mergeNode(rel.target);
    graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target);
  }
  return graph;
}

/** Entities within `depth` hops of any actor, and the relationships among them. */
export function egoNetwork(relationships: RelationshipRecord[], actors: string[], depth: number): Subgraph {
  const graph = graphOf(relationships);
  const nodes = new Set<string>();
  for (const actor of actors) {
    nodes.add(actor);
    if (!graph.hasNode(actor)) continue;
    bfsFromNode(
      graph,
      actor,
      (node, _attributes, hops) => {
        nodes.add(node);
        return hops >= depth;
      },
      // "directed": along directed edges both ways, i.e. ignoring direction.
      { mode: "directed" },
    );
  }
  const edges = new Set(
    relationships.filter((r) => nodes.has(r.source) && nodes.has(r.target)).map((r) => r.id),
  );
  return { nodes, edges };
}

/** Every entity and relationship on a shortest path between `from` and `to` (empty when unconnected). */
export function shortestPaths(relationships: RelationshipRecord[], from: string, to: string): Subgraph {
  const graph = graphOf(relationships);
  const unconnected = { nodes: new Set([from, to]), edges: new Set<string>() };
  if (!graph.hasNode(from) || !graph.hasNode(to)) return unconnected;
  const df = undirectedSingleSourceLength(graph, from);
  const total = df[to];
  if (total === undefined) return unconnected;
  const dt = undirectedSingleSourceLength(graph, to);
  const on = (id: string) => (df[id] ?? Infinity) + (dt[id] ?? Infinity) === total;
  const nodes = new Set(Object.keys(df).filter(on));
  const edges = new Set<string>();
  for (const r of relationships) {
    const forward = (df[r.source] ?? Infinity) + 1 + (dt[r.target] ?? Infinity) === total;
    const backward = (df[r.target] ?? Infinity) + 1 + (dt[r.source] ?? Infinity) === total;
    if (forward || backward) edges.add(r.id);
  }
  return { nodes, edges };
}
