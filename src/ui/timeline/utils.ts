/**
 * Timeline logic: relationships binned by month (a relationship counts in every month its date range
 * covers, open ends clipped to the data's span), and the conversion between a brushed range of
 * months and the filters' inclusive day bounds. Pure, tested in Node.
 */
import type { RelationshipRecord } from "../../contract/records.ts";

export interface MonthBins {
  /** "YYYY-MM", consecutive, oldest first. */
  months: string[];
  counts: number[];
  /** Relationships without any date. */
  undated: number;
  /** Each dated relationship's first and last month (indices into `months`). */
  spans: [number, number][];
}

/** How many dated relationships overlap the months `from..to` (indices, inclusive). */
export function countInRange(bins: MonthBins, from: number, to: number): number {
  return bins.spans.filter(([a, b]) => a <= to && b >= from).length;
}

/** "YYYY-MM" of an ISO day, or null. */
function monthOf(day: string | null): string | null {
  return day && /^\d{4}-\d{2}/.test(day) ? day.slice(0, 7) : null;
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Last day ("YYYY-MM-DD") of a month. */
export function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** Bins relationships by month, from the earliest to the latest month any of them names. */
export function monthBins(relationships: Iterable<RelationshipRecord>): MonthBins {
  const spans: [string | null, string | null][] = [];
  let undated = 0;
  let min: string | null = null;
  let max: string | null = null;
  for (const r of relationships) {
    const from = monthOf(r.date_from);
    const to = monthOf(r.date_to);
    if (!from && !to) {
      undated++;
      continue;
    }
    spans.push([from, to]);
    for (const m of [from, to]) {
      if (!m) continue;
      if (!min || m < min) min = m;
      if (!max || m > max) max = m;
    }
  }
  if (!min || !max) return { months: [], counts: [], undated, spans: [] };
  const months: string[] = [];
  for (let m = min; m <= max; m = nextMonth(m)) months.push(m);
  const index = new Map(months.map((m, i) => [m, i]));
  const counts = months.map(() => 0);
  const indices: [number, number][] = [];
  for (const [from, to] of spans) {
    const a = index.get(from ?? min) ?? 0;
    const b = index.get(to ?? max) ?? months.length - 1;
    indices.push([a, b]);
    for (let i = a; i <= b; i++) counts[i] = (counts[i] ?? 0) + 1;
  }
  return { months, counts, undated, spans: indices };
}

/** Day bounds of the months `from..to` (indices, inclusive), for FilterState's dateFrom/dateTo. */
export function rangeToDates(
  months: readonly string[],
  from: number,
  to: number,
): { dateFrom: string; dateTo: string } {
  const a = months[Math.max(0, Math.min(from, to))] ?? months[0] ?? "1970-01";
  const b = months[Math.min(months.length - 1, Math.max(from, to))] ?? a;
  return { dateFrom: `${a}-01`, dateTo: lastDay(b) };
}

/** Month indices the filters' day bounds cover (the whole span when unset). */
export function datesToRange(
  months: readonly string[],
  dateFrom: string | null,
  dateTo: string | null,
): { from: number; to: number } {
  const last = months.length - 1;
  const find = (day: string | null, fallback: number) => {
    const m = monthOf(day);
    if (!m) return fallback;
    const i = months.findIndex((x) => x >= m);
    return i < 0 ? last : i;
  };
  const from = find(dateFrom, 0);
  const toMonth = monthOf(dateTo);
  let to = last;
  if (toMonth) {
    to = -1;
    months.forEach((m, i) => {
      if (m <= toMonth) to = i;
    });
    to = Math.max(to, from);
  }
  return { from, to };
}

/** Index of the first month in which one of `relationships` starts (null: none is dated). */
export function firstMonthIndex(
  months: readonly string[],
  relationships: Iterable<RelationshipRecord>,
): number | null {
  let first: string | null = null;
  for (const r of relationships) {
    const m = monthOf(r.date_from) ?? monthOf(r.date_to);
    if (m && (!first || m < first)) first = m;
  }
  if (!first) return null;
  const i = months.findIndex((m) => m >= first);
  return i < 0 ? null : i;
}

/** Playback's whole run, and the bounds of one step's pause. */
export const PLAYBACK_MS = 10_000;
const MIN_STEP_MS = 150;
const MAX_STEP_MS = 3_500;

/**
 * How playback covers `months` months in about PLAYBACK_MS: months per step and the pause between
 * steps (never faster than MIN_STEP_MS, so the graph can redraw; never slower than MAX_STEP_MS).
 */
export function playbackPlan(months: number): { stride: number; stepMs: number } {
  const n = Math.max(1, months);
  const stride = Math.max(1, Math.ceil((n * MIN_STEP_MS) / PLAYBACK_MS));
  const steps = Math.ceil(n / stride);
  return { stride, stepMs: Math.min(MAX_STEP_MS, Math.max(MIN_STEP_MS, Math.round(PLAYBACK_MS / steps))) };
}
