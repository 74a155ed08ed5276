import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { toGraphology } from "../../../src/ui/graph-model/utils.ts";
import { seedPositions } from "../../../src/ui/layout/index.ts";
import {
  baseNodeSize,
  fnv1a,
  LAYOUT_RADIUS,
  layoutIterations,
  layoutSettings,
  normalizePositions,
  seedPosition,
  sizesFromMetric,
} from "../../../src/ui/layout/utils.ts";
import { seedModel } from "./seed-model.ts";

describe("layout determinism", () => {
  it("hashes ids with FNV-1a (known vectors)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("seeds each node from its id alone, inside the layout disk", () => {
    for (const id of ["china", "russia", "ramstein-meeting-2024-10-12"]) {
      const p = seedPosition(id);
      expect(seedPosition(id)).toEqual(p);
      expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(LAYOUT_RADIUS);
    }
    expect(seedPosition("china")).not.toEqual(seedPosition("russia"));
  });

  it("gives the seed graph the same ForceAtlas2 layout twice (same seeds, same iterations)", () => {
    const run = () => {
      const graph = toGraphology(seedModel());
      seedPositions(graph);
      forceAtlas2.assign(graph, {
        iterations: layoutIterations(graph.order),
        settings: layoutSettings(graph.order),
      });
      return graph.mapNodes((id, a) => [id, a.x, a.y]);
    };
    expect(run()).toEqual(run());
  });

  it.each([
    [50, 500],
    [1000, 250],
    [10000, 80],
    [50000, 30],
  ])("runs a fixed number of iterations for %i nodes", (order, iterations) => {
    expect(layoutIterations(order)).toBe(iterations);
  });

  it("centres positions and fits them in the layout disk", () => {
    const out = normalizePositions(
      new Map([
        ["a", { x: 10, y: 10 }],
        ["b", { x: 30, y: 10 }],
      ]),
    );
    expect(out.get("a")).toEqual({ x: -LAYOUT_RADIUS, y: 0 });
    expect(out.get("b")).toEqual({ x: LAYOUT_RADIUS, y: 0 });
  });

  it("sizes nodes in graph units, bigger for more central ones, smaller for bigger graphs", () => {
    const sizes = sizesFromMetric(
      new Map([
        ["hub", 10],
        ["leaf", 1],
        ["alone", 0],
      ]),
      2,
    );
    expect(sizes.get("hub")).toBeCloseTo(4);
    expect(sizes.get("alone")).toBeCloseTo(1.2);
    expect(sizes.get("leaf") ?? 0).toBeGreaterThan(1.2);
    expect(baseNodeSize(10000)).toBeLessThan(baseNodeSize(50));
    expect(baseNodeSize(1)).toBeLessThanOrEqual(0.04 * LAYOUT_RADIUS);
  });
});
