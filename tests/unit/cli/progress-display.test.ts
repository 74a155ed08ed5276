/**
 * Progress display: in a log (no terminal) a long load writes a line when a phase starts and then at
 * most one every few seconds, each with the phase, the count and the percentage; on a terminal it is
 * one bar redrawn in place. The grafeo load's phases map onto it in order (load-phases.ts).
 */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressDisplay } from "../../../src/cli/progress-display.ts";
import { loadPhaseReporter } from "../../../src/engine/grafeo/load-phases.ts";
import type { LoadIo } from "../../../src/engine/engine-definition.ts";

function capture(isTTY: boolean): PassThrough & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100, text: () => chunks.join("") });
  stream.on("data", (c: Buffer) => chunks.push(c.toString()));
  return stream;
}

describe("progressDisplay in a log", () => {
  it("writes a line when a phase starts and then at most one per interval, with count and percent", () => {
    const stream = capture(false);
    let clock = 0;
    const shown = progressDisplay(stream, 600_000, { unit: "rows", everyMs: 5_000, now: () => clock });
    shown.update(0, "entities");
    for (let done = 1_000; done <= 100_000; done += 1_000) {
      clock += 100; // 100 updates over 10 s
      shown.update(done, "entities");
    }
    shown.update(100_000, "relationships");
    shown.stop();
    expect(stream.text().split("\n").filter(Boolean)).toEqual([
      "  0% · 0 of 600,000 rows · entities",
      "  8% · 50,000 of 600,000 rows · entities",
      "  16% · 100,000 of 600,000 rows · entities",
      "  16% · 100,000 of 600,000 rows · relationships",
    ]);
  });

  it("repeats no line for a count that did not move", () => {
    const stream = capture(false);
    let clock = 0;
    const shown = progressDisplay(stream, 10, { unit: "files", everyMs: 1, now: () => clock });
    for (let i = 0; i < 5; i++) {
      clock += 10;
      shown.update(3, "reading relationships");
    }
    expect(stream.text()).toBe("  30% · 3 of 10 files · reading relationships\n");
  });

  it("says 100% for an empty total", () => {
    const stream = capture(false);
    progressDisplay(stream, 0, { unit: "rows" }).update(0, "save");
    expect(stream.text()).toBe("  100% · 0 of 0 rows · save\n");
  });
});

describe("progressDisplay on a terminal", () => {
  it("draws a bar with the percentage, the count and the phase", () => {
    const stream = capture(true);
    const shown = progressDisplay(stream, 200, { unit: "rows" });
    shown.update(50, "relationships");
    shown.stop();
    expect(stream.text()).toContain("25% | 50/200 rows | relationships");
  });
});

describe("loadPhaseReporter", () => {
  it("counts entities then relationships over all rows, from 0 during the layout to all at save", () => {
    const updates: [number, string][] = [];
    const io: LoadIo = {
      info: () => {},
      interactive: false,
      ask: () => Promise.resolve(""),
      progress: () => ({ update: (done, label) => updates.push([done, label]), stop: () => {} }),
    };
    const phases = loadPhaseReporter(io, 30);
    phases.onProgress({ phase: "layout", done: 0, total: 10 });
    phases.onProgress({ phase: "layout", done: 10, total: 10 });
    phases.onProgress({ phase: "entities", done: 10, total: 10 });
    phases.onProgress({ phase: "relationships", done: 5, total: 20 });
    phases.onProgress({ phase: "relationships", done: 20, total: 20 });
    phases.onProgress({ phase: "save", done: 0, total: 1 });
    phases.stop();
    expect(updates).toEqual([
      [0, "layout"],
      [0, "layout"],
      [10, "entities"],
      [15, "relationships"],
      [30, "relationships"],
      [30, "save"],
    ]);
  });
});
