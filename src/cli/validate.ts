/**
 * `npm run validate [-- --dir DIR] [--fix]`: checks graph-data (schema, ids, references, vocabulary,
 * quotes at their offsets, dates, the model's rules) and prints every problem with file, line and
 * field; exits non-zero when any is found. With --fix it first sets the offsets of every quote found
 * exactly once in its source, and lists the quotes it could not place.
 */
import { parseArgs } from "node:util";
import { fixGraphDataOffsets } from "../io/fix-graph-data.ts";
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import { formatDataIssue } from "../model/errors.ts";
import { reportCliError } from "./cli-error.ts";

function fix(dir: string): number {
  const result = fixGraphDataOffsets(dir);
  for (const line of result.fixed) console.log(`fixed ${line}`);
  for (const problem of result.problems) console.error(`validate --fix: ${formatDataIssue(problem)}`);
  console.log(
    result.written.length > 0
      ? `validate --fix: set the offsets of ${result.fixed.length} piece(s) of evidence in ${result.written.join(", ")}`
      : "validate --fix: no offsets to fix",
  );
  return result.problems.length;
}

/** Runs the command; returns the exit code. */
export function runValidate(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { dir: { type: "string" }, fix: { type: "boolean", default: false } },
    });
    const dir = values.dir ?? DEFAULT_GRAPH_DATA_DIR;
    const unplaced = values.fix ? fix(dir) : 0;
    const graph = loadGraphData(dir);
    if (unplaced > 0) return 1;
    console.log(
      `graph-data is valid: ${graph.sources.length} source(s), ${graph.entities.length} entities, ` +
        `${graph.relationships.length} relationships, every quote found verbatim at its offsets`,
    );
    return 0;
  } catch (error) {
    return reportCliError("validate", error);
  }
}
