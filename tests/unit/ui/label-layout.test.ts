import { describe, expect, it } from "vitest";
import { freeArea } from "../../../src/ui/graph-view/free-area.ts";
import {
  labelBox,
  overlaps,
  pickLabels,
  type LabelCandidate,
} from "../../../src/ui/graph-view/label-layout.ts";

const VIEW = { x: 0, y: 0, width: 800, height: 600 };
const node = (id: string, x: number, y: number, priority = 1, width = 80): LabelCandidate => ({
  id,
  priority,
  circle: { x, y, radius: 8 },
  width,
  height: 16,
  margin: 2,
});

describe("label layout", () => {
  it("draws every label when nothing is close", () => {
    const placed = pickLabels([node("a", 100, 100), node("b", 400, 300), node("c", 600, 500)], VIEW);
    expect([...placed.keys()].sort()).toEqual(["a", "b", "c"]);
    expect([...placed.values()].every((p) => p.side === "right")).toBe(true);
  });

  it("moves a label to another side instead of overlapping a neighbour's", () => {
    // "United States" right above "President of the United States": same row, right sides collide.
    const placed = pickLabels([node("us", 300, 300, 5, 100), node("potus", 330, 305, 1, 200)], VIEW);
    expect(placed.size).toBe(2);
    const [a, b] = [placed.get("us"), placed.get("potus")];
    expect(a && b && overlaps(a.box, b.box)).toBe(false);
  });

  it("never keeps two overlapping labels or a label over another entity, whatever the crowd", () => {
    const crowd: LabelCandidate[] = [];
    for (let i = 0; i < 120; i++)
      crowd.push(node(`n${i}`, 50 + ((i * 37) % 700), 40 + ((i * 53) % 520), i % 7));
    const placed = [...pickLabels(crowd, VIEW)];
    expect(placed.length).toBeGreaterThan(10);
    for (const [id, { box }] of placed) {
      for (const [other, p] of placed) if (other !== id) expect(overlaps(box, p.box)).toBe(false);
      for (const c of crowd) {
        if (c.id === id) continue;
        const { x, y, radius } = c.circle;
        const nx = Math.max(box.x, Math.min(x, box.x + box.width));
        const ny = Math.max(box.y, Math.min(y, box.y + box.height));
        expect((nx - x) ** 2 + (ny - y) ** 2).toBeGreaterThanOrEqual(radius ** 2);
      }
    }
  });

  it("gives the higher priority (the selection, the chosen actors) the label when two compete", () => {
    const a = node("a", 300, 300, 1, 300);
    const b = node("b", 300, 330, 9, 300);
    const wide = { ...VIEW, width: 700 };
    const placed = pickLabels([a, { ...b, circle: { ...b.circle, x: 305, y: 300 } }], wide);
    expect(placed.has("b")).toBe(true);
  });

  it("keeps labels inside the view and off the legend", () => {
    const legend = { x: 0, y: 500, width: 300, height: 100 };
    const placed = pickLabels([node("edge", 790, 20), node("low", 100, 540), node("ok", 400, 300)], VIEW, [
      legend,
    ]);
    expect(placed.get("edge")?.side).toBe("left");
    expect(placed.has("low")).toBe(false);
    expect(placed.has("ok")).toBe(true);
  });

  it.each(["right", "left", "below", "above"] as const)(
    "puts a %s label next to, not on, its node",
    (side) => {
      const c = node("a", 200, 200);
      const box = labelBox(c, side);
      const { x, y, radius } = c.circle;
      const nx = Math.max(box.x, Math.min(x, box.x + box.width));
      const ny = Math.max(box.y, Math.min(y, box.y + box.height));
      expect(Math.hypot(nx - x, ny - y)).toBeGreaterThanOrEqual(radius);
    },
  );
});

describe("free area", () => {
  it("is the whole view when no panel covers it", () => {
    expect(freeArea(VIEW, [])).toEqual(VIEW);
  });

  it("is the part above a bottom sheet", () => {
    expect(freeArea(VIEW, [{ x: 0, y: 300, width: 800, height: 300 }])).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 300,
    });
  });

  it("is the part beside a side panel and above the console", () => {
    const area = freeArea(VIEW, [
      { x: 0, y: 0, width: 300, height: 330 },
      { x: 0, y: 330, width: 800, height: 270 },
    ]);
    expect(area).toEqual({ x: 300, y: 0, width: 500, height: 330 });
  });

  it("falls back to the whole view when panels leave almost nothing", () => {
    expect(freeArea(VIEW, [{ x: 0, y: 0, width: 750, height: 600 }])).toEqual(VIEW);
  });
});
