/**
 * Visibility controller: translates the filters' hidden sets into sigma's `isHidden` node and edge
 * states. Items are hidden in place, so positions never move when a filter changes.
 */
import type { Visibility } from "../filters/types.ts";
import type { Renderer } from "./index.ts";

/** Applies hidden sets to the renderer (only the items whose state changes). */
export function applyVisibility(renderer: Renderer, visibility: Visibility): void {
  const graph = renderer.getGraph();
  const show: string[] = [];
  const hide: string[] = [];
  graph.forEachNode((id) => {
    const hidden = visibility.hiddenNodes.has(id);
    if (renderer.getNodeState(id).isHidden !== hidden) (hidden ? hide : show).push(id);
  });
  if (show.length) renderer.setNodesState(show, { isHidden: false });
  if (hide.length) renderer.setNodesState(hide, { isHidden: true });
  const showEdges: string[] = [];
  const hideEdges: string[] = [];
  graph.forEachEdge((id) => {
    const hidden = visibility.hiddenEdges.has(id);
    if (renderer.getEdgeState(id).isHidden !== hidden) (hidden ? hideEdges : showEdges).push(id);
  });
  if (showEdges.length) renderer.setEdgesState(showEdges, { isHidden: false });
  if (hideEdges.length) renderer.setEdgesState(hideEdges, { isHidden: true });
}
