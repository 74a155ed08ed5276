/**
 * What the API routes share: the ready engine, the explorer's reads on it, the loaded graph-data (for
 * the source documents) and the server's query settings. Built once by createApp, handed to every
 * route plugin as its options.
 */
import type { QueryLimits } from "../contract/limits.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import type { ExplorerService } from "./explorer-service.ts";

export interface ApiContext {
  engine: CypherEngine;
  explorer: ExplorerService;
  /** The source documents come from here; entities and relationships from the engine. */
  graph: KnowledgeGraph;
  allowWrites: boolean;
  /** Limits of the queries people write (POST /api/query); the explorer's reads share the timeout. */
  limits: QueryLimits;
  /** Serve synthetic graphs (`/api/graph?synthetic=N`) for `npm run bench`; off otherwise. */
  benchRoutes?: boolean;
}
