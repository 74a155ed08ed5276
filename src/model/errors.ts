/**
 * Typed errors: the few classes callers branch on. Every message names where it came from and what was
 * expected; the server maps `code` to an HTTP status, the CLI prints the message and exits non-zero.
 */

/** One problem found in graph-data: file, line and field, and the expectation. */
export interface DataIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Formats an issue as `file:line: field "x": message`. */
export function formatDataIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line}: field "${issue.field}": ${issue.message}`;
}

/** graph-data is invalid: carries every issue found, not only the first. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(
      `graph-data is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n` +
        issues.map((i) => `  ${formatDataIssue(i)}`).join("\n"),
    );
    this.name = "DataError";
    this.issues = issues;
  }
}

/** Why a query failed; the server maps each to an HTTP status. */
export type QueryErrorCode =
  | "SYNTAX_ERROR"
  | "SEMANTIC_ERROR"
  | "MISSING_PARAMETER"
  | "WRITE_FORBIDDEN"
  | "FILE_ACCESS_FORBIDDEN"
  | "QUERY_TIMEOUT"
  | "RESOURCE_LIMIT"
  | "CANCELLED"
  | "QUERY_FAILED"
  | "BAD_REQUEST";

/** A query the engine refused or could not finish. `position` is 1-based line/column when known. */
export class QueryError extends Error {
  readonly code: QueryErrorCode;
  readonly position?: { line: number; column: number; offset?: number };
  constructor(
    code: QueryErrorCode,
    message: string,
    position?: { line: number; column: number; offset?: number },
  ) {
    super(message);
    this.name = "QueryError";
    this.code = code;
    if (position) this.position = position;
  }
}

/** The backend cannot be reached (Neo4j down, bad credentials, store missing). */
export class EngineUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EngineUnavailableError";
  }
}
