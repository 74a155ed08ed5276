/**
 * Bench statistics: percentiles of repeated timings and the printed table, with each row's ratio to a
 * baseline measured in the same run (absolute figures on a noisy 2-core machine mean little alone).
 */

/** The p-th percentile (0..100) of `values`, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface BenchRow {
  group: string;
  name: string;
  n: number;
  p50: number;
  p95: number;
  /** Name of the baseline row in the same group this row is compared with. */
  baseline?: string;
}

/** One table row from repeated timings: their count, p50 and p95, compared with `baseline` if named. */
export function benchRow(group: string, name: string, times: number[], baseline?: string): BenchRow {
  return {
    group,
    name,
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    ...(baseline ? { baseline } : {}),
  };
}

/** Times `fn` `n` times after `warmup` runs; returns milliseconds per run. */
export async function timeIt(fn: () => Promise<unknown>, n: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** The rows as a Markdown table, ratios of p50 to the baseline's p50. */
export function benchTable(rows: BenchRow[]): string {
  const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
  const lines = [
    "| group | measurement | runs | p50 ms | p95 ms | ratio (p50 / baseline) |",
    "|---|---|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const base = row.baseline
      ? rows.find((r) => r.group === row.group && r.name === row.baseline)
      : undefined;
    const ratio = base ? `${(row.p50 / base.p50).toFixed(2)}× ${base.name}` : "baseline";
    lines.push(`| ${row.group} | ${row.name} | ${row.n} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${ratio} |`);
  }
  return lines.join("\n");
}
