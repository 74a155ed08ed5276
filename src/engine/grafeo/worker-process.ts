/**
 * Worker process: one Grafeo query worker (a child process) running one request at a time, under a
 * memory cap, with the three ways a request can be stopped — timeout, cancel, memory — each of which
 * kills this process only.
 *
 * Grafeo has no cancel API and allocates natively, so memory is capped twice. The OS holds the hard
 * cap of the process: the child is started through util-linux `prlimit --data` (RLIMIT_DATA; an
 * allocation past it fails and the child aborts), with V8's heap below it. Each request has its own,
 * usually lower, cap: a watchdog reads the child's resident size from /proc every 50 ms while the
 * request runs and kills the child when it passes that cap (so the explorer's own reads of a big graph
 * may use more than a query someone typed). Every timer and listener a request sets is cleared
 * on every way out (answer, error, exit, send failure, timeout, cancel, memory).
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { EngineUnavailableError, QueryError } from "../../model/errors.ts";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.ts";

const WORKER_PATH = new URL("./grafeo-worker.ts", import.meta.url).pathname;
const PRLIMIT = "/usr/bin/prlimit";
const WATCH_INTERVAL_MS = 50;

/** A worker request without its id (the process numbers them). */
export type WorkerCall = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;

/** How a request may be stopped. */
export interface CallLimits {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Resident size past which the request is stopped (default and at most: the hard cap). */
  memoryBytes?: number;
}

type StopReason = "timeout" | "cancel" | "memory";

/** Resident and peak resident size of a process, in bytes, from /proc (0 where unavailable). */
export function readProcessMemory(pid: number | undefined): { rss: number; peak: number } {
  if (pid === undefined) return { rss: 0, peak: 0 };
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") * 1024, peak: kb("VmHWM") * 1024 };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** Whether the OS cap can be applied here (Linux with util-linux prlimit). */
export const OS_MEMORY_CAP = process.platform === "linux" && existsSync(PRLIMIT);

/** One child process holding the graph. */
export class WorkerProcess {
  /** The snapshot this process has open (null until it opened one). */
  snapshot: string | null = null;
  /** Highest resident size seen while it answered requests, in bytes. */
  peakRss = 0;
  private readonly child: ChildProcess;
  private nextId = 1;
  private dead = false;
  private current: ((error: Error) => void) | null = null;

  /** `memoryBytes` is the hard cap of the process, set by the OS. */
  constructor(private readonly memoryBytes: number) {
    const heapMb = Math.max(64, Math.floor((memoryBytes * 0.75) / (1024 * 1024)));
    const nodeArgs = ["--import", "tsx", `--max-old-space-size=${heapMb}`];
    this.child = fork(WORKER_PATH, [], {
      ...(OS_MEMORY_CAP
        ? { execPath: PRLIMIT, execArgv: [`--data=${memoryBytes}`, "--", process.execPath, ...nodeArgs] }
        : { execArgv: nodeArgs }),
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.idle();
    this.child.stderr?.resume();
    this.child.on("error", (error) => this.stopped(`could not run: ${error.message}`, null, null));
    this.child.on("exit", (code, signal) => this.stopped(`exited`, code, signal));
  }

  /** The OS process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the process can take a request. */
  get alive(): boolean {
    return !this.dead;
  }

  private idle(): void {
    this.child.unref();
    this.child.channel?.unref();
  }

  private stopped(how: string, code: number | null, signal: NodeJS.Signals | null): void {
    const wasAlive = !this.dead;
    this.dead = true;
    const fail = this.current;
    this.current = null;
    if (!wasAlive || !fail) return;
    const aborted = signal === "SIGABRT" || signal === "SIGTRAP" || code === 134 || code === 133;
    fail(
      aborted
        ? new QueryError(
            "RESOURCE_LIMIT",
            `grafeo: the query ran out of memory (cap ${mib(this.memoryBytes)} MiB per engine process); ` +
              "its engine process was replaced; expected a query that returns or builds less",
          )
        : new EngineUnavailableError(
            `grafeo: the engine process ${how} (code ${code}, signal ${signal}) while running this request; ` +
              "it was replaced",
          ),
    );
  }

  /** Kills the process; a request in flight fails with `error`. */
  kill(error?: Error): void {
    const fail = this.current;
    this.current = null;
    this.dead = true;
    if (fail && error) fail(error);
    this.child.kill("SIGKILL");
  }

  /** Kills the process and waits until it has gone (keeping the parent alive until then). */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.ref();
    this.kill(new EngineUnavailableError("grafeo: the engine was closed"));
    await exited;
  }

  /** Sends one request and waits for its answer, within `limits`. */
  request(call: WorkerCall, limits: CallLimits = {}): Promise<WorkerResponse> {
    if (this.dead) return Promise.reject(new EngineUnavailableError("grafeo: engine process is not running"));
    if (this.current)
      return Promise.reject(new Error("grafeo: engine process is busy (one request at a time)"));
    if (limits.signal?.aborted) return Promise.reject(cancelled());
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      const timer =
        limits.timeoutMs !== undefined
          ? setTimeout(() => this.stop("timeout", limits), limits.timeoutMs)
          : undefined;
      // A query's cap counts what it adds to the process at rest, which holds the whole store (a few
      // hundred MB for 100k entities / 500k relationships): a typed query on a big graph gets the same
      // room as on a small one; the OS cap bounds the process as a whole.
      const cap = Math.min(this.sample() + (limits.memoryBytes ?? Infinity), this.memoryBytes);
      const watch = setInterval(() => {
        if (this.sample() > cap) this.stop("memory", limits);
      }, WATCH_INTERVAL_MS);
      const onMessage = (res: WorkerResponse): void => {
        if (res.id !== id) return;
        finish();
        resolve(res);
      };
      const onAbort = (): void => this.stop("cancel", limits);
      const finish = (): void => {
        if (timer) clearTimeout(timer);
        clearInterval(watch);
        limits.signal?.removeEventListener("abort", onAbort);
        this.child.off("message", onMessage);
        this.current = null;
        this.sample();
        if (!this.dead) this.idle();
      };
      this.current = (error) => {
        finish();
        reject(error);
      };
      this.child.on("message", onMessage);
      limits.signal?.addEventListener("abort", onAbort, { once: true });
      this.child.ref();
      this.child.channel?.ref();
      const failSend = (error: Error | null): void => {
        if (!error || !this.current) return;
        this.current(
          new QueryError(
            "BAD_REQUEST",
            `grafeo: the request could not be sent to the engine process (${error.message}); ` +
              "expected parameters of plain JSON values nested at most a few levels deep",
          ),
        );
      };
      try {
        this.child.send({ ...call, id } as WorkerRequest, failSend);
      } catch (error) {
        failSend(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private sample(): number {
    const { rss, peak } = readProcessMemory(this.child.pid);
    this.peakRss = Math.max(this.peakRss, peak, rss);
    return rss;
  }

  private stop(reason: StopReason, limits: CallLimits): void {
    const errors: Record<StopReason, () => Error> = {
      timeout: () =>
        new QueryError(
          "QUERY_TIMEOUT",
          `grafeo: query stopped after ${limits.timeoutMs} ms (timeoutMs); its engine process was replaced`,
        ),
      cancel: cancelled,
      memory: () =>
        new QueryError(
          "RESOURCE_LIMIT",
          `grafeo: the query used more than ${mib(Math.min(limits.memoryBytes ?? Infinity, this.memoryBytes))} MiB (the memory cap of a query); ` +
            "its engine process was replaced; expected a query that returns or builds less",
        ),
    };
    this.kill(errors[reason]());
  }
}

function cancelled(): QueryError {
  return new QueryError("CANCELLED", "grafeo: the query was cancelled by the client");
}

function mib(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
