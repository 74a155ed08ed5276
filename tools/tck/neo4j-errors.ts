/**
 * Neo4j errors as the TCK sees them. The phase is exact: the driver sends RUN and PULL together, and a
 * query that fails to compile fails its RUN (the result's keys never arrive), while a runtime error
 * fails the PULL after the keys arrived. The TCK's error type is matched through Neo4j's status code:
 * Neo4j's taxonomy is coarser (it reports compile-time semantic and type checks as
 * `Neo.ClientError.Statement.SyntaxError`), so each code stands for the TCK types listed in
 * TCK_TYPES_BY_CODE. The TCK's detail (e.g. UndefinedVariable) has no code in Neo4j and is not matched.
 */
import type { EngineError, ErrorPhase } from "./error-expectation.ts";

/** The TCK error types each Neo4j status code can stand for; a code not listed stands for none. */
export const TCK_TYPES_BY_CODE: Readonly<Record<string, readonly string[]>> = {
  "Neo.ClientError.Statement.SyntaxError": ["SyntaxError", "SemanticError", "TypeError"],
  "Neo.ClientError.Statement.SemanticError": ["SemanticError", "SyntaxError"],
  "Neo.ClientError.Statement.TypeError": ["TypeError"],
  "Neo.ClientError.Statement.ArgumentError": ["ArgumentError"],
  "Neo.ClientError.Statement.ArithmeticError": ["ArithmeticError"],
  "Neo.ClientError.Statement.EntityNotFound": ["EntityNotFound"],
  "Neo.ClientError.Statement.ParameterMissing": ["ParameterMissing"],
  "Neo.ClientError.Schema.ConstraintValidationFailed": ["ConstraintVerificationFailed"],
  "Neo.ClientError.Procedure.ProcedureNotFound": ["ProcedureError"],
  "Neo.ClientError.Procedure.ProcedureCallFailed": ["ProcedureError"],
};

/** Codes of a transaction Neo4j ended because it ran past the timeout the runner gave it. */
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.TransactionTimedOut",
]);

interface DriverError {
  message?: unknown;
  code?: unknown;
  gqlStatus?: unknown;
}

/** True when Neo4j ended the query because of the runner's transaction timeout. */
export function isTimeout(error: EngineError): boolean {
  return error.code !== undefined && TIMEOUT_CODES.has(error.code);
}

/** An error thrown by the driver as an EngineError, with the phase it was raised in. */
export function fromNeo4jError(error: unknown, phase: ErrorPhase): EngineError {
  const raw = (typeof error === "object" && error !== null ? error : { message: error }) as DriverError;
  const code = typeof raw.code === "string" ? raw.code : undefined;
  const gqlStatus = typeof raw.gqlStatus === "string" ? raw.gqlStatus : undefined;
  return {
    message: String(raw.message ?? error),
    phase,
    ...(code === undefined ? {} : { code, tckTypes: TCK_TYPES_BY_CODE[code] ?? [] }),
    ...(gqlStatus === undefined ? {} : { gqlStatus }),
  };
}
