/**
 * CLI edge: prints an error the way every command does (message only, no stack for known errors)
 * and returns the exit code. Commands catch here and nowhere else.
 */
import { DataError, EngineUnavailableError, QueryError } from "../model/errors.ts";

/** Prints `error` for a user of command `command` and returns the exit code to use. */
export function reportCliError(command: string, error: unknown): number {
  if (error instanceof DataError) {
    console.error(`${command}: ${error.message}`);
    return 1;
  }
  if (error instanceof QueryError) {
    const at = error.position ? ` (line ${error.position.line}, column ${error.position.column})` : "";
    console.error(`${command}: ${error.code}${at}: ${error.message}`);
    return 2;
  }
  if (error instanceof EngineUnavailableError) {
    console.error(`${command}: engine unavailable: ${error.message}`);
    return 3;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${command}: ${message}`);
  if (process.env["LAGEBILD_DEBUG"] && error instanceof Error) console.error(error.stack);
  return 1;
}
