/**
 * Edge budget of an overview: which of its relationships sigma draws at once. Every relationship
 * in sigma's graph costs each frame its share of the edge program (about 25 µs apiece in software
 * WebGL here, hidden or not), and a hover, a selection or an expand is one whole frame; 13,000
 * relationships among the 2,000 most central entities made each of those frames 300–450 ms. So the
 * overview draws a backbone of at most OVERVIEW_EDGE_BUDGET: first, for each entity, one relationship
 * to a more central one (no entity is drawn alone that has a relationship in the overview); then the
 * relationships between the most central entities. The rest are held back, per entity, and drawn
 * when one of their ends is hovered or selected (src/ui/overview/index.ts). Pure, tested in Node.
 */
import type { CompactGraph, CompactRelationship } from "../../contract/api/overview.ts";

/** Relationships of an overview that sigma draws at once (the rest on hover or selection). */
export const OVERVIEW_EDGE_BUDGET = 2500;

export interface EdgeBudget {
  /** The relationships to draw now, in the overview's order. */
  drawn: CompactRelationship[];
  /** The relationships held back, under each of their two ends. */
  held: Map<string, CompactRelationship[]>;
}

/**
 * Splits the relationships between entities of `compact` into those drawn at once (at most `budget`)
 * and those held back. An entity's rank is its place in the overview (0: the most central).
 */
export function budgetEdges(compact: CompactGraph, budget: number): EdgeBudget {
  const rank = new Map(compact.nodes.map((n) => [n[0], n[7]]));
  const rows = compact.relationships.filter((r) => rank.has(r[2]) && rank.has(r[3]));
  if (rows.length <= budget) return { drawn: rows, held: new Map() };
  // A relationship matters as much as its less central end; ties by id, so the choice is stable.
  const weight = (r: CompactRelationship): number => Math.max(rank.get(r[2])!, rank.get(r[3])!);
  const sorted = [...rows].sort((a, b) => weight(a) - weight(b) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const chosen = new Set<string>();
  const covered = new Set<string>();
  // The backbone: an entity's first relationship in this order leads to a more central entity.
  for (const r of sorted) {
    if (chosen.size >= budget) break;
    if (covered.has(r[2]) && covered.has(r[3])) continue;
    chosen.add(r[0]);
    covered.add(r[2]);
    covered.add(r[3]);
  }
  for (const r of sorted) {
    if (chosen.size >= budget) break;
    chosen.add(r[0]);
  }
  const drawn: CompactRelationship[] = [];
  const held = new Map<string, CompactRelationship[]>();
  const hold = (id: string, r: CompactRelationship): void => {
    const list = held.get(id);
    if (list) list.push(r);
    else held.set(id, [r]);
  };
  for (const r of rows) {
    if (chosen.has(r[0])) drawn.push(r);
    else {
      hold(r[2], r);
      if (r[3] !== r[2]) hold(r[3], r);
    }
  }
  return { drawn, held };
}

/** The held-back relationships of an overview, taken out (to be drawn) per entity, each once. */
export function createHeldEdges(held: Map<string, CompactRelationship[]>) {
  /** Held relationships taken out, by id. */
  const out = new Set<string>();
  return {
    /** Takes the relationships of `id` still held back (they are drawn from now on). */
    take(id: string): CompactRelationship[] {
      const rows = (held.get(id) ?? []).filter((r) => !out.has(r[0]));
      held.delete(id);
      for (const r of rows) out.add(r[0]);
      return rows;
    },
  };
}

export type HeldEdges = ReturnType<typeof createHeldEdges>;
