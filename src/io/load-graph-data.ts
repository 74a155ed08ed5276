/**
 * Loading graph-data from disk: reads sources.yaml, the entities and relationships files and the
 * source texts of a graph-data directory and validates them. Throws a DataError carrying every
 * problem, so a caller that already holds a graph keeps it untouched.
 *
 * Entities and relationships may each be one file (`entities.yaml`), a folder of files
 * (`entities/*.yaml`, read in name order), or both, so a corpus stays reviewable file by file
 * (e.g. one relationships file per source).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DataError } from "../model/errors.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import {
  validateGraphData,
  type GraphDataFile,
  type GraphDataInput,
  type ValidateOptions,
} from "../model/validate-graph-data.ts";

/** The graph-data directory of this repository. */
export const DEFAULT_GRAPH_DATA_DIR = new URL("../../graph-data", import.meta.url).pathname;

function missing(file: string, message: string): DataError {
  return new DataError([{ file, line: 0, field: "(file)", message }]);
}

/** `<name>.yaml` and every `<name>/*.yaml`, in that order; at least one must exist. */
function listFiles(dir: string, name: string, shown: (path: string) => string): GraphDataFile[] {
  const paths: string[] = [];
  const single = join(dir, `${name}.yaml`);
  if (existsSync(single)) paths.push(single);
  const folder = join(dir, name);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const names = readdirSync(folder)
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort();
    paths.push(...names.map((f) => join(folder, f)));
  }
  if (paths.length === 0) {
    throw missing(shown(single), `file not found; expected ${name}.yaml or ${name}/*.yaml in ${dir}`);
  }
  return paths.map((path) => lazyFile(shown(path), path));
}

/**
 * A file whose text is read when asked for and not kept: at corpus size the YAML texts would hold
 * hundreds of megabytes for the whole validation; a file is read again only to locate a problem.
 */
function lazyFile(file: string, path: string): GraphDataFile {
  return {
    file,
    get text(): string {
      return readFileSync(path, "utf8");
    },
  };
}

/** Reads the files of a graph-data directory (no validation yet). */
export function readGraphDataInput(dir: string): GraphDataInput {
  const shown = (path: string): string => relative(process.cwd(), path) || path;
  const sourcesFile = join(dir, "sources.yaml");
  if (!existsSync(sourcesFile)) {
    throw missing(shown(sourcesFile), `file not found; expected sources.yaml in ${dir}`);
  }
  const sourcesDir = join(dir, "sources");
  const sourceTexts = new Map<string, string>();
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) {
      if (name.endsWith(".txt")) sourceTexts.set(name, readFileSync(join(sourcesDir, name), "utf8"));
    }
  }
  return {
    sources: { file: shown(sourcesFile), text: readFileSync(sourcesFile, "utf8") },
    entities: listFiles(dir, "entities", shown),
    relationships: listFiles(dir, "relationships", shown),
    sourceTexts,
    sourcesDir: shown(sourcesDir),
  };
}

/** Reads and validates a graph-data directory; throws DataError with every issue found. */
export function loadGraphData(
  dir: string = DEFAULT_GRAPH_DATA_DIR,
  onProgress?: ValidateOptions["onProgress"],
): KnowledgeGraph {
  const { graph, issues } = validateGraphData(readGraphDataInput(dir), onProgress ? { onProgress } : {});
  if (!graph) throw new DataError(issues);
  return graph;
}

/**
 * Reads and validates only the sources of a graph-data directory (sources.yaml and the documents):
 * what the server needs to show evidence when the engine already holds the graph (a store written by
 * `npm run load`, or Neo4j), without reading every entity and relationship again (100k entities / 500k
 * relationships: 0.3 s instead of about 15 s, and a few MB instead of a GB held by the server).
 */
export function loadSources(dir: string = DEFAULT_GRAPH_DATA_DIR): KnowledgeGraph {
  const input = readGraphDataInput(dir);
  const { graph, issues } = validateGraphData({ ...input, entities: [], relationships: [] });
  if (!graph) throw new DataError(issues);
  return graph;
}
