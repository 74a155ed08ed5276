/**
 * Neo4j error mapping: turns the driver's errors into the project's typed errors, so the server and
 * the CLI branch on `QueryError.code` or `EngineUnavailableError` and never on Neo4j status codes.
 *
 * Neo4j names a failure with a status code (`Neo.ClientError.Statement.SyntaxError`) and writes the
 * position into the message ("(line 1, column 10 (offset: 9))"); servers speaking GQL-aware Bolt also
 * put it into the diagnostic record of the error or one of its causes, which is the fallback.
 */
import neo4j from "neo4j-driver";
import { EngineUnavailableError, QueryError, type QueryErrorCode } from "../../model/errors.ts";

/** What the failing call was talking to, for messages. */
export interface Neo4jErrorContext {
  uri: string;
  database?: string;
}

type Position = { line: number; column: number; offset?: number };

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Codes that mean the server cannot be used at all, with what to say and what to check. */
const UNAVAILABLE: Record<string, { what: string; hint: string }> = {
  ServiceUnavailable: {
    what: "cannot reach Neo4j at",
    hint: "is Neo4j running there, and do the URI scheme and encryption match the server?",
  },
  SessionExpired: {
    what: "lost the connection to Neo4j at",
    hint: "is the server or cluster member still up?",
  },
  "Neo.ClientError.Security.Unauthorized": {
    what: "authentication failed at",
    hint: "check NEO4J_USERNAME and NEO4J_PASSWORD (or --username/--password)",
  },
  "Neo.ClientError.Security.AuthenticationRateLimit": {
    what: "too many failed logins at",
    hint: "wait, then check NEO4J_USERNAME and NEO4J_PASSWORD",
  },
  "Neo.ClientError.Security.CredentialsExpired": {
    what: "the password has expired at",
    hint: "change it (for example in Neo4j Browser), then update NEO4J_PASSWORD",
  },
  "Neo.ClientError.Security.TokenExpired": { what: "the auth token has expired at", hint: "renew the token" },
  "Neo.ClientError.Database.DatabaseNotFound": {
    what: "database not found at",
    hint: "check NEO4J_DATABASE (or --database); leave it unset for the server's default database",
  },
  "Neo.TransientError.General.DatabaseUnavailable": {
    what: "the database is not available at",
    hint: "is it started? (SHOW DATABASES)",
  },
};

const WRITE_CODES = new Set([
  "Neo.ClientError.Statement.AccessMode",
  "Neo.ClientError.Cluster.NotALeader",
  "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
]);

/** How Neo4j words a write refused by a READ transaction when it reports it as Security.Forbidden. */
const READ_MODE_MESSAGE =
  /(restricted to|overridden by) READ|read access mode|Write operations are not allowed/i;

/** Neo4j reports semantic-analysis failures as SyntaxError too; these messages are semantic. */
const SEMANTIC_MESSAGE = /not defined|already declared|Type mismatch|Unknown function|Unknown procedure/i;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").trim();
}

/** The innermost cause's own words: the last "Caused by:" of the deepest error in the chain. */
export function rootCauseMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  const message = current instanceof Error ? current.message : String(current);
  const parts = message.split("Caused by:");
  return firstLine(parts[parts.length - 1] ?? message);
}

function toNumber(value: unknown): number | undefined {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : undefined;
}

/** The 1-based position of a query error, from the message or a GQL diagnostic record. */
export function errorPosition(error: unknown): Position | undefined {
  let current: unknown = error;
  while (current instanceof Error) {
    const match = POSITION.exec(current.message);
    if (match) return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
    const pos = (current as { diagnosticRecord?: { _position?: Record<string, unknown> } }).diagnosticRecord
      ?._position;
    const line = toNumber(pos?.["line"]);
    const column = toNumber(pos?.["column"]);
    if (line !== undefined && column !== undefined) {
      const offset = toNumber(pos?.["offset"]);
      return offset === undefined ? { line, column } : { line, column, offset };
    }
    current = current.cause;
  }
  return undefined;
}

/** An EngineUnavailableError naming the URI, the database and the cause. */
export function unavailableError(context: Neo4jErrorContext, cause: unknown): EngineUnavailableError {
  const known = UNAVAILABLE[codeOf(cause)] ?? UNAVAILABLE["ServiceUnavailable"]!;
  const database = context.database ? ` (database "${context.database}")` : "";
  return new EngineUnavailableError(
    `neo4j: ${known.what} ${context.uri}${database}: ${rootCauseMessage(cause)}; ${known.hint}`,
    { cause },
  );
}

function queryError(code: QueryErrorCode, error: Error, position?: Position): QueryError {
  return new QueryError(code, `neo4j: ${firstLine(error.message)}`, position);
}

/** Maps an error thrown while talking to Neo4j; errors without a Neo4j code pass through unchanged. */
export function mapNeo4jError(error: unknown, context: Neo4jErrorContext): Error {
  if (error instanceof QueryError || error instanceof EngineUnavailableError) return error;
  if (!(error instanceof Error)) return new Error(`neo4j: ${String(error)}`);
  const code = codeOf(error);
  if (code in UNAVAILABLE) return unavailableError(context, error);
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const semantic = SEMANTIC_MESSAGE.test(firstLine(error.message)) && !/^Invalid input/.test(error.message);
    return queryError(semantic ? "SEMANTIC_ERROR" : "SYNTAX_ERROR", error, errorPosition(error));
  }
  if (code === "Neo.ClientError.Statement.SemanticError" || code === "Neo.ClientError.Statement.TypeError") {
    return queryError("SEMANTIC_ERROR", error, errorPosition(error));
  }
  if (code === "Neo.ClientError.Statement.ParameterMissing") return queryError("MISSING_PARAMETER", error);
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    (/Transaction\.(Terminated|TransactionMarkedAsFailed)/.test(code) && /time(d)? ?out/i.test(error.message))
  ) {
    return new QueryError(
      "QUERY_TIMEOUT",
      `neo4j: the query did not finish in time: ${firstLine(error.message)}`,
    );
  }
  if (
    WRITE_CODES.has(code) ||
    (code === "Neo.ClientError.Security.Forbidden" && READ_MODE_MESSAGE.test(error.message))
  ) {
    return new QueryError(
      "WRITE_FORBIDDEN",
      `neo4j: this query writes but runs read-only (${code}): ${firstLine(error.message)}`,
    );
  }
  if (code.startsWith("Neo."))
    return new QueryError("QUERY_FAILED", `neo4j: ${code}: ${firstLine(error.message)}`);
  return error;
}
