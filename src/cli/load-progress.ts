/**
 * Load progress: a progress bar on a terminal for the long phases of an embedded load, and one line
 * per finished phase with its time and rate (what stays in a log when stderr is not a terminal).
 */
import cliProgress from "cli-progress";
import type { LoadProgress } from "../engine/grafeo/grafeo-snapshot.ts";

/** A progress callback for writeSnapshot, and `stop()` to call when it returns or throws. */
export function loadProgressReporter(
  stderr: NodeJS.WriteStream = process.stderr,
  log: (line: string) => void = console.log,
): { onProgress: (p: LoadProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { stream: stderr, format: "  {bar} {value}/{total} {phase}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: LoadProgress["phase"] | null = null;
  let phaseStart = performance.now();
  let last: LoadProgress | null = null;
  const finish = (): void => {
    if (!last || !phase) return;
    const ms = performance.now() - phaseStart;
    const rate = last.total > 1 && ms > 0 ? ` (${Math.round((last.done / ms) * 1000)}/s)` : "";
    bar.stop();
    log(
      `  ${phase}: ${last.done === 0 && last.total <= 1 ? "" : `${last.done} `}in ${Math.round(ms)} ms${rate}`,
    );
  };
  return {
    onProgress(p) {
      if (p.phase !== phase) {
        finish();
        phase = p.phase;
        phaseStart = performance.now();
        bar.start(p.total, 0, { phase: p.phase });
      }
      last = p;
      bar.update(p.done, { phase: p.phase });
    },
    stop() {
      finish();
      phase = null;
      bar.stop();
    },
  };
}
