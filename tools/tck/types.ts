/**
 * TCK types: the shapes shared by the loader, the scenario runner (in a child process) and the report.
 * Scenarios and results cross a process boundary, so they hold plain data only.
 */

/** One Gherkin step after outline expansion: its text and its doc string or data table. */
export interface TckStep {
  text: string;
  line: number;
  docString?: string;
  dataTable?: string[][];
}

/** One scenario (an outline expands to one per Examples row). */
export interface TckScenario {
  /** Index in the run, unique. */
  id: number;
  /** Folder of the feature below the features directory, e.g. `clauses/match`. */
  area: string;
  /** Feature file below the features directory, e.g. `clauses/match/Match1.feature`. */
  file: string;
  /** Line of the scenario, or of its Examples row. */
  line: number;
  name: string;
  tags: string[];
  steps: TckStep[];
}

/**
 * passed: every expectation met. failed: an expectation not met, an engine error where a result was
 * expected, an unsupported step, a timeout or an engine crash. errored: the runner itself could not
 * evaluate the scenario (e.g. an expected value it cannot parse). skipped: tagged `@ignore` upstream.
 */
export type TckStatus = "passed" | "failed" | "errored" | "skipped";

/** The outcome of one scenario. */
export interface TckResult {
  id: number;
  area: string;
  file: string;
  line: number;
  name: string;
  status: TckStatus;
  /** Why it did not pass; absent when passed. */
  reason?: string;
  durationMs: number;
}

/** Counts of one area, or of the whole run. */
export interface TckTally {
  area: string;
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
}
