/**
 * `npm run tck`: runs the openCypher TCK feature files against the embedded Grafeo engine or a live
 * Neo4j and prints passed/failed/errored/skipped per area and overall. On Grafeo, scenarios run in
 * child processes (see run-in-workers.ts) so a hanging query costs one scenario, never the run; on
 * Neo4j they run one after another on its single database (see run-on-neo4j.ts).
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { grafeoVersion } from "../../src/engine/grafeo/grafeo-module.ts";
import { areaOf, findFeatureFiles, loadScenarios } from "./load-features.ts";
import { openNeo4jTarget } from "./neo4j-target.ts";
import { queryBudgetMs, type TckEngineName, type TckOptions } from "./parse-args.ts";
import { failureBreakdown, formatTable, legend, passRate, tally } from "./report.ts";
import { runInWorkers } from "./run-in-workers.ts";
import { runOnNeo4j } from "./run-on-neo4j.ts";
import { formatSideBySide } from "./side-by-side.ts";
import type { TckResult, TckScenario } from "./types.ts";

const PROGRESS_EVERY = 250;

function progress(total: number): (result: TckResult) => void {
  let done = 0;
  return () => {
    done++;
    if (process.stderr.isTTY) process.stderr.write(`\r  ${done}/${total} scenarios`);
    else if (done % PROGRESS_EVERY === 0) process.stderr.write(`  ${done}/${total} scenarios\n`);
    if (done === total && process.stderr.isTTY) process.stderr.write("\n");
  };
}

function formatFailures(results: TckResult[]): string {
  const lines = results
    .filter((r) => r.status === "failed" || r.status === "errored")
    .map(
      (r) =>
        `  ${r.status === "errored" ? "ERRORED " : ""}${r.file}:${r.line}  ${r.name}\n      ${r.reason ?? ""}`,
    );
  return lines.length === 0 ? "No failing scenarios." : `Scenarios that did not pass:\n${lines.join("\n")}`;
}

function loadChecked(options: TckOptions): TckScenario[] {
  const { featuresDir } = options;
  if (!existsSync(featuresDir) || !statSync(featuresDir).isDirectory()) {
    throw new Error(
      `tck: features directory ${featuresDir} not found; expected the openCypher TCK's features/ (pass --features DIR or set LAGEBILD_TCK_DIR)`,
    );
  }
  const scenarios = loadScenarios(featuresDir, options.areas);
  if (scenarios.length === 0) {
    const known = [...new Set(findFeatureFiles(featuresDir).map(areaOf))].join(", ");
    throw new Error(
      `tck: --area ${options.areas.join(",")}: no scenarios; expected one of ${known} (or a prefix)`,
    );
  }
  return scenarios;
}

interface EngineRun {
  engine: string;
  results: TckResult[];
  lanes: string;
  durationMs: number;
}

async function runOnEngine(
  name: TckEngineName,
  options: TckOptions,
  scenarios: TckScenario[],
  repoRoot: string,
): Promise<EngineRun> {
  const graphsDir = path.join(options.featuresDir, "..", "graphs");
  const timeoutMs = queryBudgetMs(options, name);
  const files = new Set(scenarios.map((s) => s.file)).size;
  const announce = (engine: string) =>
    console.log(
      `openCypher TCK against ${engine}: ${scenarios.length} scenarios from ${files} feature files with scenarios in ${options.featuresDir}`,
    );
  const started = Date.now();
  if (name === "grafeo") {
    const engine = `Grafeo ${grafeoVersion()}`;
    announce(engine);
    const results = await runInWorkers(scenarios, {
      jobs: options.jobs,
      timeoutMs,
      graphsDir,
      onResult: progress(scenarios.length),
    });
    return { engine, results, lanes: `${options.jobs} worker(s)`, durationMs: Date.now() - started };
  }
  const target = await openNeo4jTarget({
    repoRoot,
    env: process.env,
    cwd: process.cwd(),
    ownServer: options.ownServer,
    wipe: options.wipe,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    announce(target.description);
    const results = await runOnNeo4j(target.driver, scenarios, {
      timeoutMs,
      graphsDir,
      ...(target.config.database === undefined ? {} : { database: target.config.database }),
      onResult: progress(scenarios.length),
    });
    return { engine: target.version, results, lanes: "one connection", durationMs: Date.now() - started };
  } finally {
    await target.close();
  }
}

function printReport(name: TckEngineName, run: EngineRun, options: TckOptions): void {
  const { areas, overall } = tally(run.results);
  if (options.verbose) console.log(`\n${formatFailures(run.results)}`);
  console.log(`\n${formatTable(areas, overall)}\n`);
  const breakdown = failureBreakdown(run.results);
  if (breakdown.length > 0) {
    console.log(
      `Why scenarios did not pass:\n${breakdown.map(([kind, n]) => `  ${String(n).padStart(5)}  ${kind}`).join("\n")}\n`,
    );
  }
  console.log(legend(queryBudgetMs(options, name), name));
  console.log(
    `\nOverall on ${run.engine}: ${overall.passed} of ${overall.total - overall.skipped} scenarios passed (${passRate(overall).toFixed(1)}%)` +
      ` in ${(run.durationMs / 1000).toFixed(1)} s with ${run.lanes}.\n`,
  );
}

function report(run: EngineRun, featuresDir: string) {
  const { areas, overall } = tally(run.results);
  return {
    engine: run.engine,
    featuresDir,
    durationMs: run.durationMs,
    overall,
    areas,
    results: run.results,
  };
}

/** Runs the TCK with validated options; resolves when the reports are printed (and written). */
export async function runTck(options: TckOptions, repoRoot: string): Promise<void> {
  const scenarios = loadChecked(options);
  const runs: EngineRun[] = [];
  for (const name of options.engines) {
    const run = await runOnEngine(name, options, scenarios, repoRoot);
    printReport(name, run, options);
    runs.push(run);
  }
  if (runs.length > 1)
    console.log(`Side by side (${new Date().toISOString().slice(0, 10)}):\n\n${formatSideBySide(runs)}\n`);
  if (options.jsonFile) {
    // One engine: its report, as before; several: one report per engine.
    const reports = runs.map((run) => report(run, options.featuresDir));
    writeFileSync(
      options.jsonFile,
      JSON.stringify(reports.length === 1 ? reports[0] : { engines: reports }, null, 2) + "\n",
    );
    console.log(`Results written to ${options.jsonFile}`);
  }
}
