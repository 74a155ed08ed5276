/**
 * Scenario runner: plays the steps of one TCK scenario against a TckDatabase and stops at the first
 * step whose expectation fails. The same steps run on every engine; only the database differs (a fresh
 * Grafeo per scenario in a killable worker, or the one Neo4j database wiped between scenarios).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { classifyStep, type StepAction } from "./classify-step.ts";
import { compareEmpty, compareResults, type ActualTable } from "./compare-results.ts";
import { checkGqlCode, checkRaised, shortMessage, type EngineError } from "./error-expectation.ts";
import { parseTckValue, TckValueSyntaxError } from "./parse-tck-value.ts";
import { compareSideEffects } from "./side-effects.ts";
import { TckTimeoutError, type QueryOutcome, type TckDatabase } from "./tck-database.ts";
import type { TckScenario, TckStatus, TckStep } from "./types.ts";

export type ScenarioOutcome = { status: TckStatus; reason?: string };

/** A scenario ready to play: the action of each step, and whether side effects are checked. */
export interface ScenarioPlan {
  actions: StepAction[];
  measureSideEffects: boolean;
}

/** Describes an engine error on one line: its status codes, then its message. */
export function describeError(error: EngineError): string {
  const status = [error.gqlStatus, error.code].filter((s) => s !== undefined).join(" ");
  return `${status ? `[${status}] ` : ""}${shortMessage(error.message)}`;
}

/** The state of one scenario while its steps run. */
class ScenarioRun {
  private params: Record<string, unknown> = {};
  private outcome: QueryOutcome | undefined;

  constructor(
    private readonly db: TckDatabase,
    private readonly graphsDir: string,
    private readonly measureSideEffects: boolean,
  ) {}

  private async namedGraph(name: string): Promise<string | undefined> {
    const file = path.join(this.graphsDir, name, `${name}.cypher`);
    if (!existsSync(file)) return `unsupported step: named graph "${name}" not found; expected ${file}`;
    const { error } = await this.db.run(readFileSync(file, "utf8"), {}, false);
    return error && `creating named graph "${name}" failed: ${describeError(error)}`;
  }

  private table(): ActualTable | string {
    if (!this.outcome) return "no query was executed before this step";
    if (this.outcome.error)
      return `expected a result, but the engine raised ${describeError(this.outcome.error)}`;
    return this.outcome.table!;
  }

  private sideEffects(table: string[][]): string | undefined {
    const measured = this.outcome?.sideEffects;
    if (!measured) return "no query was executed before this step";
    return compareSideEffects(table, measured);
  }

  /** Performs one step; returns why it failed, or undefined. */
  async perform(action: StepAction, step: TckStep): Promise<string | undefined> {
    const text = step.docString ?? "";
    const table = step.dataTable ?? [];
    switch (action.kind) {
      case "empty-graph":
        return undefined;
      case "named-graph":
        return this.namedGraph(action.name);
      case "setup-query": {
        const { error } = await this.db.run(text, this.params, false);
        return error && `setup query failed: ${describeError(error)}`;
      }
      case "parameters":
        for (const [name = "", value = ""] of table) {
          this.params[name] = this.db.toParameter(parseTckValue(value));
        }
        return undefined;
      case "query":
        this.outcome = await this.db.run(text, this.params, this.measureSideEffects);
        return undefined;
      case "control-query":
        this.outcome = await this.db.run(text, this.params, false);
        return undefined;
      case "result":
      case "empty-result": {
        const actual = this.table();
        if (typeof actual === "string") return actual;
        return action.kind === "empty-result" ? compareEmpty(actual) : compareResults(table, actual, action);
      }
      case "no-side-effects":
        return this.sideEffects([]);
      case "side-effects":
        return this.sideEffects(table);
      case "error":
        if (!this.outcome) return "no query was executed before this step";
        return checkRaised(action.expectation, this.outcome.error);
      case "gql-error":
        if (!this.outcome) return "no query was executed before this step";
        return checkGqlCode(action.code, action.message, this.outcome.error);
      case "unsupported":
        return `unsupported step: ${step.text}`;
    }
  }
}

/** Plans a scenario, or says why it does not run (tagged @ignore, or a step the runner cannot play). */
export function planScenario(scenario: TckScenario): ScenarioPlan | ScenarioOutcome {
  if (scenario.tags.includes("@ignore")) return { status: "skipped", reason: "tagged @ignore in the TCK" };
  const actions = scenario.steps.map((step) => classifyStep(step.text));
  const unsupported = scenario.steps.find((_step, i) => actions[i]!.kind === "unsupported");
  if (unsupported)
    return { status: "failed", reason: `line ${unsupported.line}: unsupported step: ${unsupported.text}` };
  const measureSideEffects = actions.some((a) => a.kind === "side-effects" || a.kind === "no-side-effects");
  return { actions, measureSideEffects };
}

/** Plays a planned scenario on `db`; `graphsDir` holds the TCK's named graphs (`<name>/<name>.cypher`). */
export async function playScenario(
  scenario: TckScenario,
  plan: ScenarioPlan,
  db: TckDatabase,
  graphsDir: string,
): Promise<ScenarioOutcome> {
  const run = new ScenarioRun(db, graphsDir, plan.measureSideEffects);
  let line = scenario.line;
  try {
    for (const [i, step] of scenario.steps.entries()) {
      line = step.line;
      const reason = await run.perform(plan.actions[i]!, step);
      if (reason !== undefined) return { status: "failed", reason: `line ${step.line}: ${reason}` };
    }
    return { status: "passed" };
  } catch (error) {
    if (error instanceof TckTimeoutError)
      return { status: "failed", reason: `timeout: line ${line}: ${error.message}` };
    const prefix = error instanceof TckValueSyntaxError ? "cannot read the expected value" : "runner error";
    return {
      status: "errored",
      reason: `${prefix}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
