/**
 * Result byte cap: keeps a query result under a size in bytes, not only a number of rows, so one row of
 * a 100 MB string cannot make the server build a multi-gigabyte response.
 *
 * Size is the JSON length of the rows, counted twice: the `graph` part of a result repeats each node and
 * relationship found in the rows at most once, so it is never larger than the rows. When rows are left
 * out, the graph is rebuilt from the rows that are kept, and the summary says so (`truncatedBy`).
 */
import type { QueryResult, ResultNode, ResultRelationship, ResultValue } from "../contract/query-result.ts";

/** The JSON size of one row in UTF-16 code units (a close, cheap bound for the UTF-8 bytes sent). */
function rowSize(row: QueryResult["rows"][number]): number {
  return JSON.stringify(row).length;
}

function collect(value: ResultValue, graph: QueryResult["graph"], seen: Set<string>): void {
  const stack: ResultValue[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    const kind = (v as { kind?: unknown }).kind;
    if (kind === "node" || kind === "relationship") {
      const element = v as ResultNode | ResultRelationship;
      const key = `${element.kind}:${element.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (element.kind === "node") graph.nodes.push(element);
      else graph.relationships.push(element);
      continue;
    }
    if (kind === "path") {
      const path = v as { nodes: ResultNode[]; relationships: ResultRelationship[] };
      stack.push(...path.nodes, ...path.relationships);
      continue;
    }
    stack.push(...Object.values(v as Record<string, ResultValue>));
  }
}

/** `result` itself when it fits in `maxBytes`, else its longest prefix of rows that fits. */
export function capResultBytes(result: QueryResult, maxBytes: number): QueryResult {
  let used = 0;
  let kept = 0;
  for (const row of result.rows) {
    const size = 2 * rowSize(row);
    if (used + size > maxBytes) break;
    used += size;
    kept += 1;
  }
  if (kept === result.rows.length) return result;
  const rows = result.rows.slice(0, kept);
  const graph: QueryResult["graph"] = { nodes: [], relationships: [] };
  const seen = new Set<string>();
  for (const row of rows) collect(Object.values(row), graph, seen);
  return { ...result, rows, graph, summary: { ...result.summary, truncated: true, truncatedBy: "maxBytes" } };
}
