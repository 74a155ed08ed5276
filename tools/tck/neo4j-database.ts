/**
 * A live Neo4j as a TckDatabase. Neo4j Community has one database, so scenarios run one after another
 * on it and `reset` empties it in between: every node and relationship, and (only when a query reported
 * creating any) every index and constraint. Each query runs as an auto-commit transaction with the
 * scenario's budget as its server-side timeout, so a runaway query is ended by Neo4j itself.
 *
 * Side effects: the TCK counts distinct label names and (element, key, value) property triples, which
 * the driver's summary counters do not (labelsAdded counts per node, propertiesSet counts overwrites and
 * removals alike). So the graph is snapshotted before a query and diffed against a snapshot after it, as
 * the TCK defines; the counters say when nothing changed, which skips the second snapshot (most TCK
 * queries only read), and when the schema changed, which makes the next reset drop it.
 */
import type { Driver, QueryResult, RecordShape, Session } from "neo4j-driver";
import { fromNeo4jError, isTimeout } from "./neo4j-errors.ts";
import { fromNeo4j, toNeo4j } from "./neo4j-values.ts";
import {
  diffStates,
  stateFromElements,
  type GraphState,
  type SideEffects,
  type SnapshotElement,
} from "./side-effects.ts";
import { TckTimeoutError, type QueryOutcome, type TckDatabase } from "./tck-database.ts";
import type { TckValue } from "./tck-value.ts";

/** The whole graph in one round trip: [elementId, labels, properties] per node, [elementId, properties] per relationship. */
const SNAPSHOT_QUERY = `CALL () { MATCH (n) RETURN collect([elementId(n), labels(n), properties(n)]) AS nodes }
CALL () { MATCH ()-[r]->() RETURN collect([elementId(r), properties(r)]) AS relationships }
RETURN nodes, relationships`;
const CLEAR_GRAPH = "MATCH (n) DETACH DELETE n";
const SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name";
/** Lookup indexes are Neo4j's own (token lookups); the TCK never creates them, so they stay. */
const SHOW_INDEXES = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name";

/** The runner's own queries (reset, snapshots) may take longer than a scenario's: a big graph to delete. */
const INTERNAL_TIMEOUT_MS = 60_000;

const NO_SIDE_EFFECTS: SideEffects = {
  "+nodes": 0,
  "-nodes": 0,
  "+relationships": 0,
  "-relationships": 0,
  "+labels": 0,
  "-labels": 0,
  "+properties": 0,
  "-properties": 0,
};

function quoteName(name: string): string {
  return "`" + name.replaceAll("`", "``") + "`";
}

function element(row: unknown[], withLabels: boolean): SnapshotElement {
  const [id, second, third] = row;
  const properties = fromNeo4j(withLabels ? third : second);
  return {
    id: String(id),
    ...(withLabels ? { labels: (second as unknown[]).map(String) } : {}),
    properties: properties.kind === "map" ? properties.entries : new Map(),
  };
}

export class Neo4jTckDatabase implements TckDatabase {
  private session: Session;
  private schemaChanged = true;
  /** Whether a query may have written since the last reset (a read-only scenario needs no reset). */
  private dirty = true;

  /** `driver` must be created with `useBigInt: true`; `timeoutMs` bounds every query on the server. */
  constructor(
    private readonly driver: Driver,
    private readonly timeoutMs: number,
    private readonly database?: string,
  ) {
    this.session = this.openSession();
  }

  private openSession(): Session {
    return this.driver.session(this.database === undefined ? {} : { database: this.database });
  }

  /** Runs a query the runner needs (not the scenario's); its errors are the runner's. */
  private async internal(query: string): Promise<QueryResult<RecordShape>> {
    try {
      return await this.session.run(query, {}, { timeout: Math.max(this.timeoutMs, INTERNAL_TIMEOUT_MS) });
    } catch (error) {
      throw new Error(
        `neo4j: "${query.split("\n")[0]}" failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Empties the database: every node and relationship, and the schema when a query changed it. */
  async reset(): Promise<void> {
    if (this.dirty) await this.internal(CLEAR_GRAPH);
    this.dirty = false;
    if (!this.schemaChanged) return;
    for (const row of (await this.internal(SHOW_CONSTRAINTS)).records) {
      await this.internal(`DROP CONSTRAINT ${quoteName(String(row.get("name")))} IF EXISTS`);
    }
    for (const row of (await this.internal(SHOW_INDEXES)).records) {
      await this.internal(`DROP INDEX ${quoteName(String(row.get("name")))} IF EXISTS`);
    }
    this.schemaChanged = false;
  }

  private async snapshot(): Promise<GraphState> {
    const record = (await this.internal(SNAPSHOT_QUERY)).records[0];
    const nodes = (record?.get("nodes") ?? []) as unknown[][];
    const relationships = (record?.get("relationships") ?? []) as unknown[][];
    return stateFromElements(
      nodes.map((row) => element(row, true)),
      relationships.map((row) => element(row, false)),
    );
  }

  /** Runs a scenario's query; the phase of an error is told by whether the keys (RUN) or the records (PULL) failed. */
  private async execute(
    query: string,
    params: Record<string, unknown>,
  ): Promise<{ outcome: QueryOutcome; updated: boolean }> {
    const result = this.session.run(query, params, { timeout: this.timeoutMs });
    let phase: "compile time" | "runtime" = "compile time";
    try {
      const columns = await result.keys();
      phase = "runtime";
      const { records, summary } = await result;
      const rows = records.map((record) => columns.map((column) => fromNeo4j(record.get(column))));
      const counters = summary.counters;
      const updates = counters.updates();
      if (updates.indexesAdded + updates.constraintsAdded > 0) this.schemaChanged = true;
      if (counters.containsUpdates()) this.dirty = true;
      return { outcome: { table: { columns: [...columns], rows } }, updated: counters.containsUpdates() };
    } catch (thrown) {
      const error = fromNeo4jError(thrown, phase);
      if (isTimeout(error)) throw new TckTimeoutError(`Neo4j ended the query after ${this.timeoutMs} ms`);
      // A failed auto-commit transaction is rolled back; the diff still measures rather than assumes it.
      return { outcome: { error }, updated: true };
    }
  }

  async run(
    query: string,
    params: Record<string, unknown>,
    measureSideEffects: boolean,
  ): Promise<QueryOutcome> {
    if (!measureSideEffects) return (await this.execute(query, params)).outcome;
    const before = await this.snapshot();
    const { outcome, updated } = await this.execute(query, params);
    const sideEffects = updated ? diffStates(before, await this.snapshot()) : NO_SIDE_EFFECTS;
    return { ...outcome, sideEffects };
  }

  toParameter(value: TckValue): unknown {
    return toNeo4j(value);
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
