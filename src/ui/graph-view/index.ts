/**
 * Graph view: the sigma 4 renderer over the explorer graph, its mouse events, and a small API the
 * controllers use (hide, emphasise, move the camera). It renders nothing itself beyond sigma.
 */
import Sigma from "sigma";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph-model/utils.ts";
import { installPickingSkip } from "./picking-controller.ts";
import {
  CUSTOM_EDGE_STATE,
  CUSTOM_NODE_STATE,
  LARGE_GRAPH_EDGES,
  LARGE_GRAPH_PRIMITIVES,
  LARGE_GRAPH_SETTINGS,
  LARGE_GRAPH_STYLES,
  PRIMITIVES,
  SETTINGS,
  STYLES,
} from "./sigma-config.ts";

export interface GraphViewEvents {
  clickNode: (id: string) => void;
  clickStage: () => void;
  hoverNode: (id: string | null) => void;
}

type NodeState = typeof CUSTOM_NODE_STATE;
type EdgeState = typeof CUSTOM_EDGE_STATE;

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, object, NodeState, EdgeState>;

/**
 * Creates the renderer and wires its events. `large` (default: more than LARGE_GRAPH_EDGES
 * relationships) selects the cheap primitives and settings of big graphs.
 */
export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  events: GraphViewEvents,
  options: { large?: boolean } = {},
): Renderer {
  const large = options.large ?? graph.size > LARGE_GRAPH_EDGES;
  const renderer: Renderer = new Sigma(graph, container, {
    primitives: large ? LARGE_GRAPH_PRIMITIVES : PRIMITIVES,
    styles: large ? LARGE_GRAPH_STYLES : STYLES,
    settings: large ? { ...SETTINGS, ...LARGE_GRAPH_SETTINGS } : SETTINGS,
    customNodeState: CUSTOM_NODE_STATE,
    customEdgeState: CUSTOM_EDGE_STATE,
  });
  // Frames of a big graph that move nothing skip sigma's picking pass.
  if (large) installPickingSkip(renderer);
  renderer.on("clickNode", ({ node }) => events.clickNode(node));
  renderer.on("clickStage", () => events.clickStage());
  renderer.on("enterNode", ({ node }) => events.hoverNode(node));
  renderer.on("leaveNode", () => events.hoverNode(null));
  return renderer;
}
