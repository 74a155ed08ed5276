/**
 * Grafeo error mapping: turns Grafeo's errors ("GRAFEO-Q001: syntax error … --> query:1:10",
 * "Missing parameter", "Cannot write in read-only transaction") into QueryError codes with positions.
 */
import type { WorkerFailure } from "./worker-protocol.ts";

const POSITION = /-->\s*query:(\d+):(\d+)/;

/** Maps an error thrown by Grafeo while running `query`. */
export function mapGrafeoError(error: unknown, query: string): WorkerFailure {
  const raw = error instanceof Error ? error.message : String(error);
  const status = (error as { gqlStatus?: string } | null)?.gqlStatus;
  const message = raw
    .split("\n")
    .filter((line) => !/^\s*(\||\d+\s*\|)/.test(line))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const pos = POSITION.exec(raw);
  const position = pos ? toPosition(query, Number(pos[1]), Number(pos[2])) : undefined;
  const base = { name: "QueryError", message: `grafeo: ${message}`, ...(position ? { position } : {}) };
  if (/GRAFEO-T003|read-only transaction/i.test(raw)) {
    return {
      name: "QueryError",
      code: "WRITE_FORBIDDEN",
      message:
        "grafeo: this query writes (CREATE, MERGE, SET, DELETE, REMOVE …) but the query runs read-only",
    };
  }
  if (/missing parameter/i.test(raw)) return { ...base, code: "MISSING_PARAMETER" };
  if (status === "42001" || /syntax error/i.test(raw)) return { ...base, code: "SYNTAX_ERROR" };
  if (status === "42002" || /semantic error/i.test(raw)) return { ...base, code: "SEMANTIC_ERROR" };
  return { ...base, code: "QUERY_FAILED" };
}

function toPosition(
  query: string,
  line: number,
  column: number,
): { line: number; column: number; offset: number } {
  const lines = query.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
  return { line, column, offset: offset + column - 1 };
}
