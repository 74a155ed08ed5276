/**
 * CypherEngine: the one small interface everything above the engine layer uses, so the embedded
 * Grafeo store and a Neo4j server can be swapped without the server, CLI or UI knowing.
 */
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import type { QueryResult } from "../contract/query-result.ts";

/** Options of one query. Defaults: read-only, 10 s, 10 000 rows. */
export interface QueryOptions {
  /** Refuse writes (CREATE, MERGE, SET, DELETE, REMOVE …) with a QueryError WRITE_FORBIDDEN. */
  readOnly?: boolean;
  /** Stop the query after this many milliseconds with a QueryError TIMEOUT. */
  timeoutMs?: number;
  /** Keep at most this many rows; more sets `summary.truncated`. */
  maxRows?: number;
}

export const DEFAULT_QUERY_OPTIONS: Required<QueryOptions> = {
  readOnly: true,
  timeoutMs: 10_000,
  maxRows: 10_000,
};

/** Counts of what an engine holds. */
export interface EngineStats {
  nodes: number;
  relationships: number;
}

/** A Cypher backend. */
export interface CypherEngine {
  /** Short name shown in the UI and /api/health: "grafeo" or "neo4j". */
  readonly name: string;
  /** Runs one Cypher query with parameters; throws QueryError or EngineUnavailableError. */
  run(query: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /** Replaces the graph with a validated knowledge graph (idempotent). */
  load(graph: KnowledgeGraph): Promise<EngineStats>;
  /** Counts nodes and relationships. */
  stats(): Promise<EngineStats>;
  /** Releases workers, drivers and files. */
  close(): Promise<void>;
}
