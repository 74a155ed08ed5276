/**
 * CypherEngine: the one small interface everything above the engine layer uses, so the embedded
 * Grafeo store and a Neo4j server can be swapped without the server, CLI or UI knowing.
 */
import { QUERY_LIMITS } from "../contract/limits.ts";
import type { QueryResult } from "../contract/query-result.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";

/** Options of one query. Defaults: read-only, QUERY_LIMITS (contract/limits.ts), no file access. */
export interface QueryOptions {
  /** Refuse writes (CREATE, MERGE, SET, DELETE, REMOVE …) with a QueryError WRITE_FORBIDDEN. */
  readOnly?: boolean;
  /** Stop the query after this many milliseconds with a QueryError QUERY_TIMEOUT. */
  timeoutMs?: number;
  /** Keep at most this many rows; more sets `summary.truncated`. */
  maxRows?: number;
  /** Keep at most about this many bytes of JSON (rows and graph); more sets `summary.truncated`. */
  maxBytes?: number;
  /**
   * Let LOAD CSV and file/URL procedures run. Off everywhere but `npm run query --allow-file-access`:
   * otherwise they are refused with FILE_ACCESS_FORBIDDEN before the engine sees the query.
   */
  allowFileAccess?: boolean;
  /**
   * Memory the query may use (embedded engine: resident size of its process) before it fails with
   * RESOURCE_LIMIT. Default: the engine's cap for queries (1 GiB); at most the process's hard cap.
   */
  maxMemoryBytes?: number;
  /** Aborting it stops the query (QueryError CANCELLED) and frees the engine. */
  signal?: AbortSignal;
  /**
   * A long whole-graph read the server does for itself (its indexes): an engine with several
   * processes keeps it off the one that answers interactive queries first. Default false.
   */
  background?: boolean;
}

/** The defaults of the numeric and boolean options: the query limits of the contract. */
export const DEFAULT_QUERY_OPTIONS = {
  readOnly: true,
  timeoutMs: QUERY_LIMITS.timeoutMs,
  maxRows: QUERY_LIMITS.maxRows,
  maxBytes: QUERY_LIMITS.maxBytes,
  allowFileAccess: false,
} as const satisfies QueryOptions;

/** Counts of what an engine holds. */
export interface EngineStats {
  nodes: number;
  relationships: number;
}

/**
 * What an engine holds, from its own statistics rather than a scan of the graph: labels and
 * relationship types with counts, every property key in use (nodes and relationships together, as
 * Neo4j's db.propertyKeys() lists them), and the totals.
 */
export interface EngineSchema extends EngineStats {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

/** A Cypher backend. */
export interface CypherEngine {
  /** Short name shown in the UI and /api/health: "grafeo" or "neo4j". */
  readonly name: string;
  /** Runs one Cypher query with parameters; throws QueryError or EngineUnavailableError. */
  run(query: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /** Replaces the graph with a validated knowledge graph (idempotent). */
  load(graph: KnowledgeGraph): Promise<EngineStats>;
  /** Counts nodes and relationships (from the engine's statistics: no scan). */
  stats(): Promise<EngineStats>;
  /** Labels and types with counts and the property keys in use, sorted by name (no scan). */
  schema(): Promise<EngineSchema>;
  /** Releases workers, drivers and files. */
  close(): Promise<void>;
}
