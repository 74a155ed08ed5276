/**
 * Layout switch: the toolbar's "Layout" choice (force-directed, radial around the selected actor,
 * time on a date scale) and the pinned entities, both part of the state and so of links. Changing the
 * layout moves the nodes there with sigma's node animation; entities dragged by hand are pinned
 * (sigma's node drag writes `pinned`, the drag's end records the pin in the state) and every layout
 * leaves them where they were put. "Unpin" releases them. The radial layout follows the selection.
 */
import { animateNodes } from "sigma/utils";
import type { GraphModel } from "../graph-model/types.ts";
import type { ExplorerGraph } from "../graph-model/utils.ts";
import type { Renderer } from "../graph-view/index.ts";
import { el } from "../lib/dom.ts";
import type { AppState, LayoutName, Pin } from "../state/types.ts";
import { radialLayout, type Positions } from "./alternatives.ts";
import { createTimeAxis } from "./time-axis.ts";
import { timeLayout, type TimeScale } from "./time-scale.ts";

export interface LayoutSwitchDeps {
  graph: ExplorerGraph;
  model: GraphModel;
  renderer: Renderer;
  /** Where the time axis is drawn (the graph area). */
  axisHost: HTMLElement;
  setLayout: (layout: LayoutName) => void;
  pin: (id: string, x: number, y: number) => void;
  clearPins: () => void;
  /** Called once the nodes have moved (the view refits), with the layout now shown. */
  moved: (layout: LayoutName) => void;
}

const ANIMATION_MS = 450;

/** Adds the Layout select and the Unpin button before `before`; `sync(state)` follows the state. */
export function installLayoutSwitch(toolbar: HTMLElement, before: Element | null, deps: LayoutSwitchDeps) {
  const { graph } = deps;
  const force: Positions = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
  let shown: { layout: LayoutName; center: string | null; pins: Pin[] } | null = null;
  let stop: (() => void) | null = null;
  const axis = createTimeAxis(deps.axisHost, deps.renderer);
  const select = el(
    "select",
    { attrs: { id: "layout", "aria-label": "Layout" } },
    [
      ["force", "Force"],
      ["radial", "Radial (selection)"],
      ["time", "Time (date scale)"],
    ].map(([value, text]) => el("option", { text: text ?? "", attrs: { value: value ?? "" } })),
  );
  const unpin = el("button", {
    className: "button small",
    attrs: { type: "button", id: "unpin-all", title: "Release the entities you dragged" },
    on: { click: () => deps.clearPins() },
  });
  const label = el("label", { className: "size-by" }, [el("span", { text: "Layout" }), select]);
  toolbar.insertBefore(label, before);
  toolbar.insertBefore(unpin, before);
  select.addEventListener("change", () => deps.setLayout(select.value as LayoutName));
  deps.renderer.on("nodeDragEnd", ({ node }) => {
    const { x, y } = graph.getNodeAttributes(node);
    deps.pin(node, x, y);
  });

  function positions(name: LayoutName, center: string | null): { at: Positions; scale?: TimeScale } {
    if (name === "time") {
      const time = timeLayout(graph, deps.model);
      return { at: time.positions, scale: time.scale };
    }
    if (name === "radial") {
      const at =
        center && graph.hasNode(center)
          ? center
          : graph.reduceNodes((best, id) => (!best || graph.degree(id) > graph.degree(best) ? id : best), "");
      return { at: radialLayout(graph, at) };
    }
    return { at: force };
  }

  /** Moves every node to its place in `layout` (pins where they were put); animated unless `now`. */
  function apply(layout: LayoutName, center: string | null, pins: Pin[], now: boolean): void {
    const pinned = new Map(pins.filter((p) => graph.hasNode(p.id)).map((p) => [p.id, p]));
    const targets: Record<string, { x: number; y: number }> = {};
    const { at, scale } = positions(layout, center);
    for (const [id, p] of at) if (graph.hasNode(id)) targets[id] = p;
    const done = () => {
      if (scale) axis.show(scale);
      else axis.hide();
      deps.moved(layout);
    };
    axis.hide();
    for (const [id, p] of pinned) targets[id] = { x: p.x, y: p.y };
    graph.forEachNode((id, attrs) => {
      const want = pinned.has(id);
      if (Boolean(attrs.pinned) !== want) graph.setNodeAttribute(id, "pinned", want);
    });
    stop?.();
    stop = null;
    if (now) {
      graph.updateEachNodeAttributes((id, attrs) => (targets[id] ? { ...attrs, ...targets[id] } : attrs), {
        attributes: ["x", "y"],
      });
      done();
      return;
    }
    stop = animateNodes(graph, targets, { duration: ANIMATION_MS }, () => {
      stop = null;
      done();
    });
  }

  return {
    /** Whether the time axis is drawn (for tests). */
    axisShown: axis.shown,
    /** Follows the state: the layout, the radial layout's centre, the pins. */
    sync(state: AppState): void {
      select.value = state.layout;
      unpin.hidden = state.pins.length === 0;
      unpin.textContent = `Unpin ${state.pins.length}`;
      unpin.setAttribute("aria-label", `Unpin ${state.pins.length} dragged entities`);
      const center = state.layout === "radial" ? (state.selection ?? state.filters.actors[0] ?? null) : null;
      const first = shown === null;
      if (
        shown &&
        shown.layout === state.layout &&
        shown.center === center &&
        samePins(shown.pins, state.pins, graph)
      ) {
        shown.pins = state.pins;
        return;
      }
      // A drag's own pin is already where the node is: nothing moves, nothing animates.
      const onlyDragged = shown && shown.layout === state.layout && shown.center === center;
      shown = { layout: state.layout, center, pins: state.pins };
      if (onlyDragged && state.pins.every((p) => atPin(graph, p))) {
        const released = graph.filterNodes((id, a) => a.pinned && !state.pins.some((p) => p.id === id));
        if (released.length === 0) {
          for (const p of state.pins) graph.setNodeAttribute(p.id, "pinned", true);
          return;
        }
      }
      apply(state.layout, center, state.pins, first);
    },
  };
}

/** Whether a node is (within rounding) at its pin. */
function atPin(graph: ExplorerGraph, pin: Pin): boolean {
  if (!graph.hasNode(pin.id)) return true;
  const { x, y } = graph.getNodeAttributes(pin.id);
  return Math.abs(x - pin.x) < 0.06 && Math.abs(y - pin.y) < 0.06;
}

/** Whether two pin lists put the same entities at the same places. */
function samePins(a: readonly Pin[], b: readonly Pin[], graph: ExplorerGraph): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const at = new Map(a.map((p) => [p.id, p]));
  return b.every((p) => {
    const q = at.get(p.id);
    return q !== undefined && q.x === p.x && q.y === p.y && graph.hasNode(p.id);
  });
}
