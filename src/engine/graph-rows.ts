/**
 * Graph rows: how the knowledge graph becomes nodes and relationships in a property graph, the same
 * way for every backend. Each entity is a node labelled `Entity` and its kind; each relationship keeps
 * its evidence, date and modality as flat properties (property graphs hold no nested maps).
 */
import { dateRange } from "../model/date-range.ts";
import { foldText } from "../model/fold-text.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { computeOverviewLayout, type OverviewPlace } from "../model/overview-layout.ts";
import type { Entity, Relationship } from "../model/schema.ts";

/** Properties of an entity node: the entity's fields, and its names folded for search. */
export type NodeRow = Entity & {
  /** Folded names and aliases, "|"-separated, for case- and accent-insensitive search. */
  search_text: string;
} & Partial<OverviewRow>;

/** Where the entity stands in the overview of a big graph (src/model/overview-layout.ts). */
export interface OverviewRow {
  overview_x: number;
  overview_y: number;
  overview_community: number;
  /** 0 is the most central entity (PageRank). */
  overview_rank: number;
  overview_degree: number;
}

/** The overview properties of a place. */
export function overviewRow(place: OverviewPlace): OverviewRow {
  return {
    overview_x: place.x,
    overview_y: place.y,
    overview_community: place.community,
    overview_rank: place.rank,
    overview_degree: place.degree,
  };
}

/** Properties of a relationship, plus its type and endpoints' entity ids. */
export interface RelationshipRow {
  id: string;
  type: string;
  source: string;
  target: string;
  summary: string;
  date: string;
  date_from: string;
  date_to: string;
  modality: string;
  evidence_source: string;
  evidence_quote: string;
  evidence_start: number;
  evidence_end: number;
}

/** Maps an entity to its node properties, with its overview place when one is given. */
export function entityToRow(entity: Entity, place?: OverviewPlace): NodeRow {
  const names = [entity.name, entity.name_de, entity.id.replace(/-/g, " "), ...entity.aliases];
  return {
    ...(place ? overviewRow(place) : {}),
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    name_de: entity.name_de,
    aliases: [...entity.aliases],
    description: entity.description,
    search_text: `|${[...new Set(names.map(foldText))].join("|")}|`,
  };
}

/** Maps a relationship to its properties; the date must already be validated. */
export function relationshipToRow(rel: Relationship): RelationshipRow {
  const range = dateRange(rel.date);
  if (!range) throw new Error(`relationship "${rel.id}": date "${rel.date}" is not a valid ISO date`);
  return {
    id: rel.id,
    type: rel.type,
    source: rel.source,
    target: rel.target,
    summary: rel.summary,
    date: rel.date,
    date_from: range.from,
    date_to: range.to,
    modality: rel.modality,
    evidence_source: rel.evidence.source,
    evidence_quote: rel.evidence.quote,
    evidence_start: rel.evidence.start,
    evidence_end: rel.evidence.end,
  };
}

/**
 * Node rows (with their overview places) grouped by kind and relationship rows grouped by type, ready
 * for batched upserts.
 */
export function graphRows(graph: KnowledgeGraph): {
  nodesByKind: Map<string, NodeRow[]>;
  relationshipsByType: Map<string, RelationshipRow[]>;
} {
  const places = computeOverviewLayout(graph);
  const nodesByKind = new Map<string, NodeRow[]>();
  for (const entity of graph.entities) {
    const rows = nodesByKind.get(entity.kind) ?? [];
    rows.push(entityToRow(entity, places.get(entity.id)));
    nodesByKind.set(entity.kind, rows);
  }
  const relationshipsByType = new Map<string, RelationshipRow[]>();
  for (const rel of graph.relationships) {
    const rows = relationshipsByType.get(rel.type) ?? [];
    rows.push(relationshipToRow(rel));
    relationshipsByType.set(rel.type, rows);
  }
  return { nodesByKind, relationshipsByType };
}
