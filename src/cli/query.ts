/**
 * `npm run query -- "<cypher>" [--param name=value …] [--format table|json|csv] [--engine NAME]
 * [engine settings] [--write] [--allow-file-access] [--timeout-ms N] [--max-rows N]`: runs one Cypher
 * query on the chosen engine (by default graph-data in the embedded engine). LOAD CSV and file or URL
 * procedures are refused unless `--allow-file-access` says the user accepts that the query may read
 * any file or URL this user can. Parameter values are read as JSON when they
 * parse (numbers, lists, maps), else as text. Limits default to QUERY_LIMITS, as in the console.
 */
import { QUERY_LIMITS } from "../contract/limits.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import { loadGraphData } from "../io/load-graph-data.ts";
import { reportCliError } from "./cli-error.ts";
import { processIo, type CommandIo } from "./command-io.ts";
import { parseEngineCommand } from "./engine-args.ts";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "./format-result.ts";

/** Parses `name=value` parameters; a value that is valid JSON is taken as JSON. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new Error(`--param "${pair}": expected name=value`);
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    try {
      params[name] = JSON.parse(raw);
    } catch {
      params[name] = raw;
    }
  }
  return params;
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${flag} "${value}": expected a positive integer`);
  return n;
}

/** Runs the command; returns the exit code. */
export async function runQuery(argv: string[], io: CommandIo = processIo()): Promise<number> {
  let engine: CypherEngine | undefined;
  try {
    const line = parseEngineCommand(
      "query",
      argv,
      {
        param: { type: "string", multiple: true, short: "p" },
        format: { type: "string", short: "f" },
        write: { type: "boolean" },
        "allow-file-access": { type: "boolean" },
        "timeout-ms": { type: "string" },
        "max-rows": { type: "string" },
      },
      { env: io.env, allowPositionals: true },
    );
    const values = line.values as {
      param?: string[];
      format?: string;
      write?: boolean;
      "allow-file-access"?: boolean;
      "timeout-ms"?: string;
      "max-rows"?: string;
    };
    const query = line.positionals.join(" ").trim();
    if (!query) throw new Error('missing query; expected npm run query -- "MATCH (n) RETURN n LIMIT 5"');
    const format = (values.format ?? "table") as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) {
      throw new Error(`--format "${format}" is unknown; expected one of ${OUTPUT_FORMATS.join(", ")}`);
    }
    const params = parseParams(values.param ?? []);
    const options = {
      readOnly: !values.write,
      allowFileAccess: values["allow-file-access"] ?? false,
      timeoutMs: positiveInt("timeout-ms", values["timeout-ms"], QUERY_LIMITS.timeoutMs),
      maxRows: positiveInt("max-rows", values["max-rows"], QUERY_LIMITS.maxRows),
    };
    engine = await line.engine.open({
      flags: line.engineFlags,
      readGraph: () => loadGraphData(),
      env: io.env,
      cwd: io.cwd,
    });
    const result = await engine.run(query, params, options);
    io.stdout.write(`${formatResult(result, format)}\n`);
    return 0;
  } catch (error) {
    return reportCliError("query", error);
  } finally {
    await engine?.close();
  }
}
