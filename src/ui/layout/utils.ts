/**
 * Layout helpers: deterministic seeds and budgets so that the same graph always gets the same
 * picture. Initial positions come from a hash of each node id (never Math.random) and the number of
 * ForceAtlas2 iterations depends only on the graph's size.
 */
import { inferSettings, type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(value: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A position in the disk of LAYOUT_RADIUS derived from the id alone. */
export function seedPosition(id: string): { x: number; y: number } {
  const angle = (fnv1a(id) / 0x100000000) * 2 * Math.PI;
  const radius = LAYOUT_RADIUS * Math.sqrt(fnv1a(id, 0x9747b28c) / 0x100000000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * ForceAtlas2 settings: strong gravity keeps the small disconnected stories (a summit, a policy) near
 * the main component; outbound attraction distribution spreads hubs such as NATO or the USA.
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...inferSettings(order),
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 20,
    slowDown: 2,
    outboundAttractionDistribution: true,
    barnesHutOptimize: order > 500,
  };
}

/** ForceAtlas2 iterations for a graph of `order` nodes: fewer for big graphs, always the same. */
export function layoutIterations(order: number): number {
  if (order <= 200) return 500;
  if (order <= 2000) return 250;
  if (order <= 20000) return 80;
  return 30;
}

/**
 * Radius of the laid-out graph, in graph units. Sizes are expressed in the same units; 100 rather than 1
 * because sigma 4's dashed-edge layer measures dashes in these units and drops any under 0.1.
 */
export const LAYOUT_RADIUS = 100;

/** Rescales positions so that they are centred and fit in a disk of LAYOUT_RADIUS. */
export function normalizePositions(
  positions: Map<string, { x: number; y: number }>,
): Map<string, { x: number; y: number }> {
  if (positions.size === 0) return new Map();
  let cx = 0;
  let cy = 0;
  for (const p of positions.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= positions.size;
  cy /= positions.size;
  let radius = 0;
  for (const p of positions.values()) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  const scale = radius > 0 ? LAYOUT_RADIUS / radius : 1;
  return new Map([...positions].map(([id, p]) => [id, { x: (p.x - cx) * scale, y: (p.y - cy) * scale }]));
}

/** Base node radius, in graph units (layout of LAYOUT_RADIUS), for a graph of `order` nodes. */
export function baseNodeSize(order: number): number {
  return LAYOUT_RADIUS * Math.min(0.04, 0.1 * Math.sqrt(Math.PI / Math.max(order, 1)));
}

/** Sizes from a centrality (degree or PageRank): square-root scaled between 0.6 and 2 times `base`. */
export function sizesFromMetric(values: Map<string, number>, base: number): Map<string, number> {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const sizes = new Map<string, number>();
  for (const [id, v] of values) {
    const t = max > 0 ? Math.sqrt(v / max) : 0;
    sizes.set(id, base * (0.6 + 1.4 * t));
  }
  return sizes;
}
