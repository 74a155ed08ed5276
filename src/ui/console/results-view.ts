/**
 * Result views: a query result as a summary of what is highlighted in the graph, as a table (entity
 * cells click through to the details), or as JSON. All cell values are rendered as text.
 */
import type { QueryResult } from "../../contract/query-result.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { el } from "../lib/dom.ts";
import type { ResultHighlight } from "../state/types.ts";
import { isUncertain } from "../graph-view/palette.ts";
import {
  cellEntityId,
  cellText,
  highlightSummary,
  plural,
  relationshipFacts,
  type HiddenSets,
  type RelationshipFacts,
} from "./utils.ts";

/** A relationship cell: type, modality and date, and its quote (which opens the source). */
function relationshipCell(facts: RelationshipFacts, openSource: (id: string) => void): HTMLElement {
  const meta = [facts.modality, facts.date].filter((v): v is string => !!v);
  return el("div", { className: "rel-cell", attrs: { "data-relationship": facts.id } }, [
    el("span", { className: "rel-cell-type", text: `[:${facts.type}]` }),
    ...meta.map((m, i) =>
      el("span", {
        className:
          i === 0 && facts.modality
            ? `modality modality-${isUncertain(facts.modality) ? "uncertain" : "fact"}`
            : "rel-cell-date",
        text: m,
      }),
    ),
    ...(facts.quote
      ? [
          el(
            "button",
            {
              className: "quote rel-cell-quote",
              attrs: { type: "button", lang: "de", "aria-label": `Open the source at: ${facts.quote}` },
              on: { click: () => openSource(facts.id) },
            },
            [el("q", { text: facts.quote })],
          ),
        ]
      : []),
  ]);
}

const MAX_ROWS = 500;
const MAX_JSON = 400_000;

/** The "Graph" tab: counts of what the graph view shows for this result (filters hide the rest). */
export function graphSummary(
  result: QueryResult,
  highlight: ResultHighlight,
  hidden: HiddenSets | null,
): HTMLElement {
  const missing =
    highlight.missingNodes + highlight.missingEdges > 0
      ? ` ${plural(highlight.missingNodes, "entity", "entities")} and ${plural(highlight.missingEdges, "relationship", "relationships")} are not in the overview graph.`
      : "";
  const text =
    highlight.nodes.size + highlight.edges.size > 0
      ? `${highlightSummary(highlight, hidden)}${missing}`
      : `This result has no entities or relationships to show in the graph; see the table.${missing}`;
  return el("div", { className: "result-summary" }, [
    el("p", { text }),
    el("p", {
      className: "muted",
      text: `${result.rows.length} rows · ${result.summary.ms} ms · ${result.summary.engine}${truncation(result)}`,
    }),
  ]);
}

/** The "Table" tab. */
export function resultTable(
  result: QueryResult,
  model: GraphModel | null,
  select: (id: string) => void,
  openSource: (relationshipId: string) => void,
): HTMLElement {
  const head = el("thead", {}, [
    el(
      "tr",
      {},
      result.columns.map((c) => el("th", { text: c, attrs: { scope: "col" } })),
    ),
  ]);
  const rows = result.rows.slice(0, MAX_ROWS).map((row) =>
    el(
      "tr",
      {},
      result.columns.map((column) => {
        const value = row[column] ?? null;
        const facts = relationshipFacts(value, model);
        if (facts) return el("td", {}, [relationshipCell(facts, openSource)]);
        const id = cellEntityId(value);
        const text = cellText(value, model);
        const content =
          id && model?.entities.has(id)
            ? el("button", {
                className: "link-button",
                text,
                attrs: { type: "button", "data-entity": id },
                on: { click: () => select(id) },
              })
            : el("span", { text });
        return el("td", {}, [content]);
      }),
    ),
  );
  const table = el("table", { className: "result-table" }, [head, el("tbody", {}, rows)]);
  const note =
    result.rows.length > MAX_ROWS
      ? el("p", { className: "muted", text: `Showing the first ${MAX_ROWS} of ${result.rows.length} rows.` })
      : null;
  return el("div", { className: "table-scroll" }, [table, note]);
}

/** The "JSON" tab. */
export function resultJson(result: QueryResult): HTMLElement {
  const json = JSON.stringify(result, null, 2);
  const text = json.length > MAX_JSON ? `${json.slice(0, MAX_JSON)}\n… (truncated)` : json;
  return el("pre", { className: "result-json", text });
}

/** " · truncated (…)" naming the cap that cut the result, or "". */
function truncation(result: QueryResult): string {
  if (!result.summary.truncated) return "";
  if (result.summary.truncatedBy === "maxBytes") return " · truncated (result size cap)";
  return " · truncated (row cap)";
}
