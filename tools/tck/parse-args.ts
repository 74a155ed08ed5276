/**
 * Arguments of `npm run tck`: validated here, at the boundary, so the runner gets complete options.
 * The features directory comes from `--features`, else LAGEBILD_TCK_DIR, else the TCK vendored in the
 * repository (`vendor/opencypher-tck/features`), so a fresh clone runs it with no setup.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

export interface TckOptions {
  featuresDir: string;
  /** Area prefixes to run (`clauses/match`, `expressions`); empty runs all. */
  areas: string[];
  verbose: boolean;
  jsonFile?: string;
  timeoutMs: number;
  jobs: number;
  help: boolean;
}

export const DEFAULT_FEATURES = "vendor/opencypher-tck/features";
export const DEFAULT_TIMEOUT_MS = 5000;

export const USAGE = `Usage: npm run tck -- [options]
  --features DIR   TCK features directory (default: $LAGEBILD_TCK_DIR, else ${DEFAULT_FEATURES} from the repository root)
  --area AREA      only this area or area prefix, e.g. clauses/match or expressions (repeatable, comma-separated)
  --verbose        list every scenario that did not pass, with the reason
  --json FILE      write the tallies and every result to FILE
  --timeout MS     budget per scenario before its worker is killed (default ${DEFAULT_TIMEOUT_MS})
  --jobs N         worker processes (default: one per core)
  --help           show this text`;

function positiveInteger(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`tck: ${flag}: expected a positive integer, got "${text}"`);
  return value;
}

/** Parses argv (without node and script) against the environment and the repository root. */
export function parseTckArgs(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): TckOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        features: { type: "string" },
        area: { type: "string", multiple: true },
        verbose: { type: "boolean", short: "v" },
        json: { type: "string" },
        timeout: { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`tck: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const featuresDir = values.features
    ? path.resolve(values.features)
    : env.LAGEBILD_TCK_DIR
      ? path.resolve(env.LAGEBILD_TCK_DIR)
      : path.resolve(repoRoot, DEFAULT_FEATURES);
  const areas = (values.area ?? [])
    .flatMap((a) => a.split(","))
    .map((a) => a.trim().replace(/^\/+|\/+$/g, ""))
    .filter((a) => a.length > 0);
  return {
    featuresDir,
    areas,
    verbose: values.verbose ?? false,
    ...(values.json ? { jsonFile: path.resolve(values.json) } : {}),
    timeoutMs: positiveInteger("--timeout", values.timeout, DEFAULT_TIMEOUT_MS),
    jobs: positiveInteger("--jobs", values.jobs, availableParallelism()),
    help: values.help ?? false,
  };
}
