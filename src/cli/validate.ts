/**
 * `npm run validate`: checks graph-data (schema, ids, references, vocabulary, quotes at their offsets,
 * dates) and prints every problem with file, line and field; exits non-zero when any is found.
 */
import { parseArgs } from "node:util";
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import { reportCliError } from "./cli-error.ts";

/** Runs the command; returns the exit code. */
export function runValidate(argv: string[]): number {
  try {
    const { values } = parseArgs({ args: argv, options: { dir: { type: "string" } } });
    const graph = loadGraphData(values.dir ?? DEFAULT_GRAPH_DATA_DIR);
    console.log(
      `graph-data is valid: ${graph.sources.length} source(s), ${graph.entities.length} entities, ` +
        `${graph.relationships.length} relationships, every quote found verbatim at its offsets`,
    );
    return 0;
  } catch (error) {
    return reportCliError("validate", error);
  }
}
