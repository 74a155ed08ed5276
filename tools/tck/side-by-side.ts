/**
 * Engines side by side: one Markdown table with a row per area and a column per engine (passed of
 * counted scenarios and the pass rate), the overall row last, then each engine's most frequent reasons
 * for not passing. Markdown, so the README's conformance table is this output as it is.
 */
import { failureBreakdown, passRate, tally } from "./report.ts";
import type { TckResult, TckTally } from "./types.ts";

/** One engine's run: its name (with version) and every result. */
export interface EngineResults {
  engine: string;
  results: TckResult[];
}

const TOP_REASONS = 5;

function cell(t: TckTally | undefined): string {
  if (!t) return "–";
  return `${t.passed} / ${t.total - t.skipped} (${passRate(t).toFixed(1)} %)`;
}

/** The side-by-side table of several engines' runs over the same scenarios. */
export function formatSideBySide(runs: EngineResults[]): string {
  const tallies = runs.map((run) => tally(run.results));
  const areas = [...new Set(tallies.flatMap((t) => t.areas.map((a) => a.area)))].sort();
  const rows = [
    ["area", ...runs.map((run) => run.engine)],
    ...areas.map((area) => [
      `\`${area}\``,
      ...tallies.map((t) => cell(t.areas.find((a) => a.area === area))),
    ]),
    ["**overall**", ...tallies.map((t) => `**${cell(t.overall)}**`)],
  ];
  const widths = rows[0]!.map((_c, i) => Math.max(3, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  const table = [line(rows[0]!), rule, ...rows.slice(1).map(line)].join("\n");
  const reasons = runs.map((run) => {
    const top = failureBreakdown(run.results).slice(0, TOP_REASONS);
    return `${run.engine}: ${top.length === 0 ? "every scenario passed" : top.map(([kind, n]) => `${kind} ${n}`).join(", ")}`;
  });
  return `${table}\n\nWhy scenarios did not pass (most frequent first):\n${reasons.map((r) => `- ${r}`).join("\n")}`;
}
