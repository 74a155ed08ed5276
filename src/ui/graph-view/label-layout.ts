/**
 * Label layout: which node labels to draw so that no two labels overlap and no label covers another
 * entity. Sigma's label grid thins labels per cell but lets forced labels (important, emphasised)
 * collide, so the explorer decides itself: candidates are taken greedily by priority (the selection
 * and the chosen actors first, then emphasised and larger entities) and a label is drawn only where it
 * is free. Pure, over boxes in viewport pixels, so Node tests check it without a browser.
 */

/** An axis-aligned box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label sits around its node (sigma's `labelPosition`). */
export type LabelSide = "right" | "left" | "below" | "above";
export const LABEL_SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

/** A node whose label may be drawn: its circle (an obstacle to other labels) and its label size. */
export interface LabelCandidate {
  id: string;
  /** Higher first. */
  priority: number;
  circle: { x: number; y: number; radius: number };
  /** Label box size in pixels (padding included). */
  width: number;
  height: number;
  /** Gap between the circle and the label. */
  margin: number;
}

/** A label that is drawn: where, and its box. */
export interface PlacedLabel {
  side: LabelSide;
  box: Box;
}

/** The label box of `c` on `side`. */
export function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const { x, y, radius } = c.circle;
  const start = radius + c.margin;
  switch (side) {
    case "left":
      return { x: x - start - c.width, y: y - c.height / 2, width: c.width, height: c.height };
    case "below":
      return { x: x - c.width / 2, y: y + start, width: c.width, height: c.height };
    case "above":
      return { x: x - c.width / 2, y: y - start - c.height, width: c.width, height: c.height };
    default:
      return { x: x + start, y: y - c.height / 2, width: c.width, height: c.height };
  }
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a box and a circle overlap. */
export function boxTouchesCircle(box: Box, c: { x: number; y: number; radius: number }): boolean {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.radius ** 2;
}

/** A circle in viewport pixels. */
export interface Circle {
  x: number;
  y: number;
  radius: number;
}

/**
 * Picks the labels to draw: by priority (ties by id, so the choice is stable), each label takes the
 * first side (right, left, below, above) where it is inside `bounds`, overlaps no label already
 * drawn and no obstacle (the legend), and covers no other candidate's circle; a label with no such
 * side is not drawn. `avoid` (arrowheads) are soft: a side clear of them is preferred, but a label
 * is not dropped for them.
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  avoid: readonly Circle[] = [],
): Map<string, PlacedLabel> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const kept = new Map<string, PlacedLabel>();
  const fits = (candidate: LabelCandidate, box: Box): boolean => {
    const inside =
      box.x >= bounds.x &&
      box.y >= bounds.y &&
      box.x + box.width <= bounds.x + bounds.width &&
      box.y + box.height <= bounds.y + bounds.height;
    if (!inside) return false;
    for (const obstacle of obstacles) if (overlaps(box, obstacle)) return false;
    for (const other of kept.values()) if (overlaps(box, other.box)) return false;
    for (const other of candidates) {
      if (other.id !== candidate.id && boxTouchesCircle(box, other.circle)) return false;
    }
    return true;
  };
  const clear = (box: Box) => !avoid.some((c) => boxTouchesCircle(box, c));
  for (const candidate of order) {
    const sides = LABEL_SIDES.map((side) => ({ side, box: labelBox(candidate, side) })).filter(({ box }) =>
      fits(candidate, box),
    );
    const best = sides.find(({ box }) => clear(box)) ?? sides[0];
    if (best) kept.set(candidate.id, best);
  }
  return kept;
}
