/**
 * Load phases: turns the progress of a snapshot build into what the person running `npm run load`
 * sees through LoadIo: a progress bar over entities and relationships, and one line per finished
 * phase with its time, rate and the memory resident at its end (what stays in a log when there is no
 * terminal).
 */
import type { LoadIo } from "../engine-definition.ts";
import type { LoadProgress } from "./grafeo-snapshot.ts";

/** A progress callback for writeSnapshot, and `stop()` to call when it returns or throws. */
export function loadPhaseReporter(
  io: LoadIo,
  totalRows: number,
): { onProgress: (p: LoadProgress) => void; stop: () => void } {
  const bar = io.progress(totalRows);
  let phase: LoadProgress["phase"] | null = null;
  let phaseStart = performance.now();
  let last: LoadProgress | null = null;
  let entities = 0;
  const finish = (): void => {
    if (!last || !phase) return;
    const ms = performance.now() - phaseStart;
    const counted = phase === "entities" || phase === "relationships" || phase === "layout";
    const rate = counted && ms > 0 ? ` (${Math.round((last.done / ms) * 1000)}/s)` : "";
    const gb = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);
    const memory = `${gb(process.memoryUsage.rss())} GB resident, peak so far ${gb(process.resourceUsage().maxRSS * 1024)} GB`;
    io.info(`  ${phase}: ${counted ? `${last.done} ` : ""}in ${Math.round(ms)} ms${rate}; ${memory}`);
  };
  return {
    onProgress(p) {
      if (p.phase !== phase) {
        finish();
        phase = p.phase;
        phaseStart = performance.now();
      }
      last = p;
      if (p.phase === "entities") entities = p.done;
      // The layout comes before any row is written; index and save after all of them.
      const done =
        p.phase === "layout"
          ? 0
          : p.phase === "entities"
            ? p.done
            : p.phase === "relationships"
              ? entities + p.done
              : totalRows;
      bar.update(done, p.phase);
    },
    stop() {
      bar.stop();
      finish();
      phase = null;
    },
  };
}
