/**
 * Sigma configuration: the v4 primitives (what the WebGL programs can draw: circles, straight and
 * curved edges, arrows, a dashed layer) and the style rules that turn graph attributes and our
 * states (dimmed, emphasised, selected) into visuals. Sizes are in graph-position units
 * (`itemSizesReference: "positions"`), which sigma 4 draws correctly on our layout (see LAYOUT_RADIUS).
 */
import { DEFAULT_STYLES } from "sigma";
import type { Settings } from "sigma/settings";
import type { SigmaOptions } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../graph-model/utils.ts";
import {
  extremityArrow,
  layerDashed,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  pathLoop,
  sdfCircle,
} from "sigma/rendering";
import { labelText } from "./label-text.ts";
import { EDGE_COLOR_DIMMED, NODE_COLOR_DIMMED, STAGE_BACKGROUND } from "./palette.ts";

/** Label font sizes in pixels (the label controller measures labels with them). */
export const LABEL_SIZE = 12;
export const SELECTED_LABEL_SIZE = 15;

/** Our per-node states, beside sigma's own (isHovered, isHidden, isHighlighted…). */
export const CUSTOM_NODE_STATE = {
  isDimmed: false,
  isEmphasized: false,
  isSelected: false,
  /** Set by the label controller: whether the label is drawn, and on which side of the node. */
  showLabel: false,
  labelSide: "right" as "right" | "left" | "below" | "above",
};
/** Our per-edge states. */
export const CUSTOM_EDGE_STATE = { isDimmed: false, isEmphasized: false, showLabel: false };

export const PRIMITIVES = {
  // Emphasised edges (and their labels) above dimmed nodes, emphasised nodes above everything.
  depthLayers: ["edges", "nodes", "topEdges", "topNodes"],
  nodes: {
    shapes: [sdfCircle()],
    layers: [layerFill()],
    label: { font: { family: "system-ui, sans-serif" }, margin: 4 },
  },
  edges: {
    paths: [pathLine(), pathCurved({ curvature: 0.25 }), pathLoop()],
    // Heads a little larger than sigma's default so that they read on 1-pixel edges.
    extremities: [extremityArrow({ lengthRatio: 6, widthRatio: 5 })],
    variables: { dashSize: { type: "number", default: 0 } },
    layers: [
      layerPlain(),
      layerDashed({
        dashSize: { attribute: "dashSize", mode: "relative" },
        gapSize: { value: 2.5, mode: "relative" },
        gapColor: STAGE_BACKGROUND,
        solidExtremities: true,
      }),
    ],
    label: {
      color: "#3e4c59",
      textBorder: { width: 3, color: "#ffffff" },
      fontSizeMode: "fixed",
      minVisibilityThreshold: 0.9,
      fullVisibilityThreshold: 1.1,
    },
  },
} as const;

type Styles = NonNullable<
  SigmaOptions<
    NodeAttributes,
    EdgeAttributes,
    object,
    typeof CUSTOM_NODE_STATE,
    typeof CUSTOM_EDGE_STATE,
    object,
    typeof PRIMITIVES
  >["styles"]
>;

export const STYLES: Styles = {
  nodes: [
    DEFAULT_STYLES.nodes,
    {
      labelSize: LABEL_SIZE,
      labelColor: "#1f2933",
      // Long names are shortened at rest, whole when selected, hovered or emphasised (label-text.ts).
      label: (attributes, state) => labelText(attributes, state),
      cursor: "pointer",
      // Which labels are drawn is decided by the label controller (no overlaps), not by sigma's grid.
      labelVisibility: "hidden",
    },
    {
      whenState: "isEmphasized",
      then: {
        depth: "topNodes",
        labelBackgroundColor: "rgba(255, 255, 255, 0.85)",
        labelBackgroundPadding: 2,
      },
    },
    {
      whenState: "isSelected",
      then: {
        depth: "topNodes",
        labelSize: SELECTED_LABEL_SIZE,
        labelBackgroundColor: "rgba(255, 255, 255, 0.9)",
        labelBackgroundPadding: 3,
        backdropVisibility: "visible",
        backdropColor: "#ffffff",
        backdropShadowColor: "rgba(15, 23, 42, 0.55)",
        backdropShadowBlur: 14,
        backdropPadding: 5,
      },
    },
    { whenState: "isDimmed", then: { color: NODE_COLOR_DIMMED, depth: "nodes" } },
    { whenState: "showLabel", then: { labelVisibility: "visible" } },
    // A state match, not a function: a function value makes sigma restyle every node on any change of
    // the graph's state (a hover), which took most of an interaction frame on a 2,000-entity overview.
    {
      matchState: "labelSide",
      cases: {
        right: { labelPosition: "right" },
        left: { labelPosition: "left" },
        below: { labelPosition: "below" },
        above: { labelPosition: "above" },
      },
    },
  ],
  edges: [
    DEFAULT_STYLES.edges,
    {
      path: "straight",
      parallelPath: "curved",
      selfLoopPath: "loop",
      parallelSpread: 0.5,
      head: "arrow",
      dashSize: { attribute: "dashSize", defaultValue: 0 },
      labelSize: 11,
      // Beside the edge, not over it: a label over a short edge would hide its arrowhead.
      labelPosition: "above",
      labelVisibility: "hidden",
    },
    {
      whenState: "isEmphasized",
      then: {
        depth: "topEdges",
        labelVisibility: "visible",
        labelColor: "#102a43",
        // An attribute, not a function of the size, for the same reason as labelSide above.
        size: { attribute: "emphasizedSize", defaultValue: 2 },
      },
    },
    { whenState: "showLabel", then: { labelVisibility: "visible" } },
    { whenState: "isDimmed", then: { color: EDGE_COLOR_DIMMED, labelVisibility: "hidden", depth: "edges" } },
  ],
  stage: { background: STAGE_BACKGROUND },
};

export const SETTINGS: Partial<Settings> = {
  itemSizesReference: "positions",
  zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
  autoRescale: true,
  autoRescaleContent: "nodes",
  stagePadding: 40,
  renderEdgeLabels: true,
  enableEdgeEvents: false,
  labelDensity: 1,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  minEdgeThickness: 1,
  hideEdgesOnMove: false,
  enableCameraRotation: false,
  // Entities can be dragged; a dragged entity is pinned where it was put (layout-switch keeps it).
  enableNodeDrag: true,
  dragPositionToAttributes: (position) => ({ ...position, pinned: true }),
  zoomDuration: 200,
};

/** Above this many relationships, frames must stay cheap (software WebGL included). */
export const LARGE_GRAPH_EDGES = 5000;

/**
 * Large graphs: straight plain edges only (curved paths and the dashed layer double a frame's cost in
 * software WebGL); modalities stay apart by colour. Parallel edges and loops fall back to straight.
 */
export const LARGE_GRAPH_PRIMITIVES = {
  ...PRIMITIVES,
  edges: { ...PRIMITIVES.edges, paths: [pathLine()], layers: [layerPlain()] },
} as unknown as typeof PRIMITIVES;

export const LARGE_GRAPH_STYLES: Styles = {
  ...STYLES,
  edges: [
    ...(STYLES.edges as object[]),
    { parallelPath: "straight", selfLoopPath: "straight" },
  ] as Styles["edges"],
};

/** Large graphs: no edge labels, and edges and labels hidden while the camera moves. */
export const LARGE_GRAPH_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  labelDensity: 0.4,
};
