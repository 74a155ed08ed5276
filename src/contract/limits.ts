/**
 * Query limits: the one place that says how long a query may run and how many rows it may return.
 * Engines, the CLI, the server and the UI all read these; a command-line flag or a server option may
 * set others, and whatever is set is honoured on every path (console queries and the explorer's reads).
 */

/** How long one query may run and how many rows it may keep. */
export interface QueryLimits {
  /** Stop the query after this many milliseconds (a QUERY_TIMEOUT error, HTTP 504). */
  timeoutMs: number;
  /** Keep at most this many rows; more sets `summary.truncated`. */
  maxRows: number;
  /** Keep at most about this many bytes of JSON (rows and graph); more sets `summary.truncated`. */
  maxBytes: number;
}

/** Queries a person writes: the Cypher console, POST /api/query, `npm run query`. */
export const QUERY_LIMITS: Readonly<QueryLimits> = {
  timeoutMs: 10_000,
  maxRows: 5_000,
  maxBytes: 16 * 1024 * 1024,
};

/**
 * The explorer's own reads (overview graph, details, neighbourhoods, paths, schema): the same time
 * budget, but rows enough for a whole overview graph, since one row is one node or relationship.
 */
export const EXPLORER_MAX_ROWS = 50_000;

/** The explorer's own reads may return the whole graph, so their byte cap is high. */
export const EXPLORER_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Memory the explorer's own reads may use in the engine: an overview of 100k entities and 500k
 * relationships needs about 1.2 GiB there, more than a typed query gets (1 GiB by default).
 */
export const EXPLORER_MAX_MEMORY_BYTES = 4 * 1024 * 1024 * 1024;

/** Entities a search returns unless the request asks for fewer (at most SEARCH_MAX_LIMIT). */
export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

/**
 * Relationships an entity's details return unless the request asks otherwise (at most
 * DETAILS_MAX_LIMIT): the most central neighbours first, with the total, so a hub's details stay small.
 */
export const DETAILS_DEFAULT_LIMIT = 200;
export const DETAILS_MAX_LIMIT = 2_000;

/** Nodes an ego network returns unless the request asks otherwise (at most NEIGHBORS_MAX_LIMIT). */
export const NEIGHBORS_DEFAULT_LIMIT = 200;
export const NEIGHBORS_MAX_LIMIT = 5_000;

/** Shortest paths returned between two entities, and the most hops a path may have. */
export const PATHS_LIMIT = 25;
export const PATHS_MAX_HOPS = 6;
