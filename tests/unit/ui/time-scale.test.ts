import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ExplorerGraph } from "../../../src/ui/graph-model/utils.ts";
import { toGraphology } from "../../../src/ui/graph-model/utils.ts";
import {
  ROW,
  axisTicks,
  firstDates,
  timeLayout,
  timeOfX,
  xOfTime,
} from "../../../src/ui/layout/time-scale.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const graph = toGraphology(model);
const DAY = 86_400_000;

describe("time layout on a date scale", () => {
  const { positions: p, scale } = timeLayout(graph, model);
  const first = firstDates(model);

  it("places every entity, x linear in the date of its first relationship", () => {
    expect(p.size).toBe(graph.order);
    for (const [id, t] of first) expect(p.get(id)!.x).toBeCloseTo(xOfTime(scale, t), 6);
    // Linear: equal spans of time are equal distances, whatever lies between.
    const a = Date.UTC(2017, 0, 1);
    const b = Date.UTC(2018, 0, 1);
    const c = Date.UTC(2019, 0, 1);
    expect(xOfTime(scale, c) - xOfTime(scale, b)).toBeCloseTo(xOfTime(scale, b) - xOfTime(scale, a), 6);
    expect(timeOfX(scale, xOfTime(scale, a))).toBeCloseTo(a, 0);
  });

  it("spans the first dates of the seed's entities, from 2016 to October 2024", () => {
    expect(new Date(scale.t0).toISOString().slice(0, 7)).toBe("2016-01");
    expect(new Date(scale.t1).toISOString().slice(0, 10)).toBe("2024-10-01");
    expect(scale.undatedX).toBeNull();
  });

  it("stacks entities of the same date in a column that does not overlap", () => {
    const october = [...p].filter(([id]) => new Date(first.get(id)!).toISOString().startsWith("2024-10-01"));
    expect(october.length).toBeGreaterThan(20);
    const ys = october.map(([, q]) => q.y).sort((x, y) => x - y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(ROW - 1e-9);
    // The axis is wide enough for the tallest column at a landscape aspect ratio.
    const height =
      Math.max(...[...p.values()].map((q) => q.y)) - Math.min(...[...p.values()].map((q) => q.y));
    expect((scale.x1 - scale.x0) / height).toBeGreaterThan(1.4);
  });

  it("puts undated entities in their own band left of the axis", () => {
    const g: ExplorerGraph = graph.copy();
    g.addNode("lonely", {
      x: 0,
      y: 0,
      size: 1,
      color: "#000",
      label: "Lonely",
      kind: "Person",
      important: false,
    });
    g.addNode("alone", {
      x: 0,
      y: 0,
      size: 1,
      color: "#000",
      label: "Alone",
      kind: "Person",
      important: false,
    });
    const { positions, scale: s } = timeLayout(g, model);
    expect(s.undatedX).not.toBeNull();
    expect(s.undatedX!).toBeLessThan(s.x0);
    expect(positions.get("lonely")!.x).toBe(s.undatedX);
    expect(positions.get("alone")!.x).toBe(s.undatedX);
    expect(Math.abs(positions.get("lonely")!.y - positions.get("alone")!.y)).toBe(ROW);
  });

  it("handles a graph with no dates at all", () => {
    const g: ExplorerGraph = new MultiDirectedGraph();
    g.addNode("a", { x: 0, y: 0, size: 1, color: "#000", label: "A", kind: "Person", important: false });
    const { positions, scale: s } = timeLayout(g, { entities: new Map(), relationships: new Map() });
    expect(positions.get("a")).toEqual({ x: s.undatedX, y: 0 });
  });
});

describe("time axis ticks", () => {
  const from = Date.UTC(2016, 0, 1);
  const to = Date.UTC(2024, 10, 5);

  it("labels years when zoomed out", () => {
    const ticks = axisTicks(from, to, 1000 / (to - from));
    expect(ticks.map((t) => t.label)).toEqual([
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it("labels months, then days, as the zoom grows, never closer than the minimum gap", () => {
    const months = axisTicks(Date.UTC(2024, 6, 15), Date.UTC(2024, 10, 20), 80 / (30 * DAY));
    expect(months.map((t) => t.label)).toEqual(["Aug 2024", "Sep 2024", "Oct 2024", "Nov 2024"]);
    const days = axisTicks(Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 4), 100 / DAY);
    expect(days.map((t) => t.label)).toEqual(["1 Oct 2024", "2 Oct 2024", "3 Oct 2024", "4 Oct 2024"]);
    for (const pxPerMs of [1e-9, 1e-8, 1e-7, 1e-6]) {
      const ticks = axisTicks(from, to, pxPerMs);
      for (let i = 1; i < ticks.length; i++)
        expect((ticks[i]!.t - ticks[i - 1]!.t) * pxPerMs).toBeGreaterThanOrEqual(55);
    }
  });

  it("draws nothing for an empty or inverted span", () => {
    expect(axisTicks(to, from, 1)).toEqual([]);
    expect(axisTicks(from, to, 0)).toEqual([]);
  });
});
