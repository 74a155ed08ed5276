/**
 * The database a scenario runs on, as the scenario runner sees it: run a query (with its side effects
 * measured when the scenario checks them) and turn a TCK value into a parameter. One implementation per
 * engine (grafeo-database.ts, neo4j-database.ts), so the steps are played the same way on both.
 */
import type { ActualTable } from "./compare-results.ts";
import type { EngineError } from "./error-expectation.ts";
import type { SideEffects } from "./side-effects.ts";
import type { TckValue } from "./tck-value.ts";

/** What one query gave: a table or the error the engine raised, and its side effects if measured. */
export interface QueryOutcome {
  table?: ActualTable;
  error?: EngineError;
  sideEffects?: SideEffects;
}

export interface TckDatabase {
  /** Runs one query; measures its side effects when `measureSideEffects` is set. */
  run(query: string, params: Record<string, unknown>, measureSideEffects: boolean): Promise<QueryOutcome>;
  /** A TCK value as this engine takes it as a query parameter. */
  toParameter(value: TckValue): unknown;
}

/** Thrown by a database when a query ran past the scenario's budget; the scenario fails as a timeout. */
export class TckTimeoutError extends Error {}
