/**
 * Scenarios on a live Neo4j, one after another: Neo4j Community has a single database, so scenarios
 * cannot run side by side. Before each scenario the database is emptied. Every query carries the
 * scenario budget as its server-side transaction timeout; should a scenario still not finish (the
 * server stuck before it checks the timeout), a guard fails it as a timeout, terminates the runner's
 * other transactions on the server and carries on with a new session.
 */
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { Neo4jTckDatabase } from "./neo4j-database.ts";
import { planScenario, playScenario, type ScenarioOutcome } from "./run-scenario.ts";
import type { TckResult, TckScenario } from "./types.ts";

export interface Neo4jRunOptions {
  /** Budget of each query (server-side transaction timeout). */
  timeoutMs: number;
  graphsDir: string;
  /** The database to run on; the server's default when absent. */
  database?: string;
  /** Called once per scenario, in order (for progress output). */
  onResult?: (result: TckResult) => void;
}

/** How long a whole scenario may take (several queries, each within the budget) before the guard fires. */
export function scenarioGuardMs(timeoutMs: number): number {
  return 4 * timeoutMs + 10_000;
}

const TERMINATE_OTHERS = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'TERMINATE'
TERMINATE TRANSACTIONS transactionId`;

async function terminateOthers(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session(database === undefined ? {} : { database });
  try {
    await session.run(TERMINATE_OTHERS);
  } catch {
    // Best effort: the transaction may have ended on its own meanwhile.
  } finally {
    await session.close();
  }
}

function guarded(work: Promise<ScenarioOutcome>, ms: number): Promise<ScenarioOutcome | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** Runs every scenario on the Neo4j behind `driver` (created with `useBigInt: true`); results in scenario order. */
export async function runOnNeo4j(
  driver: Driver,
  scenarios: TckScenario[],
  options: Neo4jRunOptions,
): Promise<TckResult[]> {
  const results: TckResult[] = [];
  const guardMs = scenarioGuardMs(options.timeoutMs);
  let db = new Neo4jTckDatabase(driver, options.timeoutMs, options.database);
  try {
    for (const scenario of scenarios) {
      const started = performance.now();
      const plan = planScenario(scenario);
      let outcome: ScenarioOutcome;
      if ("status" in plan) outcome = plan;
      else {
        await db.reset();
        const played = await guarded(playScenario(scenario, plan, db, options.graphsDir), guardMs);
        if (played) outcome = played;
        else {
          outcome = { status: "failed", reason: `timeout: no result after ${guardMs} ms` };
          await terminateOthers(driver, options.database);
          void db.close().catch(() => undefined);
          db = new Neo4jTckDatabase(driver, options.timeoutMs, options.database);
        }
      }
      const { id, area, file, line, name } = scenario;
      const result: TckResult = {
        id,
        area,
        file,
        line,
        name,
        ...outcome,
        durationMs: performance.now() - started,
      };
      results.push(result);
      options.onResult?.(result);
    }
    // Leave the database as the run found it: empty.
    await db.reset();
  } finally {
    await db.close();
  }
  return results;
}
