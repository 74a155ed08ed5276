/**
 * Worker pool: a few Grafeo worker processes, each answering one request at a time, so a query that
 * times out, is cancelled or runs out of memory kills only its own process while the others go on
 * answering everyone else. A dead process is replaced in the background.
 *
 * All processes read the same snapshot. Writes (only with readOnly: false) and loads produce a new
 * snapshot; each process reopens the newest one before its next request. Writes always go to the first
 * process, which keeps the one read-write copy, so they are serialised.
 */
import { EngineUnavailableError, QueryError } from "../../model/errors.ts";
import type { WorkerResponse } from "./worker-protocol.ts";
import { WorkerProcess, type CallLimits, type WorkerCall } from "./worker-process.ts";

/** Sizes of the pool. */
export interface PoolOptions {
  /** Number of worker processes (default 2). */
  size: number;
  /** Memory cap of each process in bytes (default 1 GiB). */
  memoryBytes: number;
  /** Longest wait for a free process before a request fails with ENGINE_UNAVAILABLE (default 30 s). */
  queueTimeoutMs: number;
}

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  size: 2,
  memoryBytes: 1024 * 1024 * 1024,
  queueTimeoutMs: 30_000,
};

interface Slot {
  worker: WorkerProcess | null;
  busy: boolean;
}

interface Waiter {
  index: number | undefined;
  grant: (index: number) => void;
}

/** The processes and the queue of requests waiting for one. */
export class WorkerPool {
  /** The snapshot every process should have open. */
  snapshot: string | null = null;
  private readonly slots: Slot[];
  private readonly waiters: Waiter[] = [];
  private closed = false;
  private retiredPeak = 0;

  constructor(readonly options: PoolOptions = DEFAULT_POOL_OPTIONS) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new Error(`grafeo pool: size ${options.size}; expected an integer ≥ 1`);
    }
    this.slots = Array.from({ length: options.size }, () => ({ worker: null, busy: false }));
  }

  /** Highest resident size any process of this pool reached, in bytes. */
  get peakRss(): number {
    return Math.max(this.retiredPeak, ...this.slots.map((s) => s.worker?.peakRss ?? 0));
  }

  /** Process ids of the running processes (diagnostics and tests). */
  get pids(): number[] {
    return this.slots.flatMap((s) => (s.worker?.alive && s.worker.pid !== undefined ? [s.worker.pid] : []));
  }

  /**
   * Runs `call` on a process (the first one when `index` is 0) that has the current snapshot open.
   * Returns the response and the process's slot, so callers can record what it changed.
   */
  async request(call: WorkerCall, limits: CallLimits & { index?: number } = {}): Promise<WorkerResponse> {
    const index = await this.acquire(limits.index, limits.signal);
    const slot = this.slots[index];
    if (!slot) throw new EngineUnavailableError("grafeo: the engine was closed");
    try {
      const worker = await this.ready(slot);
      const res = await worker.request(call, limits);
      if (res.ok && res.snapshot) {
        this.snapshot = res.snapshot;
        worker.snapshot = res.snapshot;
      }
      return res;
    } finally {
      this.release(index);
    }
  }

  /** Starts every process and opens the current snapshot in each. */
  async warm(): Promise<void> {
    await Promise.all(
      this.slots.map(async (_slot, i) => {
        const index = await this.acquire(i, undefined);
        if (index < 0) return;
        try {
          await this.ready(this.slots[index] as Slot);
        } finally {
          this.release(index);
        }
      }),
    );
  }

  private async ready(slot: Slot): Promise<WorkerProcess> {
    if (this.closed) throw new EngineUnavailableError("grafeo: the engine was closed");
    if (!slot.worker || !slot.worker.alive) {
      if (slot.worker) this.retiredPeak = Math.max(this.retiredPeak, slot.worker.peakRss);
      slot.worker = new WorkerProcess(this.options.memoryBytes);
    }
    const worker = slot.worker;
    if (this.snapshot && worker.snapshot !== this.snapshot) {
      const snapshot = this.snapshot;
      const res = await worker.request({ op: "open", snapshot });
      if (!res.ok) throw new EngineUnavailableError(`grafeo: could not open the graph: ${res.error.message}`);
      worker.snapshot = snapshot;
    }
    return worker;
  }

  private acquire(index: number | undefined, signal: AbortSignal | undefined): Promise<number> {
    const free = this.slots.findIndex((s, i) => !s.busy && (index === undefined || i === index));
    if (free >= 0) {
      (this.slots[free] as Slot).busy = true;
      return Promise.resolve(free);
    }
    return new Promise<number>((resolve, reject) => {
      const onAbort = (): void => {
        leave();
        reject(new QueryError("CANCELLED", "grafeo: the query was cancelled while waiting for the engine"));
      };
      const timer = setTimeout(() => {
        leave();
        reject(
          new EngineUnavailableError(
            `grafeo: every engine process stayed busy for ${this.options.queueTimeoutMs} ms; try again`,
          ),
        );
      }, this.options.queueTimeoutMs);
      const waiter: Waiter = {
        index,
        grant: (i) => {
          leave();
          resolve(i);
        },
      };
      const leave = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private release(index: number): void {
    const slot = this.slots[index];
    if (!slot) return;
    if (slot.worker && !slot.worker.alive && !this.closed) {
      // Replace a killed process before handing the slot on, so the next request does not wait for it.
      void this.ready(slot)
        .catch(() => {
          slot.worker = null;
        })
        .finally(() => this.handOn(index));
      return;
    }
    this.handOn(index);
  }

  private handOn(index: number): void {
    const slot = this.slots[index] as Slot;
    const waiter = this.waiters.find((w) => w.index === undefined || w.index === index);
    if (waiter && !this.closed) {
      waiter.grant(index);
      return;
    }
    slot.busy = false;
  }

  /** Kills every process and fails every waiting request. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.grant(-1);
    await Promise.all(this.slots.map((s) => s.worker?.close()));
  }
}
