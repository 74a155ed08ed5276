/**
 * Details asked before the server's index of the graph's shape is read (the first seconds of a big
 * graph) are paged by the engine instead: they must be the very same answer (the same page of
 * relationships, the same total, the same names of speakers and conditions) as once the index is there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeDetailsResponse } from "../../src/contract/api/nodes.ts";
import { EmbeddedEngine } from "../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { ExplorerService } from "../../src/server/explorer-service.ts";

const graph = loadGraphData();
let engine: EmbeddedEngine;
let warm: ExplorerService;

beforeAll(async () => {
  engine = EmbeddedEngine.create();
  await engine.load(graph);
  warm = new ExplorerService(engine);
  await warm.overview.graphIndex();
});

afterAll(async () => {
  await engine?.close();
});

/** The answer with its relationships in id order (ties in the panel's order may fall either way). */
const canonical = (d: NodeDetailsResponse) => ({
  ...d,
  relationships: [...d.relationships].sort((a, b) => (a.id < b.id ? -1 : 1)),
});

const degree = new Map<string, number>();
for (const r of graph.relationships) {
  degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
  if (r.target !== r.source) degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
}
const hubs = [...degree].sort((a, b) => b[1] - a[1]).slice(0, 3);

describe("details before the index is read", () => {
  it.each(graph.entities.map((e) => e.id))("%s: the same answer as with the index", async (id) => {
    const cold = new ExplorerService(engine);
    expect(cold.overview.readyIndex()).toBeNull();
    const before = await cold.details(id);
    expect(canonical(before)).toEqual(canonical(await warm.details(id)));
  });

  it.each(hubs)("%s (%i relationships): the same pages, with the same total", async (id, total) => {
    for (const [limit, offset] of [
      [3, 0],
      [3, 2],
      [5, total - 2],
    ] as const) {
      const cold = new ExplorerService(engine);
      const before = await cold.details(id, limit, offset);
      const after = await warm.details(id, limit, offset);
      expect(before.total).toBe(total);
      expect(canonical(before), `limit ${limit}, offset ${offset}`).toEqual(canonical(after));
    }
  });
});
