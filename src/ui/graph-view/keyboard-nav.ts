/**
 * Keyboard route through the graph: the graph element takes focus (Tab), arrow keys select the
 * nearest visible entity in that direction from the selection, Enter selects the entity nearest the
 * centre, + / − zoom and 0 shows the whole graph. `nextInDirection` is pure and tested in Node.
 */
import type { Renderer } from "./index.ts";

export type Direction = "left" | "right" | "up" | "down";

const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/**
 * The candidate nearest to `from` in `direction` (screen coordinates, y down): within 60° of the
 * direction, scored by distance with a penalty for going sideways. Null when there is none.
 */
export function nextInDirection(
  from: { x: number; y: number },
  candidates: readonly { id: string; x: number; y: number }[],
  direction: Direction,
): string | null {
  const UNIT: Record<Direction, { ux: number; uy: number }> = {
    left: { ux: -1, uy: 0 },
    right: { ux: 1, uy: 0 },
    up: { ux: 0, uy: -1 },
    down: { ux: 0, uy: 1 },
  };
  const { ux, uy } = UNIT[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** Makes `container` focusable and wires its keys. */
export function installKeyboardNav(
  container: HTMLElement,
  renderer: Renderer,
  deps: { selection: () => string | null; select: (id: string) => void },
): void {
  container.tabIndex = 0;
  container.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight ArrowUp ArrowDown Enter + - 0");
  const visible = () => {
    const out: { id: string; x: number; y: number }[] = [];
    renderer.getGraph().forEachNode((id) => {
      if (renderer.getNodeState(id).isHidden) return;
      const data = renderer.getNodeDisplayData(id);
      if (data) out.push({ id, ...renderer.framedGraphToViewport(data) });
    });
    return out;
  };
  container.addEventListener("keydown", (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const camera = renderer.getCamera();
    const direction = ARROWS[event.key];
    if (direction || event.key === "Enter") {
      const nodes = visible();
      const current = deps.selection();
      const data = current ? renderer.getNodeDisplayData(current) : undefined;
      const { width, height } = renderer.getDimensions();
      const from = data ? renderer.framedGraphToViewport(data) : { x: width / 2, y: height / 2 };
      let next: string | null;
      if (direction && data)
        next = nextInDirection(
          from,
          nodes.filter((n) => n.id !== current),
          direction,
        );
      else {
        next = null;
        let best = Infinity;
        for (const n of nodes) {
          const d = Math.hypot(n.x - from.x, n.y - from.y);
          if (d < best) [best, next] = [d, n.id];
        }
      }
      if (next) deps.select(next);
      event.preventDefault();
    } else if (event.key === "+" || event.key === "=") {
      void camera.zoomIn({ duration: 200 });
      event.preventDefault();
    } else if (event.key === "-") {
      void camera.zoomOut({ duration: 200 });
      event.preventDefault();
    } else if (event.key === "0") {
      void camera.reset({ duration: 200 });
      event.preventDefault();
    }
  });
}
