/**
 * Result formatting for the terminal: a QueryResult as an aligned table, JSON or CSV. Nodes print as
 * `(id:Label)`, relationships as `[id:TYPE]`, paths as their chain.
 */
import { stringify } from "csv-stringify/sync";
import type { QueryResult, ResultValue } from "../contract/query-result.ts";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One cell as text. */
export function cellText(value: ResultValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(cellText).join(", ")}]`;
  if (typeof value !== "object") return typeof value === "string" ? value : JSON.stringify(value);
  if (value["kind"] === "node" && "labels" in value) {
    return `(${String(value["id"])}:${(value["labels"] as string[]).filter((l) => l !== "Entity").join(":")})`;
  }
  if (value["kind"] === "relationship" && "type" in value) {
    return `[${String(value["id"])}:${String(value["type"])}]`;
  }
  if (value["kind"] === "path" && "nodes" in value) {
    const nodes = value["nodes"] as { id: string }[];
    const rels = value["relationships"] as { type: string }[];
    return nodes.map((n, i) => (i < rels.length ? `(${n.id})-[:${rels[i]?.type}]-` : `(${n.id})`)).join("");
  }
  return JSON.stringify(value);
}

/** The whole result in the chosen format. */
export function formatResult(result: QueryResult, format: OutputFormat): string {
  if (format === "json") return JSON.stringify(result, null, 2);
  const rows = result.rows.map((row) => result.columns.map((c) => cellText(row[c] ?? null)));
  if (format === "csv") return stringify([result.columns, ...rows]).trimEnd();
  const widths = result.columns.map((c, i) =>
    Math.min(60, Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length))),
  );
  const fit = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]): string => cells.map((c, i) => fit(c, widths[i] ?? 0)).join(" | ");
  const out = [line(result.columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...rows.map(line)];
  const note = result.summary.truncated ? " (truncated at the row cap)" : "";
  out.push(`${result.rows.length} row(s) in ${result.summary.ms} ms on ${result.summary.engine}${note}`);
  return out.join("\n");
}
