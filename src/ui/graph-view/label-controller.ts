/**
 * Label controller: decides, whenever the view comes to rest, which node labels sigma draws, so that
 * labels never overlap each other or cover an entity (label-layout.ts does the choosing). It measures
 * each candidate label with the same font sigma uses, and sets the `showLabel` state that the styles
 * turn into `labelVisibility`. Hidden and dimmed entities are not candidates.
 */
import type { Renderer } from "./index.ts";
import { onNodesChanged } from "./node-events.ts";
import { LABEL_SIZE, SELECTED_LABEL_SIZE } from "./sigma-config.ts";
import { pickLabels, type Box, type Circle, type LabelCandidate, type PlacedLabel } from "./label-layout.ts";
import { labelText } from "./label-text.ts";

const LABEL_FONT = "system-ui, sans-serif";
/** Gap between a node and its label (primitives.nodes.label.margin in sigma-config.ts). */
const LABEL_MARGIN = 4;
/** On big graphs only the most important entities in view compete for a label. */
const MAX_CANDIDATES = 600;
const REST_DELAY = 120;
/** Up to this many edges in view, labels prefer sides that leave arrowheads free. */
const MAX_ARROWHEADS = 1500;
/** Arrowhead length per pixel of edge thickness (extremityArrow's lengthRatio in sigma-config.ts). */
const HEAD_LENGTH_RATIO = 6;

export interface LabelPriorities {
  /** Entities whose label matters most (the chosen actors). */
  pinned(): ReadonlySet<string>;
  /** Boxes laid over the graph (legend, notices) that labels must not run under. */
  obstacles(): Box[];
}

/** Installs the controller; `update()` re-places labels now (after a change of state). */
export function createLabelController(renderer: Renderer, priorities: LabelPriorities) {
  const measure = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  let placed = new Map<string, PlacedLabel>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function width(text: string, size: number): number {
    const key = `${size}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (measure) measure.font = `${size}px ${LABEL_FONT}`;
      w = measure ? measure.measureText(text).width : text.length * size * 0.6;
      widths.set(key, w);
    }
    return w;
  }

  /**
   * Where each node is drawn (viewport pixels), kept while neither the camera nor the graph moves: a
   * hover re-places labels without reading sigma's display data of every node again (a copy each,
   * the biggest part of a hover's task on a 2,000-entity overview).
   */
  let geometry: Map<string, Circle> | null = null;
  function circles(): Map<string, Circle> {
    if (geometry) return geometry;
    geometry = new Map();
    renderer.getGraph().forEachNode((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (!data) return;
      const at = renderer.framedGraphToViewport(data);
      geometry!.set(id, { x: at.x, y: at.y, radius: renderer.scaleSize(data.size) });
    });
    return geometry;
  }
  /** Whether nodes changed since sigma last processed the graph (their display data may be stale). */
  let nodesChanged = false;
  let extent = "";
  const moved = (): void => {
    geometry = null;
  };
  const nodesMoved = (): void => {
    geometry = null;
    nodesChanged = true;
  };
  onNodesChanged(renderer.getGraph(), nodesMoved);
  renderer.on("resize", moved);
  // Sigma places nodes anew when it processes changed nodes or a new extent (not for added edges).
  renderer.on("afterProcess", () => {
    const now = JSON.stringify(renderer.getBBox());
    if (nodesChanged || now !== extent) moved();
    nodesChanged = false;
    extent = now;
  });

  function candidates(): LabelCandidate[] {
    const graph = renderer.getGraph();
    const { width: vw, height: vh } = renderer.getDimensions();
    const pinned = priorities.pinned();
    const where = circles();
    const out: LabelCandidate[] = [];
    graph.forEachNode((id, attrs) => {
      const state = renderer.getNodeState(id);
      if (state.isHidden || state.isDimmed || !attrs.label) return;
      const circle = where.get(id);
      if (!circle) return;
      const { radius } = circle;
      const at = circle;
      if (at.x < -radius || at.y < -radius || at.x > vw + radius || at.y > vh + radius) return;
      const size = state.isSelected ? SELECTED_LABEL_SIZE : LABEL_SIZE;
      const text = labelText(attrs, state);
      const priority =
        (state.isSelected ? 4000 : 0) +
        (pinned.has(id) ? 2000 : 0) +
        (state.isEmphasized ? 1000 : 0) +
        (attrs.important ? 500 : 0) +
        // Bigger entities (more relationships) before smaller ones, and a short label before a long one.
        radius * 4 -
        text.length / 10;
      const pad = state.isSelected ? 3 : 2;
      out.push({
        id,
        priority,
        circle,
        width: width(text, size) + 2 * pad,
        height: size + 2 * pad,
        margin: LABEL_MARGIN - pad,
      });
    });
    if (out.length <= MAX_CANDIDATES) return out;
    return out.sort((a, b) => b.priority - a.priority).slice(0, MAX_CANDIDATES);
  }

  /** The arrowheads of the edges drawn, as circles a label had better not cover. */
  function arrowheads(): Circle[] {
    const graph = renderer.getGraph();
    if (graph.size > MAX_ARROWHEADS) return [];
    const heads: Circle[] = [];
    graph.forEachEdge((edge, attrs, source, target) => {
      const state = renderer.getEdgeState(edge);
      if (state.isHidden || state.isDimmed || source === target) return;
      const s = renderer.getNodeDisplayData(source);
      const t = renderer.getNodeDisplayData(target);
      if (!s || !t) return;
      const from = renderer.framedGraphToViewport(s);
      const to = renderer.framedGraphToViewport(t);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      if (length === 0) return;
      const head = Math.max(1, renderer.scaleSize(attrs.size)) * HEAD_LENGTH_RATIO;
      const back = renderer.scaleSize(t.size) + head / 2;
      heads.push({
        x: to.x - ((to.x - from.x) / length) * back,
        y: to.y - ((to.y - from.y) / length) * back,
        radius: head / 2 + 1,
      });
    });
    return heads;
  }

  function update(): void {
    clearTimeout(timer);
    pending = false;
    const { width: vw, height: vh } = renderer.getDimensions();
    const all = candidates();
    const bounds = { x: 0, y: 0, width: vw, height: vh };
    const obstacles = priorities.obstacles();
    // Labels clear of arrowheads where that costs no label; else the plain placement (more labels win).
    const heads = arrowheads();
    const plain = pickLabels(all, bounds, obstacles);
    const clear = heads.length > 0 ? pickLabels(all, bounds, obstacles, heads) : plain;
    placed = clear.size >= plain.size && [...plain.keys()].every((id) => clear.has(id)) ? clear : plain;
    const hide: string[] = [];
    renderer.getGraph().forEachNode((id) => {
      const now = renderer.getNodeState(id);
      const want = placed.get(id);
      if (!want) {
        if (now.showLabel) hide.push(id);
      } else if (!now.showLabel || now.labelSide !== want.side) {
        renderer.setNodeState(id, { showLabel: true, labelSide: want.side });
      }
    });
    if (hide.length) renderer.setNodesState(hide, { showLabel: false });
  }

  let pending = false;
  function later(): void {
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(update, REST_DELAY);
  }

  renderer.getCamera().on("updated", () => {
    moved();
    later();
  });
  return {
    update,
    /** Re-places labels once the camera has stopped. */
    later,
    /** The arrowheads labels keep clear of (viewport pixels; for tests). */
    arrowheads,
    /** Whether the labels are placed for the view at rest (no camera move, no placement pending). */
    settled: (): boolean => !pending && !renderer.getCamera().isAnimating(),
    /** The label boxes drawn, by entity id (viewport pixels; for tests). */
    placed: (): ReadonlyMap<string, PlacedLabel> => placed,
  };
}

export type LabelController = ReturnType<typeof createLabelController>;
