/**
 * Camera moves: centre on one entity, or frame a set of entities (an ego network, a query result) so
 * that a filter or a query brings its subject into view without moving any node. Both aim at the
 * free area of the view (free-area.ts): a panel laid over the graph does not hide the subject.
 */
import type { CameraState } from "sigma/types";
import type { Renderer } from "./index.ts";
import type { Box } from "./label-layout.ts";

const DURATION = 400;

/** The camera position that shows framed-graph point `p` at viewport point `at` with `ratio`. */
function aim(renderer: Renderer, p: { x: number; y: number }, at: { x: number; y: number }, ratio: number) {
  const state: CameraState = { x: p.x, y: p.y, ratio, angle: 0 };
  const q = renderer.viewportToFramedGraph(at, { cameraState: state });
  return { x: 2 * p.x - q.x, y: 2 * p.y - q.y, ratio };
}

function fullView(renderer: Renderer): Box {
  const { width, height } = renderer.getDimensions();
  return { x: 0, y: 0, width, height };
}

/** Animates the camera to a node (centred in `area`), keeping the current zoom unless it is far out. */
export function centerOn(renderer: Renderer, node: string, area: Box = fullView(renderer)): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const ratio = Math.min(renderer.getCamera().getState().ratio, 0.8);
  const at = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  void renderer.getCamera().animate(aim(renderer, data, at, ratio), { duration: DURATION });
}

/**
 * Frames the given nodes in `area`; with no nodes, or all of them, frames the whole graph (the
 * default camera when `area` is the whole view).
 */
export function frameNodes(
  renderer: Renderer,
  nodes: Iterable<string>,
  area: Box = fullView(renderer),
): void {
  const camera = renderer.getCamera();
  const view = fullView(renderer);
  const whole = area.width >= view.width && area.height >= view.height;
  let list = [...nodes];
  if (list.length === 0 || list.length >= renderer.getGraph().order) {
    if (whole) {
      const state = camera.getState();
      if (state.x !== 0.5 || state.y !== 0.5 || state.ratio !== 1) void camera.reset({ duration: DURATION });
      return;
    }
    list = renderer.getGraph().nodes();
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of list) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX === Infinity) return;
  const share = Math.min(area.width / view.width, area.height / view.height);
  const extent = Math.max(maxX - minX, maxY - minY) * 1.35;
  const ratio = Math.min(1.6, Math.max(0.12, extent / Math.max(share, 0.1)));
  const at = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const target = aim(renderer, { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, at, ratio);
  void camera.animate(target, { duration: DURATION });
}
