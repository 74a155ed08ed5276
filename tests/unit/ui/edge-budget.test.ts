/**
 * The overview's edge budget in Node: at most the budget is drawn, every entity keeps a relationship,
 * relationships between central entities come first, the rest is held under both ends and taken once.
 */
import { describe, expect, it } from "vitest";
import type { CompactGraph, CompactRelationship } from "../../../src/contract/api/overview.ts";
import { budgetEdges, createHeldEdges } from "../../../src/ui/overview/edge-budget.ts";

/** `n` entities ranked by index; relationships from a seeded generator, a few to entities not drawn. */
function overview(n: number, m: number): CompactGraph {
  let seed = 7;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  const nodes: CompactGraph["nodes"] = Array.from({ length: n }, (_, i) => [
    `e${i}`,
    0,
    `E ${i}`,
    i,
    -i,
    n - i,
    0,
    i,
  ]);
  const relationships: CompactRelationship[] = Array.from({ length: m }, (_, i) => {
    // Central entities take part in more relationships (the smaller of two draws).
    const source = Math.min(next(n), next(n));
    const target = i % 50 === 0 ? `outside${i}` : `e${next(n)}`;
    return [`r${i}`, 0, `e${source}`, target, 0, ""];
  });
  return { kinds: ["Person"], types: ["SUPPORTS"], modalities: ["asserted"], nodes, relationships };
}

const inside = (o: CompactGraph) => o.relationships.filter((r) => !r[3].startsWith("outside"));

describe("overview edge budget", () => {
  it("draws every relationship between drawn entities when they fit the budget", () => {
    const o = overview(50, 120);
    const { drawn, held } = budgetEdges(o, 1000);
    expect(drawn).toEqual(inside(o));
    expect(held.size).toBe(0);
  });

  describe.each([
    { n: 400, m: 3000, budget: 800 },
    { n: 400, m: 3000, budget: 400 },
    { n: 2000, m: 13000, budget: 2500 },
  ])("$m relationships among $n entities, budget $budget", ({ n, m, budget }) => {
    const o = overview(n, m);
    const { drawn, held } = budgetEdges(o, budget);
    const heldIds = new Set([...held.values()].flat().map((r) => r[0]));

    it("draws at most the budget and holds back the rest, each relationship once", () => {
      expect(drawn.length).toBe(budget);
      const drawnIds = new Set(drawn.map((r) => r[0]));
      expect([...heldIds].filter((id) => drawnIds.has(id))).toEqual([]);
      expect(drawnIds.size + heldIds.size).toBe(inside(o).length);
    });

    it("keeps the overview's order among the relationships drawn", () => {
      const order = new Map(o.relationships.map((r, i) => [r[0], i]));
      const at = drawn.map((r) => order.get(r[0])!);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    });

    it("holds a relationship under both of its ends", () => {
      const under = new Map([...held].map(([id, rows]) => [id, new Set(rows.map((r) => r[0]))]));
      for (const [id, rows] of held) for (const r of rows) expect([r[2], r[3]]).toContain(id);
      for (const r of inside(o)) {
        if (!heldIds.has(r[0])) continue;
        expect(under.get(r[2])?.has(r[0])).toBe(true);
        expect(under.get(r[3])?.has(r[0])).toBe(true);
      }
    });

    it("leaves no entity without a drawn relationship while the budget allows one each", () => {
      const linked = new Set(inside(o).flatMap((r) => [r[2], r[3]]));
      const drawnEnds = new Set(drawn.flatMap((r) => [r[2], r[3]]));
      const alone = [...linked].filter((id) => !drawnEnds.has(id));
      if (budget >= n) expect(alone).toEqual([]);
      // With fewer relationships than entities, the least central go without.
      else expect(Math.min(...alone.map((id) => Number(id.slice(1))))).toBeGreaterThan(n / 4);
    });

    it("prefers relationships between central entities after the backbone", () => {
      const weight = (r: CompactRelationship) => Math.max(Number(r[2].slice(1)), Number(r[3].slice(1)));
      const drawnWeights = drawn.map(weight).sort((a, b) => a - b);
      const heldWeights = inside(o)
        .filter((r) => heldIds.has(r[0]))
        .map(weight);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      expect(median(drawnWeights)).toBeLessThan(median(heldWeights));
    });

    it("chooses the same relationships every time", () => {
      expect(budgetEdges(o, budget).drawn).toEqual(drawn);
    });
  });

  it("hands each held relationship out once, whichever end asks first", () => {
    const o = overview(100, 800);
    const { held } = budgetEdges(o, 150);
    const keep = new Map([...held].map(([id, rows]) => [id, [...rows]]));
    const heldEdges = createHeldEdges(held);
    const [a, rows] = [...keep].sort((x, y) => y[1].length - x[1].length)[0]!;
    const first = heldEdges.take(a);
    expect(first).toEqual(rows);
    expect(heldEdges.take(a)).toEqual([]);
    const other = first.find((r) => r[2] !== r[3])!;
    const b = other[2] === a ? other[3] : other[2];
    const second = heldEdges.take(b);
    expect(second.map((r) => r[0])).not.toContain(other[0]);
    expect(second).toEqual(keep.get(b)!.filter((r) => !first.includes(r)));
  });
});
