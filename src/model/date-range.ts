/**
 * Date ranges: turns the ISO dates of graph-data ("2024", "2024-10", "2024-10-01", "2017/2021") into
 * the first and last day they cover, so filters and Neo4j `date` values can compare them.
 */

export interface DateRange {
  /** First day covered, YYYY-MM-DD. */
  from: string;
  /** Last day covered, YYYY-MM-DD. */
  to: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function partRange(part: string): DateRange | null {
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

/** The range an ISO date or interval covers, or null when it is not a real date (2024-02-30). */
export function dateRange(value: string): DateRange | null {
  const [a, b, ...rest] = value.split("/");
  if (a === undefined || rest.length > 0) return null;
  const first = partRange(a);
  if (!first) return null;
  if (b === undefined) return first;
  const second = partRange(b);
  if (!second || second.to < first.from) return null;
  return { from: first.from, to: second.to };
}
