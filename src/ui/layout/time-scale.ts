/**
 * Time layout on a real date scale: x is linear in time (the date of an entity's earliest dated
 * relationship), entities of nearly the same date are stacked in a column centred on the axis, and
 * undated entities get their own band left of the axis. The scale is made as wide as the tallest
 * column needs for the view's aspect ratio, so after a refit the densest column (October 2024 in the
 * seed) fits the screen and the years before it are spread across the rest. `axisTicks` chooses the
 * axis labels (years, months or days) for the current zoom. Pure, tested in Node.
 */
import type { GraphModel } from "../graph-model/types.ts";
import type { ExplorerGraph } from "../graph-model/utils.ts";
import { LAYOUT_RADIUS } from "./utils.ts";
import type { Positions } from "./alternatives.ts";

/** Vertical distance between stacked entities, graph units. */
export const ROW = LAYOUT_RADIUS / 10;
/** Entities closer than this on the x axis share a column (graph units). */
const COLUMN_WIDTH = ROW * 1.5;
/** Width of the time axis per height of the tallest column: about a landscape screen's shape. */
const ASPECT = 1.6;

/** How dates map to x. */
export interface TimeScale {
  /** Earliest and latest date placed (ms since the epoch) and their x. */
  t0: number;
  t1: number;
  x0: number;
  x1: number;
  /** x of the undated band, or null when every entity has a date. */
  undatedX: number | null;
}

/** x of time `t` on the scale. */
export function xOfTime(scale: TimeScale, t: number): number {
  if (scale.t1 === scale.t0) return (scale.x0 + scale.x1) / 2;
  return scale.x0 + ((t - scale.t0) / (scale.t1 - scale.t0)) * (scale.x1 - scale.x0);
}

/** Time at `x` on the scale (inverse of xOfTime). */
export function timeOfX(scale: TimeScale, x: number): number {
  if (scale.x1 === scale.x0) return scale.t0;
  return scale.t0 + ((x - scale.x0) / (scale.x1 - scale.x0)) * (scale.t1 - scale.t0);
}

/** ms since the epoch of an ISO day ("YYYY-MM-DD", or "YYYY-MM" as its first day), or null. */
function timeOf(day: string | null): number | null {
  if (!day) return null;
  const t = Date.parse(day.length === 7 ? `${day}-01` : day);
  return Number.isNaN(t) ? null : t;
}

/** Each entity's earliest dated relationship (ms). */
export function firstDates(model: GraphModel): Map<string, number> {
  const first = new Map<string, number>();
  for (const r of model.relationships.values()) {
    const t = timeOf(r.date_from) ?? timeOf(r.date_to);
    if (t === null) continue;
    for (const id of [r.source, r.target]) first.set(id, Math.min(first.get(id) ?? Infinity, t));
  }
  return first;
}

/** Stacks ids in a column at `x`, centred on y = 0 (kind, then label, then id: the same every time). */
function stack(graph: ExplorerGraph, ids: string[], x: (id: string) => number, out: Positions): void {
  const key = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return `${a.kind}\u0000${a.label}\u0000${id}`;
  };
  ids.sort((a, b) => key(a).localeCompare(key(b)));
  ids.forEach((id, i) => out.set(id, { x: x(id), y: (i - (ids.length - 1) / 2) * ROW }));
}

/** Positions on a date scale, and the scale. */
export function timeLayout(
  graph: ExplorerGraph,
  model: GraphModel,
): { positions: Positions; scale: TimeScale } {
  const first = firstDates(model);
  const dated = graph.filterNodes((id) => first.has(id)).sort((a, b) => first.get(a)! - first.get(b)!);
  const undated = graph.filterNodes((id) => !first.has(id));
  const times = dated.map((id) => first.get(id)!);
  const t0 = times[0] ?? 0;
  const t1 = times.at(-1) ?? 0;
  // Columns need the width first and the width needs the columns: place at unit width, count the
  // tallest column, then scale the axis to ASPECT times its height (never narrower than the disk).
  const unit = (t: number) => (t1 === t0 ? 0 : (t - t0) / (t1 - t0));
  let width = 2 * LAYOUT_RADIUS;
  for (let pass = 0; pass < 3; pass++) {
    const tallest = Math.max(
      undated.length,
      ...columns(dated, (id) => unit(first.get(id)!) * width).map((c) => c.length),
    );
    const next = Math.max(2 * LAYOUT_RADIUS, ASPECT * tallest * ROW);
    if (Math.abs(next - width) < 1e-9) break;
    width = next;
  }
  const scale: TimeScale = {
    t0,
    t1,
    x0: -width / 2,
    x1: width / 2,
    undatedX: undated.length > 0 ? -width / 2 - Math.max(4 * ROW, width * 0.08) : null,
  };
  const positions: Positions = new Map();
  for (const column of columns(dated, (id) => xOfTime(scale, first.get(id)!))) {
    stack(graph, column, (id) => xOfTime(scale, first.get(id)!), positions);
  }
  if (scale.undatedX !== null) stack(graph, undated, () => scale.undatedX!, positions);
  return { positions, scale };
}

/** Groups ids (sorted by x) into columns: a column starts where x is COLUMN_WIDTH past its first. */
function columns(sorted: string[], x: (id: string) => number): string[][] {
  const out: string[][] = [];
  let start = -Infinity;
  for (const id of sorted) {
    const at = x(id);
    if (at - start > COLUMN_WIDTH || out.length === 0) {
      out.push([]);
      start = at;
    }
    out.at(-1)!.push(id);
  }
  return out;
}

/** One label of the time axis. */
export interface AxisTick {
  t: number;
  label: string;
  /** A year boundary (drawn stronger). */
  major: boolean;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;
/** Candidate tick steps: days, months, years (UTC calendar). */
const STEPS: { unit: "day" | "month" | "year"; n: number; ms: number }[] = [
  { unit: "day", n: 1, ms: DAY_MS },
  { unit: "day", n: 7, ms: 7 * DAY_MS },
  { unit: "month", n: 1, ms: 30.44 * DAY_MS },
  { unit: "month", n: 3, ms: 91.3 * DAY_MS },
  { unit: "month", n: 6, ms: 182.6 * DAY_MS },
  { unit: "year", n: 1, ms: 365.25 * DAY_MS },
  { unit: "year", n: 2, ms: 730.5 * DAY_MS },
  { unit: "year", n: 5, ms: 1826 * DAY_MS },
  { unit: "year", n: 10, ms: 3652 * DAY_MS },
];

/**
 * Ticks between times `from` and `to` (ms) at `pxPerMs`: the finest calendar step whose ticks are at
 * least `minGap` pixels apart (years, months or days), aligned on the calendar.
 */
export function axisTicks(from: number, to: number, pxPerMs: number, minGap = 72): AxisTick[] {
  if (!(to > from) || !(pxPerMs > 0)) return [];
  const step = STEPS.find((s) => s.ms * pxPerMs >= minGap) ?? STEPS.at(-1)!;
  const ticks: AxisTick[] = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = step.unit === "year" ? 0 : start.getUTCMonth();
  let d = step.unit === "day" ? start.getUTCDate() : 1;
  if (step.unit === "year") y -= ((y % step.n) + step.n) % step.n;
  if (step.unit === "month") m -= m % step.n;
  if (step.unit === "day" && step.n === 7) d -= (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7;
  for (let guard = 0; guard < 400; guard++) {
    const t = Date.UTC(y, m, d);
    const at = new Date(t);
    if (t > to) break;
    if (t >= from) {
      const month = MONTHS[at.getUTCMonth()] ?? "";
      const label =
        step.unit === "year"
          ? String(at.getUTCFullYear())
          : step.unit === "month"
            ? `${month} ${at.getUTCFullYear()}`
            : `${at.getUTCDate()} ${month} ${at.getUTCFullYear()}`;
      ticks.push({ t, label, major: at.getUTCMonth() === 0 && at.getUTCDate() === 1 });
    }
    if (step.unit === "year") y += step.n;
    else if (step.unit === "month") m += step.n;
    else d += step.n;
  }
  return ticks;
}
