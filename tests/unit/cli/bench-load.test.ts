/**
 * The load bench's own measuring: the peak memory of a command counts every process it starts (a
 * child that holds memory its parent does not), and the table states each target of issue #10 with
 * whether the run met it, in wall and CPU time. (The figures themselves belong to `npm run bench`.)
 */
import { describe, expect, it } from "vitest";
import { LOAD_TARGETS, loadBenchRows, type LoadFigures } from "../../../src/cli/bench-load.ts";
import { runMeasuringTree, treeResidentBytes } from "../../../src/cli/process-tree-memory.ts";

const MB = 2 ** 20;

describe("runMeasuringTree", () => {
  it("counts the memory of a grandchild process in the command's peak", async () => {
    // The child holds next to nothing; the grandchild it starts fills 200 MB and holds it a second.
    const grandchild = "const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log(b[5]), 1000);";
    const child = `require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" });`;
    const run = await runMeasuringTree(process.execPath, ["-e", child]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("1");
    expect(run.peakTreeBytes).toBeGreaterThan(200 * MB);
  });

  it("gives the resident memory of a running process", () => {
    expect(treeResidentBytes(process.pid)).toBeGreaterThan(10 * MB);
  });

  it("rejects a command that cannot start, naming it", async () => {
    await expect(runMeasuringTree("/nonexistent/lagebild-command", [])).rejects.toThrow(
      /nonexistent\/lagebild-command: could not start/,
    );
  });
});

function figures(overrides: Partial<LoadFigures> = {}): LoadFigures {
  return {
    relationships: 500_000,
    parseMs: 5_000,
    validateMs: 6_250, // 80,000/s, 1.25× the parse
    batchMs: 20_000,
    writeMs: 25_000, // 0.8× its speed
    cpu: { parseMs: 5_000, validateMs: 7_500, batchMs: 20_000, writeMs: 24_000 },
    layoutMs: 8_000,
    saveMs: 4_000,
    loadMs: 40_000,
    loadCpuMs: 45_000,
    loadPeakBytes: 1.5 * 2 ** 30,
    ...overrides,
  };
}

describe("loadBenchRows", () => {
  it("names the validation rate in wall and CPU time and the load's peak against the 2.5 GB target", () => {
    const { rows, notes } = loadBenchRows(figures(), "100k / 500k");
    const names = rows.map((r) => r.name);
    expect(names).toContain("validate (80,000 relationships/s wall, 66,667/s CPU; target ≥ 50,000/s: met)");
    expect(names).toContain(
      "npm run load end to end: validate, layout, write, save (peak 1.50 GB of all its processes; target ≤ 2.50 GB: met; CPU 45,000 ms)",
    );
    expect(notes.join("\n")).toContain("1.25× the YAML parse wall, 1.50× CPU");
    expect(notes.join("\n")).toContain("target ≤ 2×: met");
    expect(notes.join("\n")).toContain("write step 0.80× the speed of Grafeo's batch import wall, 0.83× CPU");
    expect(rows.every((r) => r.group === "100k / 500k: load")).toBe(true);
  });

  it.each([
    ["a peak over 2.5 GB", { loadPeakBytes: LOAD_TARGETS.peakBytes + 1 }, "target ≤ 2.50 GB: NOT met"],
    [
      "validation under 50k/s in CPU time",
      { cpu: { parseMs: 5_000, validateMs: 10_500, batchMs: 20_000, writeMs: 24_000 } },
      "target ≥ 50,000/s: NOT met",
    ],
    [
      "validation over twice the parse",
      { cpu: { parseMs: 3_000, validateMs: 7_500, batchMs: 20_000, writeMs: 24_000 } },
      "target ≤ 2×: NOT met",
    ],
  ])("says NOT met for %s", (_name, overrides, text) => {
    const { rows, notes } = loadBenchRows(figures(overrides), "100k / 500k");
    expect([...rows.map((r) => r.name), ...notes].join("\n")).toContain(text);
  });

  it("says when the load did not report its peak", () => {
    const { notes } = loadBenchRows(figures({ loadPeakBytes: null, loadCpuMs: null }), "1k / 5k");
    expect(notes.at(-1)).toBe("1k / 5k: npm run load peak memory not reported");
  });
});
