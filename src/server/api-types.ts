/**
 * API types: the JSON contract between the Lagebild server and its clients (the explorer UI, tests,
 * other tools). The UI imports these types only (never server code), and talks over HTTP.
 */
import type { QueryResult, ResultNode, ResultRelationship } from "../model/query-result.ts";

/** `{error: {code, message}}`: every error the API returns. `position` is 1-based, for query errors. */
export interface ApiError {
  error: { code: string; message: string; position?: { line: number; column: number; offset?: number } };
}

/** GET /api/health */
export interface HealthResponse {
  ok: boolean;
  engine: string;
  nodes: number;
  relationships: number;
  /** Why the engine is not ok (e.g. Neo4j unreachable). */
  problem?: string;
}

/** POST /api/query body. */
export interface QueryRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** POST /api/query response: the engine-neutral result model. */
export type QueryResponse = QueryResult;

/** An entity as lists show it. */
export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  name_de: string;
  aliases: string[];
  description: string;
}

/** GET /api/search?q= */
export interface SearchResponse {
  query: string;
  results: EntitySummary[];
}

/** Evidence of a relationship: where in which source the quote stands. */
export interface EvidenceView {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** An entity a relationship refers to (its other end, its speaker), by id, name and kind. */
export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

/** What a relationship depends on: an entity, or another relationship described in words. */
export interface ConditionView {
  id: string;
  kind: "entity" | "relationship";
  /** "Donald Trump WINS 2024 US presidential election", or the entity's name. */
  label: string;
}

/** One relationship of an entity, seen from that entity. */
export interface RelationshipView {
  id: string;
  type: string;
  /** "out": the entity is the source; "in": the target. */
  direction: "out" | "in";
  other: EntityRef;
  summary: string;
  date: string;
  modality: string;
  /** Whom the article gives the claim as said or held by ("according to …"); absent: its own voice. */
  attributedTo?: EntityRef;
  /** For a claim about part of a group: "23 of 32", "most". */
  quantity?: string;
  /** What the claim depends on. */
  condition?: ConditionView;
  /** Every piece of evidence, in graph-data's order (at least one). */
  evidence: EvidenceView[];
  /** Independent sources backing it: distinct publishers among the evidence's sources. */
  sourceCount: number;
}

/** GET /api/nodes/:id */
export interface NodeDetailsResponse {
  entity: EntitySummary;
  relationships: RelationshipView[];
}

/** GET /api/nodes/:id/neighbors?depth=&limit= */
export interface NeighborsResponse {
  center: string;
  depth: number;
  limit: number;
  nodes: ResultNode[];
  relationships: ResultRelationship[];
  /** What the limit left out. */
  omitted: { nodes: number; relationships: number };
}

/** GET /api/paths?from=&to= */
export interface PathsResponse {
  from: string;
  to: string;
  nodes: ResultNode[];
  relationships: ResultRelationship[];
  paths: { nodes: string[]; relationships: string[] }[];
}

/** GET /api/schema */
export interface SchemaResponse {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  nodePropertyKeys: string[];
  relationshipPropertyKeys: string[];
}

/** GET /api/graph: the whole graph for the overview. */
export interface GraphResponse {
  nodes: ResultNode[];
  relationships: ResultRelationship[];
}

/** GET /api/sources/:id */
export interface SourceResponse {
  id: string;
  title: string;
  publisher: string;
  date: string;
  language: string;
  url?: string;
  text: string;
}

/** GET /api/sources */
export interface SourcesResponse {
  sources: Omit<SourceResponse, "text">[];
}
