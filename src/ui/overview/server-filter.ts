/**
 * Server filters: on the overview of a big graph the filter panel's state is sent to the server
 * (GET /api/overview/filtered), which applies it to the whole graph, not only to the entities drawn.
 * This module turns the state into that request and the answer into what the view keeps and what the
 * status bar says. Pure, tested in Node.
 */
import type { OverviewFilterResponse } from "../../contract/api/overview.ts";
import type { Subgraph } from "../filters/types.ts";
import { hasAnyFilter } from "../filters/utils.ts";
import type { FilterState } from "../state/types.ts";

/** The query string of GET /api/overview/filtered for `filters`; null when no filter is set. */
export function filterQuery(filters: FilterState, limit?: number): string | null {
  if (!hasAnyFilter(filters)) return null;
  const params = new URLSearchParams();
  const list = (name: string, values: string[]): void => {
    if (values.length > 0) params.set(name, values.join(","));
  };
  list("hiddenKinds", filters.hiddenKinds);
  list("hiddenTypes", filters.hiddenTypes);
  list("hiddenModalities", filters.hiddenModalities);
  if (filters.dateFrom) params.set("dateFrom", filters.dateFrom);
  if (filters.dateTo) params.set("dateTo", filters.dateTo);
  if (filters.actors.length > 0) {
    list("actors", filters.actors);
    params.set("focus", filters.focus);
    params.set("depth", String(filters.depth));
  }
  if (limit !== undefined) params.set("limit", String(limit));
  return params.toString();
}

/** What the view keeps of the graph while the answer is shown: its entities and relationships. */
export function answerSubgraph(answer: OverviewFilterResponse): Subgraph {
  return {
    nodes: new Set(answer.nodes.map((n) => n[0])),
    edges: new Set(answer.relationships.map((r) => r[0])),
  };
}

/** What the status bar says about a filtered overview: how much matches and what part is drawn. */
export function filteredStatus(answer: OverviewFilterResponse): string {
  const f = (n: number): string => n.toLocaleString("en");
  const { matched, total } = answer;
  const shown = answer.nodes.length;
  const part =
    shown < matched.nodes
      ? `showing the ${f(shown)} most central of ${f(matched.nodes)} matching entities`
      : `showing all ${f(matched.nodes)} matching entities`;
  return `Filtered on the whole graph: ${part} (of ${f(total.nodes)}), ${f(answer.relationships.length)} of ${f(matched.relationships)} matching relationships (of ${f(total.relationships)})`;
}
