/**
 * Scenario runner: plays the steps of one TCK scenario against a fresh in-memory Grafeo database and
 * stops at the first step whose expectation fails. Runs inside a worker process (see worker.ts), which
 * the parent kills when a query hangs, so nothing here needs a timeout.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GrafeoError, QueryResult } from "@grafeo-db/js";
import { GrafeoDB, type GrafeoDatabase } from "../../src/engine/grafeo/grafeo-module.ts";
import { applyArrowType, readArrowSchema, type ArrowType } from "./arrow-types.ts";
import { classifyStep, type StepAction } from "./classify-step.ts";
import { compareEmpty, compareResults, type ActualTable } from "./compare-results.ts";
import { checkGqlCode, checkRaised, shortMessage, type EngineError } from "./error-expectation.ts";
import { fromGrafeo, toGrafeo } from "./grafeo-values.ts";
import { parseTckValue, TckValueSyntaxError } from "./parse-tck-value.ts";
import {
  compareSideEffects,
  diffStates,
  stateFromRows,
  STATE_QUERIES,
  type GraphState,
} from "./side-effects.ts";
import type { TckScenario, TckStatus, TckStep } from "./types.ts";

/** What one query gave: a table, or the error the engine raised. */
interface Outcome {
  table?: ActualTable;
  error?: EngineError;
}

/** Column types of a result; none when the Arrow export fails (the values then stay untyped). */
function arrowTypes(result: QueryResult): Map<string, ArrowType> {
  try {
    return readArrowSchema(result.toArrowIPC());
  } catch {
    return new Map();
  }
}

async function execute(db: GrafeoDatabase, query: string, params: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await db.executeCypher(query, params);
    const { columns } = result;
    const types = arrowTypes(result);
    const rows = result
      .rows()
      .map((row) => row.map((v, i) => applyArrowType(fromGrafeo(v), types.get(columns[i]!))));
    return { table: { columns, rows } };
  } catch (error) {
    const { message, gqlStatus } = error as GrafeoError;
    return { error: { message: String(message), ...(gqlStatus === undefined ? {} : { gqlStatus }) } };
  }
}

function describeError(error: EngineError): string {
  return `${error.gqlStatus === undefined ? "" : `[${error.gqlStatus}] `}${shortMessage(error.message)}`;
}

/** The state of one scenario while its steps run. */
class ScenarioRun {
  private params: Record<string, unknown> = {};
  private outcome: Outcome | undefined;
  private before: GraphState | undefined;
  private after: GraphState | undefined;

  constructor(
    private readonly db: GrafeoDatabase,
    private readonly graphsDir: string,
    private readonly measureSideEffects: boolean,
  ) {}

  private async snapshot(): Promise<GraphState> {
    const nodes = await this.db.executeCypher(STATE_QUERIES.nodes);
    const relationships = await this.db.executeCypher(STATE_QUERIES.relationships);
    return stateFromRows(
      nodes.rows().map((r) => r[0]),
      relationships.rows().map((r) => r[0]),
    );
  }

  private async namedGraph(name: string): Promise<string | undefined> {
    const file = path.join(this.graphsDir, name, `${name}.cypher`);
    if (!existsSync(file)) return `unsupported step: named graph "${name}" not found; expected ${file}`;
    const { error } = await execute(this.db, readFileSync(file, "utf8"), {});
    return error && `creating named graph "${name}" failed: ${describeError(error)}`;
  }

  private async query(text: string): Promise<string | undefined> {
    if (this.measureSideEffects) this.before = await this.snapshot();
    this.outcome = await execute(this.db, text, this.params);
    if (this.measureSideEffects) this.after = await this.snapshot();
    return undefined;
  }

  private table(): ActualTable | string {
    if (!this.outcome) return "no query was executed before this step";
    if (this.outcome.error)
      return `expected a result, but the engine raised ${describeError(this.outcome.error)}`;
    return this.outcome.table!;
  }

  private sideEffects(table: string[][]): string | undefined {
    if (!this.before || !this.after) return "no query was executed before this step";
    return compareSideEffects(table, diffStates(this.before, this.after));
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
        const { error } = await execute(this.db, text, this.params);
        return error && `setup query failed: ${describeError(error)}`;
      }
      case "parameters":
        for (const [name = "", value = ""] of table) this.params[name] = toGrafeo(parseTckValue(value));
        return undefined;
      case "query":
        return this.query(text);
      case "control-query":
        this.outcome = await execute(this.db, text, this.params);
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

/** Runs one scenario; `graphsDir` holds the TCK's named graphs (`<name>/<name>.cypher`), if any. */
export async function runScenario(
  scenario: TckScenario,
  graphsDir: string,
): Promise<{ status: TckStatus; reason?: string }> {
  if (scenario.tags.includes("@ignore")) return { status: "skipped", reason: "tagged @ignore in the TCK" };
  const actions = scenario.steps.map((step) => classifyStep(step.text));
  const unsupported = scenario.steps.find((_step, i) => actions[i]!.kind === "unsupported");
  if (unsupported)
    return { status: "failed", reason: `line ${unsupported.line}: unsupported step: ${unsupported.text}` };
  const measureSideEffects = actions.some((a) => a.kind === "side-effects" || a.kind === "no-side-effects");
  const db = GrafeoDB.create();
  try {
    const run = new ScenarioRun(db, graphsDir, measureSideEffects);
    for (const [i, step] of scenario.steps.entries()) {
      const reason = await run.perform(actions[i]!, step);
      if (reason !== undefined) return { status: "failed", reason: `line ${step.line}: ${reason}` };
    }
    return { status: "passed" };
  } catch (error) {
    const prefix = error instanceof TckValueSyntaxError ? "cannot read the expected value" : "runner error";
    return {
      status: "errored",
      reason: `${prefix}: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    db.close();
  }
}
