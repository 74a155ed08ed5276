/**
 * Embedded engine: the CypherEngine on Grafeo, embedded with no server to install.
 *
 * Queries run in a child process that can be killed, which gives the timeout Grafeo lacks: a query
 * past `timeoutMs` is answered with a TIMEOUT error, the worker is replaced and reopens the last
 * snapshot, and the process carries on. Loading builds a new snapshot first and swaps only on success,
 * so a failed load leaves the previous graph in place.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fork, type ChildProcess } from "node:child_process";
import { EngineUnavailableError, QueryError } from "../../model/errors.ts";
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import {
  DEFAULT_QUERY_OPTIONS,
  type CypherEngine,
  type EngineStats,
  type QueryOptions,
} from "../cypher-engine.ts";
import { writeSnapshot, type LoadProgress } from "./grafeo-snapshot.ts";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.ts";

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;

const WORKER_PATH = new URL("./grafeo-worker.ts", import.meta.url).pathname;

/** The Grafeo-backed engine. Create with `EmbeddedEngine.create()`, then `load(graph)`. */
export class EmbeddedEngine implements CypherEngine {
  readonly name = "grafeo";
  private worker: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private snapshotSeq = 0;
  private snapshot: string | null = null;
  private readonly dir: string;
  private counts: EngineStats = { nodes: 0, relationships: 0 };

  private constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "lagebild-grafeo-"));
  }

  /** A new engine with an empty graph. */
  static create(): EmbeddedEngine {
    return new EmbeddedEngine();
  }

  private nextSnapshotPath(): string {
    this.snapshotSeq += 1;
    return join(this.dir, `snapshot-${this.snapshotSeq}.grafeo`);
  }

  private spawn(): ChildProcess {
    const worker = fork(WORKER_PATH, [], {
      execArgv: ["--import", "tsx"],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    worker.unref();
    worker.channel?.unref();
    worker.on("message", (res: WorkerResponse) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (this.pending.size === 0) {
        worker.unref();
        worker.channel?.unref();
      }
      p.resolve(res);
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const [, p] of this.pending)
        p.reject(new EngineUnavailableError(`grafeo worker stopped: ${error.message}`));
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (this.worker === worker) fail(new Error(`exit code ${code}`));
    });
    return worker;
  }

  private ensureWorker(): Promise<void> {
    if (this.worker && this.ready) return this.ready;
    this.worker = this.spawn();
    const snapshot = this.snapshot;
    this.ready = snapshot
      ? this.send({ op: "open", snapshot })
          .then(EmbeddedEngine.unwrap)
          .then(() => undefined)
      : Promise.resolve();
    return this.ready;
  }

  private send(request: Request, timeoutMs?: number): Promise<WorkerResponse> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new EngineUnavailableError("grafeo worker is not running"));
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done =
        <T>(fn: (v: T) => void) =>
        (v: T) => {
          if (timer) clearTimeout(timer);
          fn(v);
        };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject) });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          reject(
            new QueryError(
              "TIMEOUT",
              `grafeo: query stopped after ${timeoutMs} ms (timeoutMs); the engine was restarted`,
            ),
          );
          if (this.worker === worker) this.worker = null;
          for (const [, p] of this.pending) {
            p.reject(
              new QueryError(
                "TIMEOUT",
                "grafeo: query stopped because another query hit its timeout and the engine was restarted",
              ),
            );
          }
          this.pending.clear();
          worker.kill("SIGKILL");
        }, timeoutMs);
      }
      worker.ref();
      worker.channel?.ref();
      worker.send({ ...request, id } as WorkerRequest);
    });
  }

  private static unwrap(res: WorkerResponse): Extract<WorkerResponse, { ok: true }> {
    if (res.ok) return res;
    const e = res.error;
    if (e.code) throw new QueryError(e.code, e.message, e.position);
    throw new Error(e.message);
  }

  /**
   * Builds a snapshot of `graph` here (a bulk write needs no timeout), then has the worker open it:
   * sending a corpus-sized graph to the worker would copy all of it through the IPC channel.
   */
  async load(graph: KnowledgeGraph, onProgress?: (progress: LoadProgress) => void): Promise<EngineStats> {
    const path = this.nextSnapshotPath();
    try {
      await writeSnapshot(graph, path, onProgress);
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    await this.ensureWorker();
    const res = EmbeddedEngine.unwrap(await this.send({ op: "open", snapshot: path }));
    this.snapshot = path;
    this.counts = res.stats ?? this.counts;
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
    await this.ensureWorker();
    const res = EmbeddedEngine.unwrap(await this.send({ op: "open", snapshot: copy }));
    this.snapshot = copy;
    this.counts = res.stats ?? this.counts;
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
    await this.ensureWorker();
    const res = EmbeddedEngine.unwrap(
      await this.send(
        {
          op: "query",
          query,
          params,
          readOnly: opts.readOnly,
          maxRows: opts.maxRows,
          nextSnapshot: this.nextSnapshotPath(),
        },
        opts.timeoutMs,
      ),
    );
    if (res.snapshot) this.snapshot = res.snapshot;
    if (!res.result) throw new Error("grafeo worker: query answered without a result");
    return res.result;
  }

  async stats(): Promise<EngineStats> {
    const nodes = await this.run("MATCH (n) RETURN count(n) AS c");
    const rels = await this.run("MATCH ()-[r]->() RETURN count(r) AS c");
    return { nodes: Number(nodes.rows[0]?.["c"] ?? 0), relationships: Number(rels.rows[0]?.["c"] ?? 0) };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.ref(); // keep the process alive until the child has gone
      worker.kill("SIGKILL");
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
