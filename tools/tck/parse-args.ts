/**
 * Arguments of `npm run tck`: validated here, at the boundary, so the runner gets complete options.
 * The features directory comes from `--features`, else LAGEBILD_TCK_DIR, else the TCK vendored in the
 * repository (`vendor/opencypher-tck/features`), so a fresh clone runs it with no setup. The engine is
 * the embedded Grafeo unless `--engine neo4j` names the live server (see neo4j-target.ts).
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

/** Engines the TCK runs on. */
export const TCK_ENGINES = ["grafeo", "neo4j"] as const;
export type TckEngineName = (typeof TCK_ENGINES)[number];

export interface TckOptions {
  /** The engines to run on, one after another (a side-by-side table follows when there are several). */
  engines: TckEngineName[];
  featuresDir: string;
  /** Area prefixes to run (`clauses/match`, `expressions`); empty runs all. */
  areas: string[];
  verbose: boolean;
  jsonFile?: string;
  /** `--timeout`; absent means each engine's default (see queryBudgetMs). */
  timeoutMs?: number;
  jobs: number;
  /** Neo4j: run on a configured database that holds data (the TCK deletes it). */
  wipe: boolean;
  /** Neo4j: start a throwaway local server even when one is configured. */
  ownServer: boolean;
  help: boolean;
}

export const DEFAULT_FEATURES = "vendor/opencypher-tck/features";
export const DEFAULT_TIMEOUT_MS = 5000;
/** Neo4j plans a new query before it runs it; a long TCK query can take seconds to plan on a busy machine. */
export const DEFAULT_NEO4J_TIMEOUT_MS = 30_000;

export const USAGE = `Usage: npm run tck -- [options]
  --engine NAME    grafeo (the embedded engine, default) or neo4j (NEO4J_URI … from the environment, .env or
                   .lagebild/neo4j/env; without them a throwaway local Neo4j is started and stopped);
                   grafeo,neo4j runs both and prints their figures side by side per area
  --features DIR   TCK features directory (default: $LAGEBILD_TCK_DIR, else ${DEFAULT_FEATURES} from the repository root)
  --area AREA      only this area or area prefix, e.g. clauses/match or expressions (repeatable, comma-separated)
  --verbose        list every scenario that did not pass, with the reason
  --json FILE      write the tallies and every result to FILE
  --timeout MS     budget per query: grafeo kills the worker past it (default ${DEFAULT_TIMEOUT_MS}); neo4j ends
                   the transaction on the server (default ${DEFAULT_NEO4J_TIMEOUT_MS})
  --jobs N         worker processes (default: one per core; Neo4j runs scenarios one at a time)
  --wipe           neo4j: run even though the database holds data (the TCK deletes everything in it)
  --own-server     neo4j: start a throwaway local Neo4j even when a server is configured
  --help           show this text`;

function positiveInteger(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`tck: ${flag}: expected a positive integer, got "${text}"`);
  return value;
}

/** Repeated and comma-separated flag values, trimmed, empty ones dropped. */
function list(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The budget of one query on `engine`: `--timeout`, else that engine's default. */
export function queryBudgetMs(options: Pick<TckOptions, "timeoutMs">, engine: TckEngineName): number {
  return options.timeoutMs ?? (engine === "neo4j" ? DEFAULT_NEO4J_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
}

/** Parses argv (without node and script) against the environment and the repository root. */
export function parseTckArgs(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): TckOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        engine: { type: "string", multiple: true },
        features: { type: "string" },
        area: { type: "string", multiple: true },
        verbose: { type: "boolean", short: "v" },
        json: { type: "string" },
        timeout: { type: "string" },
        jobs: { type: "string" },
        wipe: { type: "boolean" },
        "own-server": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`tck: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const engines = list(values.engine ?? ["grafeo"]);
  for (const engine of engines) {
    if (!(TCK_ENGINES as readonly string[]).includes(engine)) {
      throw new Error(`tck: --engine "${engine}" is unknown; expected one of ${TCK_ENGINES.join(", ")}`);
    }
  }
  const featuresDir = values.features
    ? path.resolve(values.features)
    : env.LAGEBILD_TCK_DIR
      ? path.resolve(env.LAGEBILD_TCK_DIR)
      : path.resolve(repoRoot, DEFAULT_FEATURES);
  const areas = list(values.area ?? [])
    .map((a) => a.replace(/^\/+|\/+$/g, ""))
    .filter((a) => a.length > 0);
  return {
    engines: [...new Set(engines as TckEngineName[])],
    featuresDir,
    areas,
    verbose: values.verbose ?? false,
    ...(values.json ? { jsonFile: path.resolve(values.json) } : {}),
    ...(values.timeout === undefined ? {} : { timeoutMs: positiveInteger("--timeout", values.timeout, 0) }),
    jobs: positiveInteger("--jobs", values.jobs, availableParallelism()),
    wipe: values.wipe ?? false,
    ownServer: values["own-server"] ?? false,
    help: values.help ?? false,
  };
}
