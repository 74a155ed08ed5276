/**
 * Worker process: receives one scenario at a time over IPC, runs it and answers with its result. It is
 * a child process, not a worker thread, because a hung Grafeo query keeps running on a native thread:
 * only killing the process stops it, and the parent does that when a scenario exceeds its budget.
 */
import { performance } from "node:perf_hooks";
import { runOnGrafeo } from "./run-on-grafeo.ts";
import type { TckResult, TckScenario } from "./types.ts";

/** What the parent sends: a scenario, and where the TCK's named graphs are. */
export interface WorkerRequest {
  scenario: TckScenario;
  graphsDir: string;
}

/** What the worker answers: "ready" once, then one result per request. */
export type WorkerMessage = { type: "ready" } | { type: "result"; result: TckResult };

function send(message: WorkerMessage): void {
  process.send?.(message);
}

process.on("message", (request: WorkerRequest) => {
  const { scenario, graphsDir } = request;
  const started = performance.now();
  void runOnGrafeo(scenario, graphsDir).then((outcome) => {
    const { id, area, file, line, name } = scenario;
    send({
      type: "result",
      result: { id, area, file, line, name, ...outcome, durationMs: performance.now() - started },
    });
  });
});

// Without its parent (killed, or interrupted) a worker has nothing left to do.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
