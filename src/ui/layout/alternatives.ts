/**
 * Alternative layouts: radial around one actor (rings by hop distance, found with
 * graphology-traversal's breadth-first search) and time-ordered (x follows the earliest date of an entity's
 * relationships, undated entities in a column on the left). Both return positions in the same units
 * as the force layout (a disk of LAYOUT_RADIUS); the caller keeps pinned (dragged) entities in place.
 * Pure, tested in Node.
 */
import { bfsFromNode } from "graphology-traversal";
import type { GraphModel } from "../graph-model/types.ts";
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

/** x follows the order of each entity's earliest dated relationship; y spreads entities of the same date. */
export function timeLayout(graph: ExplorerGraph, model: GraphModel): Positions {
  const first = new Map<string, number>();
  for (const r of model.relationships.values()) {
    const day = r.date_from ?? r.date_to;
    if (!day) continue;
    const t = Date.parse(day.length === 7 ? `${day}-01` : day);
    if (Number.isNaN(t)) continue;
    for (const id of [r.source, r.target]) first.set(id, Math.min(first.get(id) ?? Infinity, t));
  }
  const out: Positions = new Map();
  const undated: string[] = [];
  const columns = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const t = first.get(id);
    if (t === undefined) return void undated.push(id);
    // Columns by rank in time, not raw time: a few old claims must not squeeze the month most of the
    // news is in into one column.
    columns.set(t, [...(columns.get(t) ?? []), id]);
  });
  const ordered = [...columns.keys()].sort((a, b) => a - b);
  const place = (ids: string[], x: number) => {
    ids.sort((a, b) => a.localeCompare(b));
    ids.forEach((id, i) => out.set(id, { x, y: (i - (ids.length - 1) / 2) * (LAYOUT_RADIUS / 12) }));
  };
  place(undated, -LAYOUT_RADIUS * 1.2);
  ordered.forEach((key, i) => {
    const x = ordered.length > 1 ? -LAYOUT_RADIUS + (2 * LAYOUT_RADIUS * i) / (ordered.length - 1) : 0;
    place(columns.get(key) ?? [], x);
  });
  return out;
}
