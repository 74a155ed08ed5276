/**
 * View area: measures which part of the graph view the panels leave free (on tablets panels are laid
 * over the graph) and tells the view to frame its subject again when the graph view changes size
 * (a panel opens or closes, the window is resized).
 */
import { freeArea } from "../graph-view/free-area.ts";
import type { Box } from "../graph-view/label-layout.ts";

/** The free part of `graph` (pixels relative to it): panels laid over it (tablets, the timeline) cover it. */
export function measureFreeArea(graph: HTMLElement): Box {
  const view = graph.getBoundingClientRect();
  const covers: Box[] = [];
  for (const panel of document.querySelectorAll<HTMLElement>(".panel, .sheet-tabs")) {
    // Panels beside the graph (desktop grid) do not intersect it; those laid over it do.
    if (panel.hidden || panel.getClientRects().length === 0) continue;
    const r = panel.getBoundingClientRect();
    covers.push({ x: r.left - view.left, y: r.top - view.top, width: r.width, height: r.height });
  }
  return freeArea({ x: 0, y: 0, width: view.width, height: view.height }, covers);
}

/** Boxes of the visible overlays inside the graph area (legend, notices), relative to `graph`. */
export function measureOverlays(graph: HTMLElement): Box[] {
  const view = graph.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const overlay of document.querySelectorAll<HTMLElement>(
    ".legend, .graph-message, .intro, .panel, .time-axis-bar",
  )) {
    if (overlay.hidden || overlay.getClientRects().length === 0) continue;
    const r = overlay.getBoundingClientRect();
    boxes.push({ x: r.left - view.left, y: r.top - view.top, width: r.width, height: r.height });
  }
  return boxes;
}

/**
 * Calls `changed` (debounced) whenever the graph view is resized or a panel over it opens, closes
 * or changes size.
 */
export function watchViewArea(graph: HTMLElement, workspace: HTMLElement, changed: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = "";
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const a = measureFreeArea(graph);
      const r = graph.getBoundingClientRect();
      const key = [r.width, r.height, a.x, a.y, a.width, a.height].map(Math.round).join();
      if (key === lastKey) return;
      lastKey = key;
      changed();
    }, 150);
  };
  const observer = new ResizeObserver(check);
  observer.observe(graph);
  for (const panel of workspace.querySelectorAll(".panel")) observer.observe(panel);
  new MutationObserver(check).observe(workspace, {
    attributes: true,
    subtree: false,
    attributeFilter: ["class"],
  });
}
