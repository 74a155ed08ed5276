/**
 * Alternative layout: radial around one actor (rings by hop distance, found with graphology-traversal's
 * breadth-first search), in the same units as the force layout (a disk of LAYOUT_RADIUS); the caller
 * keeps pinned (dragged) entities in place. The time layout is in time-scale.ts.
 * Pure, tested in Node.
 */
import { bfsFromNode } from "graphology-traversal";
import type { ExplorerGraph } from "../graph-model/utils.ts";
import { fnv1a, LAYOUT_RADIUS } from "./utils.ts";

export type Positions = Map<string, { x: number; y: number }>;

/** Rings around `center`: hop distance (either direction) sets the ring, unreached entities outermost. */
export function radialLayout(graph: ExplorerGraph, center: string): Positions {
  const depth = new Map<string, number>();
  if (graph.hasNode(center)) {
    bfsFromNode(graph, center, (node, _attrs, d) => void depth.set(node, d), { mode: "directed" });
  }
  const maxDepth = Math.max(0, ...depth.values());
  const rings = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const ring = depth.get(id) ?? maxDepth + 1;
    rings.set(ring, [...(rings.get(ring) ?? []), id]);
  });
  const count = Math.max(1, ...rings.keys());
  const out: Positions = new Map();
  for (const [ring, ids] of rings) {
    const radius = (ring / count) * LAYOUT_RADIUS;
    ids.sort((a, b) => fnv1a(a) - fnv1a(b));
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + ring * 0.37;
      out.set(id, ring === 0 ? { x: 0, y: 0 } : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return out;
}
