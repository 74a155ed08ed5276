/**
 * Query result model: the one plain-JSON shape every Cypher backend returns, and what POST /api/query
 * answers. Part of the wire contract, so engines, server and UI all read it from here.
 *
 * Rows keep the values a query returned (nodes, relationships and paths in the shapes below); `graph`
 * gathers every node and relationship found anywhere in the rows, paths unfolded, each once. The front
 * end and the API never see a backend's own classes (no Neo4j Integer, no Grafeo ids leaking as meaning).
 */

/** JSON value: what a row cell may hold once mapped. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A node in a result: `id` is the entity id when it has one, else the backend's element id. */
export interface ResultNode {
  kind: "node";
  id: string;
  labels: string[];
  properties: Record<string, JsonValue>;
}

/** A relationship in a result, from `start` to `end` (node ids as in ResultNode). */
export interface ResultRelationship {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, JsonValue>;
}

/** A path: alternating nodes and relationships, unfolded. */
export interface ResultPath {
  kind: "path";
  nodes: ResultNode[];
  relationships: ResultRelationship[];
}

/** A cell value: plain JSON or a graph element. */
export type ResultValue = JsonValue | ResultNode | ResultRelationship | ResultPath | ResultValue[];

/** What a query returned. */
export interface QueryResult {
  columns: string[];
  rows: Record<string, ResultValue>[];
  graph: { nodes: ResultNode[]; relationships: ResultRelationship[] };
  summary: {
    ms: number;
    /** Rows were left out: more than `maxRows` rows, or more than `maxBytes` of JSON. */
    truncated: boolean;
    /** Why rows were left out, when they were: "maxRows" or "maxBytes". */
    truncatedBy?: "maxRows" | "maxBytes";
    engine: string;
  };
}
