/**
 * Comparing two engines' answers: rows are put in a canonical form (object keys sorted, node labels
 * sorted, floats to 12 significant digits) and compared in order when the query
 * orders its rows, else as multisets.
 */
import type { QueryResult } from "../../../src/contract/query-result.ts";

export type Outcome = "identical" | "differs" | "fails-embedded" | "fails-neo4j" | "fails-both";

/** One side's answer: its rows, or the error code and message it failed with. */
export type Answer = { ok: true; result: QueryResult } | { ok: false; code: string; message: string };

/** Significant digits floats are compared to: summing in another order changes the last bits. */
const FLOAT_DIGITS = 12;

function canonical(value: unknown): unknown {
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(FLOAT_DIGITS));
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      out[key] =
        key === "labels" && record["kind"] === "node" && Array.isArray(item)
          ? [...(item as string[])].sort()
          : canonical(item);
    }
    return out;
  }
  return value;
}

/** The rows of a result as canonical JSON strings, sorted unless the order is part of the answer. */
export function canonicalRows(result: QueryResult, ordered: boolean): string[] {
  const rows = result.rows.map((row) => JSON.stringify(canonical(row)));
  return ordered ? rows : rows.sort();
}

/** How two answers to the same query relate. */
export function compareAnswers(embedded: Answer, neo4j: Answer, ordered: boolean): Outcome {
  if (!embedded.ok && !neo4j.ok) return "fails-both";
  if (!embedded.ok) return "fails-embedded";
  if (!neo4j.ok) return "fails-neo4j";
  const sameColumns = JSON.stringify(embedded.result.columns) === JSON.stringify(neo4j.result.columns);
  const a = canonicalRows(embedded.result, ordered);
  const b = canonicalRows(neo4j.result, ordered);
  return sameColumns && JSON.stringify(a) === JSON.stringify(b) ? "identical" : "differs";
}

/** A short account of how the answers differ, for a failing test's message. */
export function describeDifference(embedded: Answer, neo4j: Answer, ordered: boolean): string {
  const side = (answer: Answer) =>
    answer.ok
      ? `${answer.result.rows.length} rows, columns ${answer.result.columns.join(",")}: ${canonicalRows(answer.result, ordered).slice(0, 4).join(" | ").slice(0, 600)}`
      : `error ${answer.code}: ${answer.message.slice(0, 300)}`;
  return `embedded: ${side(embedded)}\n    neo4j:    ${side(neo4j)}`;
}
