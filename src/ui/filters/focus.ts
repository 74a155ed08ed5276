/**
 * Focus subgraphs: the ego network of some actors (every entity within `depth` hops, ignoring
 * direction) and the union of all shortest paths between two actors. Computed on the relationships
 * the other filters let through, so "Russia's THREATENS network" means what it says.
 */
import type { RelationshipRecord } from "../../contract/records.ts";
import type { Subgraph } from "./types.ts";

type Adjacency = Map<string, { edge: string; other: string }[]>;

/** Undirected adjacency of the given relationships. */
export function adjacency(relationships: Iterable<RelationshipRecord>): Adjacency {
  const adj: Adjacency = new Map();
  const add = (from: string, edge: string, other: string) => {
    const list = adj.get(from) ?? [];
    list.push({ edge, other });
    adj.set(from, list);
  };
  for (const rel of relationships) {
    add(rel.source, rel.id, rel.target);
    if (rel.source !== rel.target) add(rel.target, rel.id, rel.source);
  }
  return adj;
}

/** Hop distances from `start` (breadth-first, undirected). */
export function distances(adj: Adjacency, start: string, maxDepth = Infinity): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of adj.get(node) ?? []) {
        if (dist.has(other)) continue;
        dist.set(other, depth);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Entities within `depth` hops of any actor, and the relationships among them. */
export function egoNetwork(relationships: RelationshipRecord[], actors: string[], depth: number): Subgraph {
  const adj = adjacency(relationships);
  const nodes = new Set<string>();
  for (const actor of actors) for (const id of distances(adj, actor, depth).keys()) nodes.add(id);
  const edges = new Set(
    relationships.filter((r) => nodes.has(r.source) && nodes.has(r.target)).map((r) => r.id),
  );
  return { nodes, edges };
}

/** Every entity and relationship on a shortest path between `from` and `to` (empty when unconnected). */
export function shortestPaths(relationships: RelationshipRecord[], from: string, to: string): Subgraph {
  const adj = adjacency(relationships);
  const df = distances(adj, from);
  const total = df.get(to);
  if (total === undefined) return { nodes: new Set([from, to]), edges: new Set() };
  const dt = distances(adj, to);
  const on = (id: string) => (df.get(id) ?? Infinity) + (dt.get(id) ?? Infinity) === total;
  const nodes = new Set([...df.keys()].filter(on));
  const edges = new Set<string>();
  for (const r of relationships) {
    const a = df.get(r.source);
    const b = dt.get(r.target);
    const c = df.get(r.target);
    const d = dt.get(r.source);
    const forward = a !== undefined && b !== undefined && a + 1 + b === total;
    const backward = c !== undefined && d !== undefined && c + 1 + d === total;
    if (forward || backward) edges.add(r.id);
  }
  return { nodes, edges };
}
