/**
 * Result-table comparison: the expected table of a `Then the result should be …` step against the rows
 * the engine returned. Column names must match in order (as in the TCK's own runner); rows in order or
 * as a multiset. Returns the reason of a mismatch, short enough for one line of `--verbose` output.
 */
import { multisetEqual, valuesEqual, type CompareOptions } from "./compare-values.ts";
import { parseTckValue } from "./parse-tck-value.ts";
import { formatTckValue, type TckValue } from "./tck-value.ts";

/** Rows the engine returned, each aligned with `columns`. */
export interface ActualTable {
  columns: string[];
  rows: TckValue[][];
}

export interface TableExpectation extends CompareOptions {
  /** Rows must come in the table's order. */
  ordered: boolean;
}

const SHOWN_ROWS = 3;

function formatRow(row: TckValue[]): string {
  return `| ${row.map(formatTckValue).join(" | ")} |`;
}

function formatRows(rows: TckValue[][]): string {
  const shown = rows.slice(0, SHOWN_ROWS).map(formatRow).join(" ");
  return rows.length > SHOWN_ROWS ? `${shown} … (${rows.length - SHOWN_ROWS} more)` : shown;
}

function rowsEqual(expected: TckValue[], actual: TckValue[], options: CompareOptions): boolean {
  return expected.every((value, i) => valuesEqual(value, actual[i]!, options));
}

/** Rows of `left` that find no partner in `right` (greedy, one to one). */
function unmatched(
  left: TckValue[][],
  right: TckValue[][],
  equal: (l: TckValue[], r: TckValue[]) => boolean,
) {
  const used = new Array<boolean>(right.length).fill(false);
  return left.filter((row) => {
    const index = right.findIndex((other, i) => !used[i] && equal(row, other));
    if (index >= 0) used[index] = true;
    return index < 0;
  });
}

/** Parses an expected table (header row first) into column names and TckValue rows. */
export function parseExpectedTable(table: string[][]): { columns: string[]; rows: TckValue[][] } {
  const [header = [], ...body] = table;
  return { columns: header, rows: body.map((row) => row.map(parseTckValue)) };
}

/** Compares a result with an expected table; returns undefined when they match, else the reason. */
export function compareResults(
  table: string[][],
  actual: ActualTable,
  expectation: TableExpectation,
): string | undefined {
  const expected = parseExpectedTable(table);
  const sameColumns =
    expected.columns.length === actual.columns.length &&
    expected.columns.every((c, i) => actual.columns[i] === c);
  if (!sameColumns) {
    return `columns differ: expected [${expected.columns.join(", ")}], got [${actual.columns.join(", ")}]`;
  }
  const rows = actual.rows;
  const equal = (e: TckValue[], a: TckValue[]) => rowsEqual(e, a, expectation);
  if (multisetEqual(expected.rows, rows, equal)) {
    if (!expectation.ordered || expected.rows.every((row, i) => equal(row, rows[i]!))) return undefined;
    const index = expected.rows.findIndex((row, i) => !equal(row, rows[i]!));
    return `rows in a different order: row ${index + 1} expected ${formatRow(expected.rows[index]!)}, got ${formatRow(rows[index]!)}`;
  }
  const missing = unmatched(expected.rows, rows, equal);
  const extra = unmatched(rows, expected.rows, (a, e) => equal(e, a));
  const parts = [`expected ${expected.rows.length} rows, got ${rows.length}`];
  if (missing.length > 0) parts.push(`missing ${formatRows(missing)}`);
  if (extra.length > 0) parts.push(`unexpected ${formatRows(extra)}`);
  return parts.join("; ");
}

/** Checks `Then the result should be empty`. */
export function compareEmpty(actual: ActualTable): string | undefined {
  return actual.rows.length === 0
    ? undefined
    : `expected no rows, got ${actual.rows.length}: ${formatRows(actual.rows)}`;
}
