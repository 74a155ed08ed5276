/**
 * Worker pool: runs scenarios in a few child processes (one per core by default), one scenario at a
 * time per child, so a hung or crashed query costs one scenario and never the run: past its budget the
 * child is killed, the scenario fails as a timeout, and a fresh child takes the next one.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TckResult, TckScenario } from "./types.ts";
import type { WorkerMessage, WorkerRequest } from "./worker.ts";

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
/** How long a fresh worker may take to load (tsx and the native engine) before it counts as broken. */
const STARTUP_BUDGET_MS = 30_000;
const STDERR_KEPT = 400;

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  graphsDir: string;
  /** Called once per scenario, in completion order (for progress output). */
  onResult?: (result: TckResult) => void;
}

/** One child process; `run` resolves with the result, or a failed result on timeout or crash. */
class Worker {
  private child: ChildProcess | undefined;
  private stderr = "";

  private start(): Promise<ChildProcess> {
    const child = fork(WORKER, [], {
      execArgv: process.execArgv,
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.stderr = "";
    // A failed send to a dead child is reported through its "exit"; without a listener it would throw.
    child.on("error", () => undefined);
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_KEPT);
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`TCK worker ${WORKER}: not ready after ${STARTUP_BUDGET_MS} ms`)),
        STARTUP_BUDGET_MS,
      );
      child.once("message", (message: WorkerMessage) => {
        clearTimeout(timer);
        if (message.type === "ready") resolve(child);
        else
          reject(new Error(`TCK worker ${WORKER}: expected a "ready" message first, got "${message.type}"`));
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(
          new Error(`TCK worker ${WORKER}: exited with code ${code} while starting: ${this.stderr.trim()}`),
        );
      });
    });
  }

  async run(scenario: TckScenario, options: PoolOptions): Promise<TckResult> {
    this.child ??= await this.start();
    const child = this.child;
    const { id, area, file, line, name } = scenario;
    const failed = (reason: string, durationMs: number): TckResult => {
      return { id, area, file, line, name, status: "failed", reason, durationMs };
    };
    const started = Date.now();
    return new Promise<TckResult>((resolve) => {
      const finish = (result: TckResult, killed: boolean) => {
        clearTimeout(timer);
        child.removeAllListeners("message");
        child.removeAllListeners("exit");
        if (killed) {
          child.kill("SIGKILL");
          this.child = undefined;
        }
        resolve(result);
      };
      const timer = setTimeout(
        () => finish(failed(`timeout: no result after ${options.timeoutMs} ms`, options.timeoutMs), true),
        options.timeoutMs,
      );
      child.on("message", (message: WorkerMessage) => {
        if (message.type === "result") finish(message.result, false);
      });
      child.once("exit", (code, signal) => {
        const detail = this.stderr.trim().split("\n").slice(-2).join(" / ");
        finish(
          failed(
            `engine crashed (exit ${signal ?? code})${detail ? `: ${detail}` : ""}`,
            Date.now() - started,
          ),
          true,
        );
      });
      const request: WorkerRequest = { scenario, graphsDir: options.graphsDir };
      child.send(request);
    });
  }

  stop(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
  }
}

/** Runs every scenario and returns the results in scenario order. */
export async function runInWorkers(scenarios: TckScenario[], options: PoolOptions): Promise<TckResult[]> {
  const results: TckResult[] = [];
  let next = 0;
  const lane = async () => {
    const worker = new Worker();
    try {
      while (next < scenarios.length) {
        const scenario = scenarios[next++]!;
        const result = await worker.run(scenario, options);
        results.push(result);
        options.onResult?.(result);
      }
    } finally {
      worker.stop();
    }
  };
  const lanes = Math.max(1, Math.min(options.jobs, scenarios.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results.sort((a, b) => a.id - b.id);
}
