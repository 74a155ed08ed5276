/**
 * Camera moves: centre on one entity, or frame a set of entities (an ego network, a query result) so
 * that a filter or a query brings its subject into view without moving any node.
 */
import type { Renderer } from "./index.ts";

const DURATION = 400;

/** Animates the camera to a node, keeping the current zoom unless it is far out. */
export function centerOn(renderer: Renderer, node: string): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const ratio = Math.min(renderer.getCamera().getState().ratio, 0.8);
  void renderer.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: DURATION });
}

/** Frames the given nodes (all nodes when `nodes` is empty or covers the graph). */
export function frameNodes(renderer: Renderer, nodes: Iterable<string>): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let count = 0;
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    count++;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  const camera = renderer.getCamera();
  if (count === 0 || count >= renderer.getGraph().order) {
    const state = camera.getState();
    if (state.x !== 0.5 || state.y !== 0.5 || state.ratio !== 1) void camera.reset({ duration: DURATION });
    return;
  }
  const ratio = Math.min(1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.35));
  void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: DURATION });
}
