/**
 * Progress display: what a long command (a 500k-relationship load) shows while it works: the phase,
 * how many of how many, and the percentage. On a terminal it is one bar redrawn in place. In a log
 * (no terminal: CI, `> load.log`) a redrawn bar would be thousands of lines or nothing, so there it
 * writes one plain line when a phase starts and then at most one every few seconds.
 */
import cliProgress from "cli-progress";

/** A progress display over `total` items, updated with how many are done and the current phase. */
export interface ProgressDisplay {
  update(done: number, label: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** What is counted ("rows", "files"). */
  unit: string;
  /** Whether the stream is a terminal (default: its own `isTTY`). */
  tty?: boolean;
  /** Least time between two lines in a log, in ms (default 5 s). */
  everyMs?: number;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
}

const LOG_EVERY_MS = 5_000;

function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((done / total) * 100) : 100;
}

/** A bar on a terminal, or throttled lines in a log, on `stream`. */
export function progressDisplay(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number,
  options: ProgressOptions,
): ProgressDisplay {
  if (options.tty ?? stream.isTTY === true) return terminalBar(stream, total, options.unit);
  return logLines(stream, total, options);
}

function terminalBar(stream: NodeJS.WritableStream, total: number, unit: string): ProgressDisplay {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `  {bar} {percentage}% | {value}/{total} ${unit} | {label}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: "starting" });
  return { update: (done, label) => bar.update(done, { label }), stop: () => bar.stop() };
}

function logLines(
  stream: NodeJS.WritableStream,
  total: number,
  { unit, everyMs = LOG_EVERY_MS, now = () => performance.now() }: ProgressOptions,
): ProgressDisplay {
  let label: string | null = null;
  let lastAt = -Infinity;
  let lastDone = -1;
  const of = total.toLocaleString("en");
  return {
    update(done, next) {
      const at = now();
      const started = next !== label;
      if (!started && (at - lastAt < everyMs || done === lastDone)) return;
      label = next;
      lastAt = at;
      lastDone = done;
      stream.write(`  ${percent(done, total)}% · ${done.toLocaleString("en")} of ${of} ${unit} · ${next}\n`);
    },
    stop() {},
  };
}
