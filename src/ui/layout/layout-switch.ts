/**
 * Layout switch: the toolbar's "Layout" choice (force-directed, radial around the selected actor,
 * time-ordered) moves the nodes there with sigma's node animation. Entities dragged by hand are pinned
 * (sigma's node drag writes `pinned`) and stay where they were put. The radial layout follows the
 * selection while it is chosen.
 */
import { animateNodes } from "sigma/utils";
import type { GraphModel } from "../graph-model/types.ts";
import type { ExplorerGraph } from "../graph-model/utils.ts";
import { el } from "../lib/dom.ts";
import { radialLayout, timeLayout, type Positions } from "./alternatives.ts";

export type LayoutName = "force" | "radial" | "time";

export interface LayoutSwitchDeps {
  graph: ExplorerGraph;
  model: GraphModel;
  /** The actor the radial layout centres on. */
  center: () => string | null;
  /** Called once the nodes have moved (the view refits). */
  moved: () => void;
}

/** Adds the Layout select before `before` in the toolbar; returns `centerChanged` for the radial layout. */
export function installLayoutSwitch(toolbar: HTMLElement, before: Element | null, deps: LayoutSwitchDeps) {
  const { graph } = deps;
  const force: Positions = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
  let current: LayoutName = "force";
  let stop: (() => void) | null = null;
  const select = el(
    "select",
    { attrs: { id: "layout", "aria-label": "Layout" } },
    [
      ["force", "Force"],
      ["radial", "Radial (selection)"],
      ["time", "Time (x = date)"],
    ].map(([value, text]) => el("option", { text: text ?? "", attrs: { value: value ?? "" } })),
  );
  const label = el("label", { className: "size-by" }, [el("span", { text: "Layout" }), select]);
  toolbar.insertBefore(label, before);

  function positions(name: LayoutName): Positions {
    if (name === "time") return timeLayout(graph, deps.model);
    if (name === "radial") {
      let center = deps.center();
      if (!center || !graph.hasNode(center)) {
        center = graph.reduceNodes(
          (best, id) => (!best || graph.degree(id) > graph.degree(best) ? id : best),
          "",
        );
      }
      return radialLayout(graph, center);
    }
    return force;
  }

  function apply(name: LayoutName): void {
    current = name;
    select.value = name;
    const targets: Record<string, { x: number; y: number }> = {};
    for (const [id, p] of positions(name))
      if (graph.hasNode(id) && !(graph.getNodeAttributes(id) as { pinned?: boolean }).pinned) targets[id] = p;
    stop?.();
    stop = animateNodes(graph, targets, { duration: 450 }, () => {
      stop = null;
      deps.moved();
    });
  }

  select.addEventListener("change", () => apply(select.value as LayoutName));
  return {
    /** The selection changed: the radial layout centres on it. */
    centerChanged: () => {
      if (current === "radial") apply("radial");
    },
    current: () => current,
  };
}
