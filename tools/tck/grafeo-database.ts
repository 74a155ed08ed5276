/**
 * The embedded Grafeo engine as a TckDatabase: one fresh in-memory database per scenario. Grafeo
 * returns integers and floats alike as JS numbers, so each result's Arrow schema is read to mark the
 * integers (see arrow-types.ts); side effects are measured by diffing snapshots of the whole graph.
 */
import type { GrafeoError, QueryResult } from "@grafeo-db/js";
import type { GrafeoDatabase } from "../../src/engine/grafeo/grafeo-module.ts";
import { applyArrowType, readArrowSchema, type ArrowType } from "./arrow-types.ts";
import { fromGrafeo, toGrafeo } from "./grafeo-values.ts";
import { diffStates, stateFromRows, STATE_QUERIES, type GraphState } from "./side-effects.ts";
import type { QueryOutcome, TckDatabase } from "./tck-database.ts";
import type { TckValue } from "./tck-value.ts";

/** Column types of a result; none when the Arrow export fails (the values then stay untyped). */
function arrowTypes(result: QueryResult): Map<string, ArrowType> {
  try {
    return readArrowSchema(result.toArrowIPC());
  } catch {
    return new Map();
  }
}

export class GrafeoTckDatabase implements TckDatabase {
  constructor(private readonly db: GrafeoDatabase) {}

  private async execute(query: string, params: Record<string, unknown>): Promise<QueryOutcome> {
    try {
      const result = await this.db.executeCypher(query, params);
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

  private async snapshot(): Promise<GraphState> {
    const nodes = await this.db.executeCypher(STATE_QUERIES.nodes);
    const relationships = await this.db.executeCypher(STATE_QUERIES.relationships);
    return stateFromRows(
      nodes.rows().map((r) => r[0]),
      relationships.rows().map((r) => r[0]),
    );
  }

  async run(
    query: string,
    params: Record<string, unknown>,
    measureSideEffects: boolean,
  ): Promise<QueryOutcome> {
    if (!measureSideEffects) return this.execute(query, params);
    const before = await this.snapshot();
    const outcome = await this.execute(query, params);
    return { ...outcome, sideEffects: diffStates(before, await this.snapshot()) };
  }

  toParameter(value: TckValue): unknown {
    return toGrafeo(value);
  }
}
