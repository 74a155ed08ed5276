/**
 * Embedded engine: the CypherEngine on Grafeo, embedded with no server to install.
 *
 * Queries run in a small pool of child processes (worker-pool.ts), which gives what Grafeo lacks: a
 * query past `timeoutMs`, cancelled through its AbortSignal, or past the memory cap of its process is
 * answered with QUERY_TIMEOUT, CANCELLED or RESOURCE_LIMIT, only its own process is replaced (it
 * reopens the last snapshot), and the queries running in the other processes finish normally. Loading
 * builds a new snapshot first and swaps only on success, so a failed load leaves the previous graph.
 * LOAD CSV and file procedures are refused before any process sees the query (file-access-check.ts).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EngineUnavailableError, QueryError } from "../../model/errors.ts";
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import {
  DEFAULT_QUERY_OPTIONS,
  type CypherEngine,
  type EngineSchema,
  type EngineStats,
  type QueryOptions,
} from "../cypher-engine.ts";
import { assertNoFileAccess } from "../file-access-check.ts";
import { writeSnapshot, type LoadProgress } from "./grafeo-snapshot.ts";
import { DEFAULT_POOL_OPTIONS, WorkerPool, type PoolOptions } from "./worker-pool.ts";
import type { WorkerResponse } from "./worker-protocol.ts";

/** The Grafeo-backed engine. Create with `EmbeddedEngine.create()`, then `load(graph)`. */
export class EmbeddedEngine implements CypherEngine {
  readonly name = "grafeo";
  private readonly pool: WorkerPool;
  private snapshotSeq = 0;
  private readonly dir: string;
  private counts: EngineStats = { nodes: 0, relationships: 0 };

  private constructor(pool: Partial<PoolOptions>) {
    this.dir = mkdtempSync(join(tmpdir(), "lagebild-grafeo-"));
    this.pool = new WorkerPool({ ...DEFAULT_POOL_OPTIONS, ...pool });
  }

  /** A new engine with an empty graph; `pool` sets the number of processes and their memory cap. */
  static create(pool: Partial<PoolOptions> = {}): EmbeddedEngine {
    return new EmbeddedEngine(pool);
  }

  /** Highest resident size any engine process reached so far, in bytes. */
  get peakRss(): number {
    return this.pool.peakRss;
  }

  /** Process ids of the engine processes now running (diagnostics and tests). */
  get processIds(): number[] {
    return this.pool.pids;
  }

  private nextSnapshotPath(): string {
    this.snapshotSeq += 1;
    return join(this.dir, `snapshot-${this.snapshotSeq}.grafeo`);
  }

  private static unwrap(res: WorkerResponse): Extract<WorkerResponse, { ok: true }> {
    if (res.ok) return res;
    const e = res.error;
    if (e.code) throw new QueryError(e.code, e.message, e.position);
    throw new Error(e.message);
  }

  /**
   * Builds a snapshot of `graph` here (a bulk write needs no timeout), then has the processes open it:
   * sending a corpus-sized graph to a process would copy all of it through the IPC channel.
   */
  async load(graph: KnowledgeGraph, onProgress?: (progress: LoadProgress) => void): Promise<EngineStats> {
    const path = this.nextSnapshotPath();
    try {
      await writeSnapshot(graph, path, { onProgress });
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    const res = EmbeddedEngine.unwrap(await this.pool.request({ op: "open", snapshot: path }));
    this.counts = res.stats ?? this.counts;
    await this.pool.warm();
    return this.counts;
  }

  /** Opens a store saved by `npm run load` (a copy of it, so the file itself is never changed). */
  async openStore(path: string): Promise<EngineStats> {
    if (!existsSync(path)) {
      throw new EngineUnavailableError(
        `grafeo: store "${path}" not found; expected a file written by npm run load`,
      );
    }
    const copy = this.nextSnapshotPath();
    copyFileSync(path, copy);
    const res = EmbeddedEngine.unwrap(await this.pool.request({ op: "open", snapshot: copy }));
    this.counts = res.stats ?? this.counts;
    await this.pool.warm();
    return this.counts;
  }

  async run(
    query: string,
    params: Record<string, unknown> = {},
    options: QueryOptions = {},
  ): Promise<QueryResult> {
    const opts = { ...DEFAULT_QUERY_OPTIONS, ...options };
    if (typeof query !== "string" || query.trim() === "") {
      throw new QueryError("BAD_REQUEST", "grafeo: empty query; expected a Cypher statement");
    }
    if (!opts.allowFileAccess) await assertNoFileAccess(query, "grafeo");
    const res = EmbeddedEngine.unwrap(
      await this.pool.request(
        {
          op: "query",
          query,
          params,
          readOnly: opts.readOnly,
          maxRows: opts.maxRows,
          maxBytes: opts.maxBytes,
          allowFileAccess: opts.allowFileAccess,
          nextSnapshot: this.nextSnapshotPath(),
        },
        {
          timeoutMs: opts.timeoutMs,
          memoryBytes: options.maxMemoryBytes ?? this.pool.options.memoryBytes,
          ...(options.signal ? { signal: options.signal } : {}),
          // Writes go to the first process (it keeps the read-write copy); the server's own long
          // scans to the last, so the others stay free for interactive queries meanwhile.
          ...(opts.readOnly
            ? options.background
              ? { index: this.pool.options.size - 1 }
              : {}
            : { index: 0 }),
        },
      ),
    );
    if (!res.result) throw new Error("grafeo worker: query answered without a result");
    // Already capped at opts.maxBytes by the engine process (grafeo-worker.ts), before it was sent.
    return res.result;
  }

  async stats(): Promise<EngineStats> {
    const { nodes, relationships } = await this.schema();
    return { nodes, relationships };
  }

  async schema(): Promise<EngineSchema> {
    const res = EmbeddedEngine.unwrap(await this.pool.request({ op: "schema" }));
    if (!res.schema) throw new Error("grafeo worker: schema answered without a schema");
    return res.schema;
  }

  async close(): Promise<void> {
    await this.pool.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
