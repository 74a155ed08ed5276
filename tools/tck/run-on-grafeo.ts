/**
 * One scenario on the embedded engine: a fresh in-memory Grafeo database, closed afterwards. Runs inside
 * a worker process (see worker.ts), which the parent kills when a query hangs, so nothing here needs a
 * timeout.
 */
import { GrafeoDB } from "../../src/engine/grafeo/grafeo-module.ts";
import { GrafeoTckDatabase } from "./grafeo-database.ts";
import { planScenario, playScenario, type ScenarioOutcome } from "./run-scenario.ts";
import type { TckScenario } from "./types.ts";

/** Runs one scenario on a fresh Grafeo; `graphsDir` holds the TCK's named graphs. */
export async function runOnGrafeo(scenario: TckScenario, graphsDir: string): Promise<ScenarioOutcome> {
  const plan = planScenario(scenario);
  if ("status" in plan) return plan;
  const db = GrafeoDB.create();
  try {
    return await playScenario(scenario, plan, new GrafeoTckDatabase(db), graphsDir);
  } finally {
    db.close();
  }
}
