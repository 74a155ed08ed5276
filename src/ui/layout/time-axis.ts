/**
 * Time axis: while the time layout is shown, a DOM overlay over the graph with the date scale's
 * ticks (years, months or days, whichever fit the zoom) and faint grid lines, redrawn after every
 * sigma frame so it moves and zooms with the camera. The undated band is marked "No date". Text only
 * (textContent), and no pointer events: the graph stays fully usable under it.
 */
import "./time-axis.css";
import type { Renderer } from "../graph-view/index.ts";
import { el } from "../lib/dom.ts";
import { axisTicks, timeOfX, xOfTime, type TimeScale } from "./time-scale.ts";

/** Creates the overlay in `host` (the graph area); `show(scale)` / `hide()`. */
export function createTimeAxis(host: HTMLElement, renderer: Renderer) {
  const grid = el("div", { className: "time-grid", attrs: { "aria-hidden": "true" } });
  const bar = el("div", {
    className: "time-axis-bar",
    attrs: { id: "time-axis", role: "img", "aria-label": "Time axis" },
  });
  grid.hidden = true;
  bar.hidden = true;
  host.append(grid, bar);
  let scale: TimeScale | null = null;

  /** An element placed at viewport x (CSSOM, not a style attribute: nothing for the CSP to refuse). */
  const at = <T extends HTMLElement>(node: T, x: number): T => {
    node.style.left = `${Math.round(x)}px`;
    return node;
  };
  /** Viewport x (pixels) of graph x. */
  const vx = (x: number) => renderer.graphToViewport({ x, y: 0 }).x;

  function draw(): void {
    if (!scale) return;
    const { width } = renderer.getDimensions();
    const a = vx(scale.x0);
    const b = vx(scale.x1);
    const pxPerMs = scale.t1 > scale.t0 ? (b - a) / (scale.t1 - scale.t0) : 0;
    // The visible span of time, inverted through the scale from the viewport's edges.
    const x0 = renderer.viewportToGraph({ x: 0, y: 0 }).x;
    const x1 = renderer.viewportToGraph({ x: width, y: 0 }).x;
    const from = Math.max(timeOfX(scale, Math.min(x0, x1)), scale.t0 - (scale.t1 - scale.t0));
    const to = Math.min(timeOfX(scale, Math.max(x0, x1)), scale.t1 + (scale.t1 - scale.t0));
    const ticks = axisTicks(from, to, pxPerMs);
    const labels: HTMLElement[] = [];
    const lines: HTMLElement[] = [];
    for (const tick of ticks) {
      const x = vx(xOfTime(scale, tick.t));
      if (x < -40 || x > width + 40) continue;
      const major = tick.major ? " major" : "";
      lines.push(at(el("div", { className: `time-line${major}` }), x));
      const day = new Date(tick.t).toISOString().slice(0, 10);
      labels.push(
        at(el("span", { className: `time-tick${major}`, text: tick.label, attrs: { "data-t": day } }), x),
      );
    }
    if (scale.undatedX !== null) {
      const x = vx(scale.undatedX);
      lines.push(at(el("div", { className: "time-band" }), x));
      labels.push(at(el("span", { className: "time-tick undated", text: "No date" }), x));
    }
    grid.replaceChildren(...lines);
    bar.replaceChildren(...labels);
    bar.setAttribute(
      "aria-label",
      `Time axis: ${ticks.length ? `${ticks[0]!.label} to ${ticks.at(-1)!.label}` : "no dates in view"}`,
    );
  }

  renderer.on("afterRender", draw);
  return {
    show(next: TimeScale): void {
      scale = next;
      grid.hidden = false;
      bar.hidden = false;
      draw();
    },
    hide(): void {
      scale = null;
      grid.hidden = true;
      bar.hidden = true;
    },
    /** Whether the axis is shown (for tests). */
    shown: () => scale !== null,
  };
}
