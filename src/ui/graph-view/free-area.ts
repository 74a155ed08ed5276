/**
 * Free area: the part of the graph view that panels laid over it (tablet overlays, the details sheet)
 * leave visible, so that the camera centres a selection or frames a subject where the user can see
 * it rather than behind a panel. Pure, over boxes in pixels.
 */
import type { Box } from "./label-layout.ts";

/** Below this size (pixels) a free area is not worth framing into; the whole view is used. */
const MIN_SIDE = 120;

/** The intersection of two boxes, or null. */
export function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The largest box of `view` left free by `covers`: each cover cuts the free box down to its largest
 * side (left, right, above or below the cover). Falls back to `view` when nothing usable is left.
 */
export function freeArea(view: Box, covers: readonly Box[]): Box {
  let free = view;
  for (const cover of covers) {
    const hit = intersect(free, cover);
    if (!hit) continue;
    const sides: Box[] = [
      { x: free.x, y: free.y, width: hit.x - free.x, height: free.height },
      {
        x: hit.x + hit.width,
        y: free.y,
        width: free.x + free.width - hit.x - hit.width,
        height: free.height,
      },
      { x: free.x, y: free.y, width: free.width, height: hit.y - free.y },
      {
        x: free.x,
        y: hit.y + hit.height,
        width: free.width,
        height: free.y + free.height - hit.y - hit.height,
      },
    ];
    const best = sides.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    if (best.width < MIN_SIDE || best.height < MIN_SIDE) return view;
    free = best;
  }
  return free;
}
