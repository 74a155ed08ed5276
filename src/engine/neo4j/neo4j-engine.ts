/**
 * Neo4jEngine: the CypherEngine backed by a Neo4j 5 (or later) server through the official driver.
 *
 * One engine holds one driver (create one engine per process; the driver pools and routes). A query
 * runs in a managed transaction with a server-side timeout, streams at most `maxRows + 1` records
 * (the extra one only tells that the result was truncated; the rest is discarded on the server), and
 * maps values to the engine-neutral model inside the same transaction, so relationship endpoints can
 * be resolved by element id.
 *
 * The read path refuses writes three times over: a static check with Neo4j's Cypher grammar before
 * anything is sent (neo4j-write-check.ts); a READ access-mode session and `executeRead` (clusters route
 * it to a reader, servers refuse writes in it); and the result summary's query type, which the server
 * derives from the plan: anything but "r" (read-only) throws inside the transaction, which rolls it back.
 */
import neo4j, {
  type Config,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type ResultSummary,
  type ServerInfo,
} from "neo4j-driver";
import {
  DEFAULT_QUERY_OPTIONS,
  type CypherEngine,
  type EngineSchema,
  type EngineStats,
  type QueryOptions,
} from "../cypher-engine.ts";
import { QueryError } from "../../model/errors.ts";
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import {
  describeNeo4jConfig,
  resolveNeo4jConfig,
  type Neo4jConfig,
  type Neo4jConfigSources,
} from "./neo4j-config.ts";
import { CONNECT_DEADLINE_MS, createNeo4jDriver, verifyNeo4j } from "./neo4j-connection.ts";
import { mapNeo4jError, type Neo4jErrorContext } from "./neo4j-errors.ts";
import { countNeo4j, loadNeo4j } from "./neo4j-loader.ts";
import { readNeo4jSchema } from "./neo4j-schema.ts";
import { mapRecords, toJsonValue, toNeo4jParams } from "./neo4j-values.ts";
import { findWriteClause } from "./neo4j-write-check.ts";
import { assertNoFileAccess } from "../file-access-check.ts";
import { capResultBytes } from "../result-bytes.ts";

/** The engine's own Cypher, besides the explorer's and the loader's (checked by the same test). */
export const NEO4J_ENGINE_QUERIES = {
  /** Entity ids of relationship endpoints that are not among the result's nodes. */
  endpointIds: `MATCH (n)
WHERE elementId(n) IN $ids
RETURN elementId(n) AS eid, n.id AS id`,
} as const;

/** Query types of a result summary that mean the query changed data or schema. */
const WRITING_QUERY_TYPES: ReadonlySet<string> = new Set(["w", "rw", "s"]);

/** Largest batch of records the driver pulls at a time. */
const MAX_FETCH_SIZE = 1_000;

export interface Neo4jEngineOptions {
  /** Driver settings over DEFAULT_DRIVER_CONFIG (timeouts, pool size, encryption …). */
  driver?: Config;
  /** Longest wait for the server's first answer. */
  connectDeadlineMs?: number;
}

/** Records up to `maxRows`, whether more existed, and the summary (the rest is discarded). */
export async function consumeCapped(
  result: AsyncIterable<Neo4jRecord, ResultSummary | undefined>,
  maxRows: number,
): Promise<{ records: Neo4jRecord[]; truncated: boolean; summary: ResultSummary | undefined }> {
  const iterator = result[Symbol.asyncIterator]();
  const records: Neo4jRecord[] = [];
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { records, truncated: false, summary: next.value };
    if (records.length >= maxRows) {
      const rest = await iterator.return?.();
      return { records, truncated: true, summary: rest?.done ? rest.value : undefined };
    }
    records.push(next.value);
  }
}

type NumericOptions = Required<Pick<QueryOptions, "readOnly" | "timeoutMs" | "maxRows">>;

function cancelled(): QueryError {
  return new QueryError("CANCELLED", "neo4j: the query was cancelled by the client");
}

function checkOptions(options: NumericOptions): void {
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
    throw new QueryError(
      "BAD_REQUEST",
      `neo4j: timeoutMs ${options.timeoutMs} is invalid; expected milliseconds > 0`,
    );
  }
  if (!Number.isInteger(options.maxRows) || options.maxRows < 0) {
    throw new QueryError(
      "BAD_REQUEST",
      `neo4j: maxRows ${options.maxRows} is invalid; expected a whole number ≥ 0`,
    );
  }
}

async function resolveEndpoints(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string | null>> {
  const result = await tx.run(NEO4J_ENGINE_QUERIES.endpointIds, { ids });
  const out = new Map<string, string | null>();
  for (const record of result.records) {
    const id = toJsonValue(record.get("id"));
    out.set(String(record.get("eid")), typeof id === "string" || typeof id === "number" ? String(id) : null);
  }
  return out;
}

export class Neo4jEngine implements CypherEngine {
  readonly name = "neo4j";
  private readonly driver: Driver;
  private readonly context: Neo4jErrorContext;
  private ready: Promise<ServerInfo> | undefined;

  constructor(
    private readonly config: Neo4jConfig,
    private readonly options: Neo4jEngineOptions = {},
  ) {
    this.driver = createNeo4jDriver(config, options.driver);
    this.context = { uri: config.uri, database: config.database };
  }

  /** An engine for the settings from flags > environment > `.env` (see neo4j-config.ts). */
  static fromSettings(sources?: Neo4jConfigSources, options?: Neo4jEngineOptions): Neo4jEngine {
    return new Neo4jEngine(resolveNeo4jConfig(sources), options);
  }

  /** URI, user and database, without the password. */
  describe(): string {
    return describeNeo4jConfig(this.config);
  }

  /** Checks once that the server answers (again after a failure); throws EngineUnavailableError. */
  verify(): Promise<ServerInfo> {
    this.ready ??= verifyNeo4j(
      this.driver,
      this.config,
      this.options.connectDeadlineMs ?? CONNECT_DEADLINE_MS,
    ).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async run(
    query: string,
    params: Record<string, unknown> = {},
    options: QueryOptions = {},
  ): Promise<QueryResult> {
    const opts: NumericOptions = {
      readOnly: options.readOnly ?? DEFAULT_QUERY_OPTIONS.readOnly,
      timeoutMs: options.timeoutMs ?? DEFAULT_QUERY_OPTIONS.timeoutMs,
      maxRows: options.maxRows ?? DEFAULT_QUERY_OPTIONS.maxRows,
    };
    checkOptions(opts);
    if (!options.allowFileAccess) await assertNoFileAccess(query, "neo4j");
    if (options.signal?.aborted) throw cancelled();
    if (opts.readOnly) {
      const write = await findWriteClause(query);
      if (write) {
        throw new QueryError(
          "WRITE_FORBIDDEN",
          `neo4j: this query writes (${write.keyword} at line ${write.line}, column ${write.column}) ` +
            `but queries run read-only here; expected MATCH … RETURN without CREATE, MERGE, SET, DELETE, REMOVE …`,
          { line: write.line, column: write.column, offset: write.offset },
        );
      }
    }
    await this.verify();
    const started = performance.now();
    const session = this.driver.session({
      defaultAccessMode: opts.readOnly ? neo4j.session.READ : neo4j.session.WRITE,
      fetchSize: Math.max(1, Math.min(opts.maxRows + 1, MAX_FETCH_SIZE)),
      database: this.config.database,
    });
    const work = async (tx: ManagedTransaction) => {
      const result = tx.run(query, toNeo4jParams(params));
      const columns = (await result.keys()).map(String);
      const { records, truncated, summary } = await consumeCapped(result, opts.maxRows);
      if (opts.readOnly && summary && WRITING_QUERY_TYPES.has(summary.queryType)) {
        throw new QueryError(
          "WRITE_FORBIDDEN",
          `neo4j: the server planned this query as "${summary.queryType}" (not read-only); it was rolled back`,
        );
      }
      const mapped = await mapRecords(records, (ids) => resolveEndpoints(tx, ids));
      return { columns, truncated, ...mapped };
    };
    // Cancelling closes the session, which ends its transaction on the server (as the driver's own
    // executeQuery does with its `signal`).
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => {
        reject(cancelled());
        void session.close();
      };
      options.signal?.addEventListener("abort", onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    try {
      const txConfig = { timeout: Math.ceil(opts.timeoutMs), metadata: { app: "lagebild" } };
      const out = await Promise.race([
        opts.readOnly ? session.executeRead(work, txConfig) : session.executeWrite(work, txConfig),
        aborted,
      ]);
      return capResultBytes(
        {
          columns: out.columns,
          rows: out.rows,
          graph: out.graph,
          summary: {
            ms: Math.round(performance.now() - started),
            truncated: out.truncated,
            ...(out.truncated ? { truncatedBy: "maxRows" as const } : {}),
            engine: this.name,
          },
        },
        options.maxBytes ?? DEFAULT_QUERY_OPTIONS.maxBytes,
      );
    } catch (error) {
      if (options.signal?.aborted) throw cancelled();
      throw mapNeo4jError(error, this.context);
    } finally {
      if (onAbort) options.signal?.removeEventListener("abort", onAbort);
      await session.close();
    }
  }

  /** Runs `work` on the driver once the server is verified, with Neo4j's errors mapped to ours. */
  private async withServer<T>(
    work: (driver: Driver, database: string | undefined) => Promise<T>,
  ): Promise<T> {
    await this.verify();
    try {
      return await work(this.driver, this.config.database);
    } catch (error) {
      throw mapNeo4jError(error, this.context);
    }
  }

  /** Loads `graph` and prunes what it no longer holds (Entity nodes, relationships with an id). */
  async load(graph: KnowledgeGraph): Promise<EngineStats> {
    return this.withServer(
      async (driver, database) => (await loadNeo4j(driver, graph, { prune: true, database })).totals,
    );
  }

  stats(): Promise<EngineStats> {
    return this.withServer(countNeo4j);
  }

  schema(): Promise<EngineSchema> {
    return this.withServer(readNeo4jSchema);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
