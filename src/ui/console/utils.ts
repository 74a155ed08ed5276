/**
 * Console logic: mapping a query result onto the graph (which entities and relationships to
 * highlight), turning cells into display text, the local query history and the JSON params box.
 * Pure, unit-tested without a browser.
 */
import type { QueryResult, ResultValue } from "../../contract/query-result.ts";
import type { GraphModel } from "../graph-model/types.ts";
import type { ResultHighlight } from "../state/types.ts";
import type { ExampleQuery } from "./types.ts";

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  { title: "Who threatens whom", query: "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b" },
  { title: "China's role", query: "MATCH (c:Entity {id: 'china'})-[r]-(x) RETURN c, r, x" },
  {
    title: "The Ramstein meeting",
    query: "MATCH (a)-[r]-(m:Entity {id: 'ramstein-meeting-2024-10-12'}) RETURN a, r, m",
  },
  {
    title: "Claims, not facts",
    query: "MATCH (a)-[r]->(b) WHERE r.modality <> 'asserted' RETURN a, r, b",
  },
];

export const HISTORY_LIMIT = 50;

/** Maps a result's graph onto the overview: by id, and relationships also by ends and type. */
export function resultHighlight(result: QueryResult, model: GraphModel): ResultHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let missingNodes = 0;
  let missingEdges = 0;
  for (const node of result.graph.nodes) {
    if (model.entities.has(node.id)) nodes.add(node.id);
    else missingNodes++;
  }
  for (const rel of result.graph.relationships) {
    let id: string | undefined = model.relationships.has(rel.id) ? rel.id : undefined;
    if (!id) {
      for (const candidate of model.relationships.values()) {
        const same = candidate.source === rel.start && candidate.target === rel.end;
        if (same && candidate.type === rel.type && !edges.has(candidate.id)) {
          id = candidate.id;
          break;
        }
      }
    }
    if (id) {
      edges.add(id);
      const found = model.relationships.get(id);
      if (found) nodes.add(found.source).add(found.target);
    } else missingEdges++;
  }
  return { nodes, edges, missingNodes, missingEdges };
}

/** What the filters hide in the graph view. */
export interface HiddenSets {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

/** "1 entity" / "3 entities". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What the graph view shows of a result: only the highlighted entities and relationships the filters
 * leave visible are counted as highlighted; the rest are named as hidden.
 */
export function highlightSummary(highlight: ResultHighlight, hidden: HiddenSets | null): string {
  const nodes = [...highlight.nodes].filter((id) => !hidden?.hiddenNodes.has(id)).length;
  const edges = [...highlight.edges].filter((id) => !hidden?.hiddenEdges.has(id)).length;
  const text = `${plural(nodes, "entity", "entities")} and ${plural(edges, "relationship", "relationships")} of this result are highlighted in the graph.`;
  const hiddenNodes = highlight.nodes.size - nodes;
  const hiddenEdges = highlight.edges.size - edges;
  if (hiddenNodes + hiddenEdges === 0) return text;
  return `${text} The filters hide ${plural(hiddenNodes, "more entity", "more entities")} and ${plural(hiddenEdges, "relationship", "relationships")} of it.`;
}

/** Short display text of a cell: a node by name, a relationship by type, JSON otherwise. */
export function cellText(value: ResultValue, model: GraphModel | null): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => cellText(v, model)).join(", ")}]`;
  if (typeof value !== "object") return typeof value === "string" ? value : JSON.stringify(value);
  if (value.kind === "node" && typeof value.id === "string" && "labels" in value) {
    const name = model?.entities.get(value.id)?.name ?? value.id;
    return `(${name})`;
  }
  if (value.kind === "relationship" && "type" in value && typeof value.type === "string") {
    return `[:${value.type}]`;
  }
  if (value.kind === "path" && "nodes" in value && Array.isArray(value.nodes)) {
    return `path of ${value.nodes.length} nodes`;
  }
  return JSON.stringify(value);
}

/** What the table shows of a relationship cell: its type, modality, date and first quote. */
export interface RelationshipFacts {
  id: string;
  type: string;
  modality: string | null;
  date: string | null;
  quote: string | null;
}

/** The facts of a relationship cell (from the overview graph when it has the relationship), else null. */
export function relationshipFacts(value: ResultValue, model: GraphModel | null): RelationshipFacts | null {
  if (!value || typeof value !== "object" || Array.isArray(value) || value.kind !== "relationship")
    return null;
  if (!("type" in value) || typeof value.type !== "string" || typeof value.id !== "string") return null;
  const known = model?.relationships.get(value.id);
  const props =
    "properties" in value && value.properties && typeof value.properties === "object" ? value.properties : {};
  const text = (v: unknown) => (typeof v === "string" && v ? v : null);
  const propQuote = Array.isArray((props as Record<string, unknown>).evidence_quotes)
    ? text(((props as Record<string, unknown>).evidence_quotes as unknown[])[0])
    : text((props as Record<string, unknown>).evidence_quote);
  return {
    id: value.id,
    type: value.type,
    modality: known?.modality ?? text((props as Record<string, unknown>).modality),
    date: known?.date ?? text((props as Record<string, unknown>).date),
    quote: known?.evidence[0]?.quote ?? propQuote,
  };
}

/** The entity id a cell points at (for click-through from the table), if any. */
export function cellEntityId(value: ResultValue): string | null {
  if (value && typeof value === "object" && !Array.isArray(value) && value.kind === "node") {
    return typeof value.id === "string" ? value.id : null;
  }
  return null;
}

/** Adds a query to the front of the history, without duplicates, capped. */
export function pushHistory(history: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [...history];
  return [trimmed, ...history.filter((q) => q !== trimmed)].slice(0, HISTORY_LIMIT);
}

/** Reads a stored history, tolerating anything that is not a list of strings. */
export function parseHistory(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? "[]");
    return Array.isArray(value) ? value.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

/** Parses the params box: a JSON object, or an error message saying what is expected. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === "") return { params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { error: 'Parameters: expected a JSON object such as {"id": "china"}' };
    }
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Parameters: invalid JSON (${(error as Error).message})` };
  }
}

/** Absolute offset in `text` of a 1-based line and column (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length - 1); i++) offset += (lines[i]?.length ?? 0) + 1;
  const current = lines[Math.min(line, lines.length) - 1] ?? "";
  return Math.min(offset + Math.max(0, Math.min(column - 1, current.length)), text.length);
}
