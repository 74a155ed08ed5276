import { describe, expect, it } from "vitest";
import { toGraphology } from "../../../src/ui/graph-model/utils.ts";
import { radialLayout } from "../../../src/ui/layout/alternatives.ts";
import { LAYOUT_RADIUS } from "../../../src/ui/layout/utils.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const graph = toGraphology(model);

describe("alternative layouts", () => {
  it("puts the actor in the centre of the radial layout and its neighbours on the first ring", () => {
    const p = radialLayout(graph, "russia");
    expect(p.size).toBe(graph.order);
    expect(p.get("russia")).toEqual({ x: 0, y: 0 });
    const ring = (id: string) => Math.hypot(p.get(id)?.x ?? 0, p.get(id)?.y ?? 0);
    const first = graph.neighbors("russia").map(ring);
    const others = graph.filterNodes((id) => id !== "russia" && !graph.areNeighbors(id, "russia")).map(ring);
    expect(Math.max(...first)).toBeLessThan(Math.min(...others));
    expect(Math.max(...others)).toBeLessThanOrEqual(LAYOUT_RADIUS + 1e-9);
  });
});
