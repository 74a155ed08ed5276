/**
 * Loading graph-data from disk: reads sources.yaml, entities.yaml, relationships.yaml and the source
 * texts of a graph-data directory and validates them. Throws a DataError carrying every problem, so a
 * caller that already holds a graph keeps it untouched.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DataError } from "../model/errors.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { validateGraphData, type GraphDataInput } from "../model/validate-graph-data.ts";

/** The graph-data directory of this repository. */
export const DEFAULT_GRAPH_DATA_DIR = new URL("../../graph-data", import.meta.url).pathname;

function readInput(dir: string): GraphDataInput {
  const shown = (name: string): string => relative(process.cwd(), join(dir, name)) || name;
  const read = (name: string): { file: string; text: string } => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      throw new DataError([
        {
          file: shown(name),
          line: 0,
          field: "(file)",
          message: `file not found; expected ${name} in ${dir}`,
        },
      ]);
    }
    return { file: shown(name), text: readFileSync(path, "utf8") };
  };
  const sourcesDir = join(dir, "sources");
  const sourceTexts = new Map<string, string>();
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) {
      if (name.endsWith(".txt")) sourceTexts.set(name, readFileSync(join(sourcesDir, name), "utf8"));
    }
  }
  return {
    sources: read("sources.yaml"),
    entities: read("entities.yaml"),
    relationships: read("relationships.yaml"),
    sourceTexts,
    sourcesDir: shown("sources"),
  };
}

/** Reads and validates a graph-data directory; throws DataError with every issue found. */
export function loadGraphData(dir: string = DEFAULT_GRAPH_DATA_DIR): KnowledgeGraph {
  const { graph, issues } = validateGraphData(readInput(dir));
  if (!graph) throw new DataError(issues);
  return graph;
}
