/**
 * Error expectations: `Then a SyntaxError should be raised at compile time: UndefinedVariable`.
 * - Grafeo's errors carry a GQLSTATUS, not the TCK's error types, so only the phase is checked: class 42
 *   (syntax error or access rule violation: GRAFEO-Q001 syntax, Q002 semantic) counts as compile time,
 *   any other error as runtime.
 * - Neo4j's errors carry their phase (see neo4j-errors.ts) and a status code that stands for some TCK
 *   error types, so phase and type are both checked.
 * `any time` accepts both phases. The TCK's detail is reported, never matched. The newer GQL-code steps
 * are matched exactly against the GQLSTATUS.
 */

export type ErrorPhase = "compile time" | "runtime";

/** A parsed `… should be raised at …` step. */
export interface ErrorExpectation {
  type: string;
  phase: ErrorPhase | "any time";
  detail: string;
}

/** An error the engine raised, as far as the runner can see it. */
export interface EngineError {
  message: string;
  gqlStatus?: string;
  /** The phase, when the engine tells it apart (Neo4j); else it is inferred from the GQLSTATUS. */
  phase?: ErrorPhase;
  /** The engine's own status code, e.g. `Neo.ClientError.Statement.SyntaxError`. */
  code?: string;
  /** The TCK error types `code` can stand for; absent when the engine has no such code (Grafeo). */
  tckTypes?: readonly string[];
}

const RAISED = /^an? (\w+) should be raised at (compile time|runtime|any time): (.+)$/;
const COMPILE_TIME_MESSAGE = /GRAFEO-Q00[12]\b|syntax error|semantic error/i;

/** Parses the text of an error step; undefined when the text is not one. */
export function parseErrorExpectation(text: string): ErrorExpectation | undefined {
  const match = RAISED.exec(text.trim());
  if (!match) return undefined;
  return { type: match[1]!, phase: match[2] as ErrorExpectation["phase"], detail: match[3]!.trim() };
}

/** The phase of an engine error: class 42 is compile time, everything else runtime. */
export function errorPhase(error: EngineError): ErrorPhase {
  if (error.phase !== undefined) return error.phase;
  if (error.gqlStatus !== undefined) return error.gqlStatus.startsWith("42") ? "compile time" : "runtime";
  return COMPILE_TIME_MESSAGE.test(error.message) ? "compile time" : "runtime";
}

/** First line of an engine message, without Grafeo's "Query error: " prefix. */
export function shortMessage(message: string): string {
  return (message.split("\n")[0] ?? "").replace(/^Query error: /, "").trim();
}

/** Checks an expectation against the error raised (undefined when the query succeeded). */
export function checkRaised(
  expectation: ErrorExpectation,
  error: EngineError | undefined,
): string | undefined {
  const wanted = `${expectation.type} (${expectation.detail}) at ${expectation.phase}`;
  if (error === undefined) return `expected ${wanted}, but the query succeeded`;
  const phase = errorPhase(error);
  const status = [error.gqlStatus, error.code].filter((s) => s !== undefined).join(" ");
  const got = `${status ? ` [${status}]` : ""}: ${shortMessage(error.message)}`;
  if (expectation.phase !== "any time" && expectation.phase !== phase) {
    return `expected ${wanted}, got a ${phase} error${got}`;
  }
  if (error.tckTypes && !error.tckTypes.includes(expectation.type)) {
    const standsFor = error.tckTypes.length > 0 ? error.tckTypes.join("/") : "no TCK error type";
    return `expected ${wanted}, got an error of another type (${standsFor})${got}`;
  }
  return undefined;
}

/** Checks `an error with GQL code X should be raised [with message matching: R]` exactly. */
export function checkGqlCode(
  code: string,
  pattern: string | undefined,
  error: EngineError | undefined,
): string | undefined {
  if (error === undefined) return `expected an error with GQL code ${code}, but the query succeeded`;
  if (error.gqlStatus !== code) {
    return `expected an error with GQL code ${code}, got ${error.gqlStatus ?? "no code"}: ${shortMessage(error.message)}`;
  }
  if (pattern !== undefined && !new RegExp(pattern).test(error.message)) {
    return `expected a message matching ${pattern}, got: ${shortMessage(error.message)}`;
  }
  return undefined;
}
