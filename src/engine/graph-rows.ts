/**
 * Graph rows: how the knowledge graph becomes nodes and relationships in a property graph, the same
 * way for every backend. Each entity is a node labelled `Entity` and its kind; each relationship keeps
 * its evidence, date, modality, attribution, quantity and condition as flat properties (property graphs
 * hold no nested maps). Its evidence list becomes parallel lists (`evidence_quotes[i]` belongs with
 * `evidence_sources[i]`, `evidence_starts[i]`, `evidence_ends[i]`), and the first piece also stays in
 * the scalar `evidence_*` properties, the common case for a query. Optional fields that are not set
 * are left out (absent, so `IS NULL` holds), as are the open ends of an interval.
 *
 * Dates: `date` keeps the text as written in graph-data ("2024-10", "2017/2021"); `date_from` and
 * `date_to` are the first and last day it covers, handed over here as ISO texts and stored by each
 * engine as its own date type (a Neo4j `Date`, a Grafeo date), so date arithmetic, `.year` and
 * comparisons with `date(…)` answer the same on both. Results carry them as "YYYY-MM-DD" text.
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
  /** The first and last day an event's own date covers; absent otherwise. */
  date_from?: string;
  date_to?: string;
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
  /** First and last day covered (YYYY-MM-DD, stored as a date by each engine); absent where the interval is open. */
  date_from?: string;
  date_to?: string;
  modality: string;
  /** Entity id of the speaker the article attributes the claim to. */
  attributed_to?: string;
  /** Quantifier of a claim about part of a group ("23 of 32"). */
  quantity?: string;
  /** Entity or relationship id the claim depends on. */
  condition?: string;
  /** Relationship ids a statement voices. */
  says?: string[];
  /** The first piece of evidence. */
  evidence_source: string;
  evidence_quote: string;
  evidence_start: number;
  evidence_end: number;
  /** Every piece of evidence, as parallel lists. */
  evidence_sources: string[];
  evidence_quotes: string[];
  evidence_starts: number[];
  evidence_ends: number[];
  evidence_count: number;
  /** Independent sources: distinct publishers among the evidence's sources. */
  source_count: number;
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
    ...eventDate(entity),
  };
}

function eventDate(entity: Entity): Pick<NodeRow, "date" | "date_from" | "date_to"> {
  if (entity.date === undefined) return {};
  const range = dateRange(entity.date);
  if (!range) throw new Error(`entity "${entity.id}": date "${entity.date}" is not a valid ISO date`);
  const dates: Pick<NodeRow, "date" | "date_from" | "date_to"> = { date: entity.date };
  if (range.from !== null) dates.date_from = range.from;
  if (range.to !== null) dates.date_to = range.to;
  return dates;
}

/** A relationship's properties: its row without the type and the endpoints' entity ids. */
export type RelationshipProperties = Omit<RelationshipRow, "type" | "source" | "target">;

/**
 * Maps a relationship to its properties; the date must already be validated. `publisherOf` maps a
 * source id to its publisher, so that two articles of one publisher count as one independent source;
 * a source it does not know counts on its own.
 */
export function relationshipProperties(
  rel: Relationship,
  publisherOf: ReadonlyMap<string, string> = new Map(),
): RelationshipProperties {
  const range = dateRange(rel.date);
  if (!range) throw new Error(`relationship "${rel.id}": date "${rel.date}" is not a valid ISO date`);
  const evidence = rel.evidence;
  const first = evidence[0];
  if (!first) throw new Error(`relationship "${rel.id}": no evidence; expected at least one piece`);
  const one = evidence.length === 1;
  // Built field by field rather than by spreading optional parts: this runs once per relationship,
  // 500k times for a corpus, and every row gets the same shape up to the optional fields.
  const props: RelationshipProperties = {
    id: rel.id,
    summary: rel.summary,
    date: rel.date,
    modality: rel.modality,
    evidence_source: first.source,
    evidence_quote: first.quote,
    evidence_start: first.start,
    evidence_end: first.end,
    evidence_sources: one ? [first.source] : evidence.map((e) => e.source),
    evidence_quotes: one ? [first.quote] : evidence.map((e) => e.quote),
    evidence_starts: one ? [first.start] : evidence.map((e) => e.start),
    evidence_ends: one ? [first.end] : evidence.map((e) => e.end),
    evidence_count: evidence.length,
    source_count: one
      ? 1
      : new Set(evidence.map((e) => publisherOf.get(e.source) ?? `source:${e.source}`)).size,
  };
  if (range.from !== null) props.date_from = range.from;
  if (range.to !== null) props.date_to = range.to;
  if (rel.attributed_to !== undefined) props.attributed_to = rel.attributed_to;
  if (rel.quantity !== undefined) props.quantity = rel.quantity;
  if (rel.condition !== undefined) props.condition = rel.condition;
  if (rel.says !== undefined) props.says = rel.says;
  return props;
}

/** Maps a relationship to its row: its type, its endpoints' entity ids and its properties. */
export function relationshipToRow(
  rel: Relationship,
  publisherOf: ReadonlyMap<string, string> = new Map(),
): RelationshipRow {
  return Object.assign(
    { type: rel.type, source: rel.source, target: rel.target },
    relationshipProperties(rel, publisherOf),
  );
}

/** Publisher of each source, folded, so two articles of one publisher count as one source. */
export function publishersOf(graph: KnowledgeGraph): Map<string, string> {
  return new Map(graph.sources.map((s) => [s.id, foldText(s.publisher)]));
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
  const publisherOf = publishersOf(graph);
  const relationshipsByType = new Map<string, RelationshipRow[]>();
  for (const rel of graph.relationships) {
    const rows = relationshipsByType.get(rel.type) ?? [];
    rows.push(relationshipToRow(rel, publisherOf));
    relationshipsByType.set(rel.type, rows);
  }
  return { nodesByKind, relationshipsByType };
}
