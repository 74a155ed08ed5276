/**
 * Date ranges: turns the ISO dates of graph-data ("2024", "2024-10", "2024-10-01", "2017/2021",
 * "2024-10-01/..", "../2024-10-01") into the first and last day they cover, so filters and the
 * engines' `date_from`/`date_to` can compare them. An open end (`..`) has no day: null.
 */

export interface DateRange {
  /** First day covered, YYYY-MM-DD, or null when the interval is open at its start. */
  readonly from: string | null;
  /** Last day covered, YYYY-MM-DD, or null when the interval is open at its end. */
  readonly to: string | null;
}

/** The marker of an open interval end: `2024-10-01/..`. */
export const OPEN_END = "..";

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function partRange(part: string): { from: string; to: string } | null {
  const m = PART.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const last = daysInMonth(year, month);
  if (day === null) return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
  if (day < 1 || day > last) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { from: iso, to: iso };
}

/**
 * The range an ISO date or interval covers, or null when it is not a real date (2024-02-30), an
 * interval ends before it starts, or both ends are open.
 */
export function dateRange(value: string): DateRange | null {
  // Dates repeat a great deal in a corpus ("2024-10"); the answer for a text never changes.
  const known = cache.get(value);
  if (known !== undefined) return known;
  const computed = computeRange(value);
  const range = computed && Object.freeze(computed);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, range);
  return range;
}

/** Ranges by text, shared by validation and the loaders; callers never change a range they get. */
const cache = new Map<string, DateRange | null>();
const CACHE_LIMIT = 50_000;

function computeRange(value: string): DateRange | null {
  const [a, b, ...rest] = value.split("/");
  if (a === undefined || rest.length > 0) return null;
  if (b === undefined) return a === OPEN_END ? null : partRange(a);
  if (a === OPEN_END && b === OPEN_END) return null;
  const first = a === OPEN_END ? null : partRange(a);
  const second = b === OPEN_END ? null : partRange(b);
  if ((a !== OPEN_END && !first) || (b !== OPEN_END && !second)) return null;
  if (first && second && second.to < first.from) return null;
  return { from: first?.from ?? null, to: second?.to ?? null };
}

/** Whether a range covers the day `iso` (YYYY-MM-DD); an open end covers everything on its side. */
export function rangeCovers(range: DateRange, iso: string): boolean {
  return (range.from === null || range.from <= iso) && (range.to === null || iso <= range.to);
}
