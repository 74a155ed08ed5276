/**
 * Grafeo plan check: the second, engine-side refusal of file access. Before a query runs, the worker
 * asks Grafeo for its plan (`EXPLAIN`) and refuses the query when the plan holds an operator that reads
 * files (LoadCsv, LoadJsonl, LoadParquet, LoadData). This is Grafeo's own parse, so it also covers any
 * spelling where Grafeo's grammar and Neo4j's (file-access-check.ts) might disagree.
 *
 * It runs in the engine process, in the same request as the query (no extra round-trip), and its
 * verdict is kept per query text: which operators a plan holds follows from the text alone (a
 * parameter is a value, never a clause), so a text already planned clean runs without a second
 * EXPLAIN. A text whose plan reads files is refused again every time (its verdict is kept too); a
 * text Grafeo cannot plan is not kept, and running it reports the real error.
 */
import { QueryError } from "../../model/errors.ts";
import type { GrafeoDatabase } from "./grafeo-module.ts";

/** Plan operators that read from the file system or a URL. */
export const FILE_OPERATORS = /\b(LoadCsv|LoadJsonl|LoadParquet|LoadData|LoadGraph)\b/;

/** Plan verdicts per query text: the file operator found, or null for a clean plan. */
const verdicts = new Map<string, string | null>();
const MAX_VERDICTS = 1_000;

/** Throws FILE_ACCESS_FORBIDDEN when Grafeo's plan for `query` reads files. */
export async function assertPlanReadsNoFiles(
  db: GrafeoDatabase,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  let operator = verdicts.get(query);
  if (operator === undefined) {
    let plan: string;
    try {
      const result = await db.executeCypher(`EXPLAIN ${query}`, params);
      plan = result
        .toArray()
        .map((row) => String(row["plan"] ?? ""))
        .join("\n");
    } catch {
      // No plan (a syntax error, or a query EXPLAIN cannot prefix): running it reports the real error.
      return;
    }
    operator = FILE_OPERATORS.exec(plan)?.[1] ?? null;
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(query, operator);
  }
  if (operator !== null) {
    throw new QueryError(
      "FILE_ACCESS_FORBIDDEN",
      `grafeo: this query reads files or URLs (plan operator ${operator}), which queries may not do here; ` +
        "expected a query over the loaded graph only (load data with npm run load)",
    );
  }
}

/** How many plan verdicts are kept (diagnostics and tests). */
export function planVerdictCount(): number {
  return verdicts.size;
}
