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
import type { TckOptions } from "./parse-args.ts";
import { failureBreakdown, formatTable, legend, passRate, tally } from "./report.ts";
import { runInWorkers } from "./run-in-workers.ts";
import { runOnNeo4j } from "./run-on-neo4j.ts";
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
}

async function runOnEngine(
  options: TckOptions,
  scenarios: TckScenario[],
  repoRoot: string,
): Promise<EngineRun> {
  const graphsDir = path.join(options.featuresDir, "..", "graphs");
  const files = new Set(scenarios.map((s) => s.file)).size;
  const announce = (engine: string) =>
    console.log(
      `openCypher TCK against ${engine}: ${scenarios.length} scenarios from ${files} feature files with scenarios in ${options.featuresDir}`,
    );
  if (options.engine === "grafeo") {
    const engine = `Grafeo ${grafeoVersion()}`;
    announce(engine);
    const results = await runInWorkers(scenarios, {
      jobs: options.jobs,
      timeoutMs: options.timeoutMs,
      graphsDir,
      onResult: progress(scenarios.length),
    });
    return { engine, results, lanes: `${options.jobs} worker(s)` };
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
      timeoutMs: options.timeoutMs,
      graphsDir,
      ...(target.config.database === undefined ? {} : { database: target.config.database }),
      onResult: progress(scenarios.length),
    });
    return { engine: target.version, results, lanes: "one connection" };
  } finally {
    await target.close();
  }
}

/** Runs the TCK with validated options; resolves when the report is printed (and written). */
export async function runTck(options: TckOptions, repoRoot: string): Promise<void> {
  const scenarios = loadChecked(options);
  const started = Date.now();
  const { engine, results, lanes } = await runOnEngine(options, scenarios, repoRoot);
  const durationMs = Date.now() - started;
  const { areas, overall } = tally(results);

  if (options.verbose) console.log(`\n${formatFailures(results)}`);
  console.log(`\n${formatTable(areas, overall)}\n`);
  const breakdown = failureBreakdown(results);
  if (breakdown.length > 0) {
    console.log(
      `Why scenarios did not pass:\n${breakdown.map(([kind, n]) => `  ${String(n).padStart(5)}  ${kind}`).join("\n")}\n`,
    );
  }
  console.log(legend(options.timeoutMs, options.engine));
  console.log(
    `\nOverall on ${engine}: ${overall.passed} of ${overall.total - overall.skipped} scenarios passed (${passRate(overall).toFixed(1)}%)` +
      ` in ${(durationMs / 1000).toFixed(1)} s with ${lanes}.`,
  );
  if (options.jsonFile) {
    const report = { engine, featuresDir: options.featuresDir, durationMs, overall, areas, results };
    writeFileSync(options.jsonFile, JSON.stringify(report, null, 2) + "\n");
    console.log(`Results written to ${options.jsonFile}`);
  }
}
