/**
 * Grafeo plan check: the second, engine-side refusal of file access. Before a query runs, the worker
 * asks Grafeo for its plan (`EXPLAIN`) and refuses the query when the plan holds an operator that reads
 * files (LoadCsv, LoadJsonl, LoadParquet, LoadData). This is Grafeo's own parse, so it also covers any
 * spelling where Grafeo's grammar and Neo4j's (file-access-check.ts) might disagree.
 */
import { QueryError } from "../../model/errors.ts";
import type { GrafeoDatabase } from "./grafeo-module.ts";

/** Plan operators that read from the file system or a URL. */
export const FILE_OPERATORS = /\b(LoadCsv|LoadJsonl|LoadParquet|LoadData|LoadGraph)\b/;

/** Throws FILE_ACCESS_FORBIDDEN when Grafeo's plan for `query` reads files. */
export async function assertPlanReadsNoFiles(
  db: GrafeoDatabase,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  let plan = "";
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
  const hit = FILE_OPERATORS.exec(plan);
  if (hit) {
    throw new QueryError(
      "FILE_ACCESS_FORBIDDEN",
      `grafeo: this query reads files or URLs (plan operator ${hit[1]}), which queries may not do here; ` +
        "expected a query over the loaded graph only (load data with npm run load)",
    );
  }
}
