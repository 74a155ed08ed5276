/**
 * Graph model mapping: API result nodes and relationships into the explorer's records, and those
 * records into a graphology multigraph (parallel relationships between the same two actors are kept,
 * each its own edge keyed by relationship id).
 */
import { MultiDirectedGraph } from "graphology";
import { dateRange } from "../../model/date-range.ts";
import type { JsonValue, ResultNode, ResultRelationship } from "../../model/query-result.ts";
import type { EntityRecord, Evidence, GraphModel, RelationshipRecord } from "./types.ts";

/** Node attributes in the graphology graph (what sigma styles read). */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  /** Among the most central entities: its label is always drawn. */
  important: boolean;
}

/** Edge attributes in the graphology graph. */
export interface EdgeAttributes {
  label: string;
  type: string;
  modality: string;
  color: string;
  size: number;
  dashSize: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

function text(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function num(value: JsonValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The entity an API node describes; its kind is the `kind` property or its non-Entity label. */
export function entityFromNode(node: ResultNode): EntityRecord {
  const p = node.properties;
  const kind = text(p.kind) || node.labels.find((label) => label !== "Entity") || "Entity";
  const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === "string") : [];
  return {
    id: node.id,
    kind,
    name: text(p.name) || node.id,
    nameDe: text(p.name_de),
    aliases,
    description: text(p.description),
  };
}

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** Every piece of evidence in a relationship's properties: its parallel lists, else its first piece. */
export function evidenceFromProperties(p: Record<string, JsonValue>): Evidence[] {
  const sources = list(p.evidence_sources);
  const quotes = list(p.evidence_quotes);
  const starts = list(p.evidence_starts);
  const ends = list(p.evidence_ends);
  const n = Math.min(sources.length, quotes.length, starts.length, ends.length);
  const pieces =
    n > 0
      ? Array.from({ length: n }, (_, i) => ({
          source: text(sources[i]),
          quote: text(quotes[i]),
          start: num(starts[i]),
          end: num(ends[i]),
        }))
      : [
          {
            source: text(p.evidence_source),
            quote: text(p.evidence_quote),
            start: num(p.evidence_start),
            end: num(p.evidence_end),
          },
        ];
  return pieces.filter((e): e is Evidence => e.source !== "" && e.start !== null && e.end !== null);
}

/** The relationship an API relationship describes, with its date range and evidence. */
export function relationshipFromResult(rel: ResultRelationship): RelationshipRecord {
  const p = rel.properties;
  const date = text(p.date);
  const range = date ? dateRange(date) : null;
  return {
    id: rel.id,
    type: rel.type,
    source: rel.start,
    target: rel.end,
    summary: text(p.summary),
    date,
    dateFrom: text(p.date_from) || range?.from || null,
    dateTo: text(p.date_to) || range?.to || null,
    modality: text(p.modality) || "asserted",
    attributedTo: text(p.attributed_to) || null,
    evidence: evidenceFromProperties(p),
  };
}

/** Builds the model from an API graph; relationships whose ends are unknown are dropped. */
export function buildModel(nodes: ResultNode[], relationships: ResultRelationship[]): GraphModel {
  const entities = new Map(nodes.map((node) => [node.id, entityFromNode(node)]));
  const rels = new Map<string, RelationshipRecord>();
  for (const rel of relationships) {
    if (entities.has(rel.start) && entities.has(rel.end)) rels.set(rel.id, relationshipFromResult(rel));
  }
  return { entities, relationships: rels };
}

/** Builds the graphology graph (positions and sizes are set later by layout and sizing). */
export function toGraphology(model: GraphModel): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  for (const entity of model.entities.values()) {
    graph.addNode(entity.id, {
      x: 0,
      y: 0,
      size: 1,
      color: "#888",
      label: entity.name,
      kind: entity.kind,
      important: false,
    });
  }
  for (const rel of model.relationships.values()) {
    graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, {
      label: rel.type,
      type: rel.type,
      modality: rel.modality,
      color: "#999",
      size: 1,
      dashSize: 0,
    });
  }
  return graph;
}
