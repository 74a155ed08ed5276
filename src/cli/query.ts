/**
 * `npm run query -- "<cypher>" [--param name=value …] [--format table|json|csv] [--engine grafeo|neo4j]
 * [--write] [--allow-file-access] [--timeout-ms N] [--max-rows N]`: runs one Cypher query on the graph
 * built from graph-data (or on Neo4j). LOAD CSV and file or URL procedures are refused unless
 * `--allow-file-access` says the user accepts that the query may read any file this user can. Parameter values are read as JSON when they parse (numbers, lists, maps), else as text.
 */
import { parseArgs } from "node:util";
import { loadGraphData } from "../io/load-graph-data.ts";
import { reportCliError } from "./cli-error.ts";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "./format-result.ts";
import { engineName, NEO4J_FLAG_OPTIONS, neo4jFlags, openEngine } from "./open-engine.ts";

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
export async function runQuery(argv: string[]): Promise<number> {
  let engine: Awaited<ReturnType<typeof openEngine>> | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        param: { type: "string", multiple: true, short: "p" },
        format: { type: "string", short: "f" },
        engine: { type: "string" },
        ...NEO4J_FLAG_OPTIONS,
        write: { type: "boolean" },
        "allow-file-access": { type: "boolean" },
        "timeout-ms": { type: "string" },
        "max-rows": { type: "string" },
      },
    });
    const query = positionals.join(" ").trim();
    if (!query) throw new Error('missing query; expected npm run query -- "MATCH (n) RETURN n LIMIT 5"');
    const format = (values.format ?? "table") as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) {
      throw new Error(`--format "${format}" is unknown; expected one of ${OUTPUT_FORMATS.join(", ")}`);
    }
    const params = parseParams(values.param ?? []);
    engine = await openEngine(engineName(values.engine), () => loadGraphData(), neo4jFlags(values));
    const result = await engine.run(query, params, {
      readOnly: !values.write,
      allowFileAccess: values["allow-file-access"] ?? false,
      timeoutMs: positiveInt("timeout-ms", values["timeout-ms"], 30_000),
      maxRows: positiveInt("max-rows", values["max-rows"], 10_000),
    });
    console.log(formatResult(result, format));
    return 0;
  } catch (error) {
    return reportCliError("query", error);
  } finally {
    await engine?.close();
  }
}
