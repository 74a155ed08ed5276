/**
 * Explorer service: the read operations behind the API (search, entity details, neighbourhoods,
 * shortest paths, schema, overview graph), written once on the CypherEngine interface with the shared
 * EXPLORER_QUERIES, so they run the same on Grafeo and Neo4j. Every read runs read-only within the
 * server's time budget (QueryLimits); nodes and relationships are decoded by the contract's decoders.
 */
import type { GraphResponse } from "../contract/api/graph.ts";
import type { NeighborsResponse, NodeDetailsResponse, RelationshipView } from "../contract/api/nodes.ts";
import type { PathsResponse } from "../contract/api/paths.ts";
import type { SchemaResponse } from "../contract/api/schema-info.ts";
import type { SearchResponse } from "../contract/api/search.ts";
import { decodeEntity } from "../contract/decoders.ts";
import {
  DETAILS_DEFAULT_LIMIT,
  EXPLORER_MAX_BYTES,
  EXPLORER_MAX_MEMORY_BYTES,
  EXPLORER_MAX_ROWS,
  PATHS_LIMIT,
  QUERY_LIMITS,
  type QueryLimits,
} from "../contract/limits.ts";
import type { QueryResult, ResultNode, ResultRelationship } from "../contract/query-result.ts";
import { OVERVIEW_SETTINGS, type OverviewSettings } from "../contract/api/overview.ts";
import type { CypherEngine } from "../engine/cypher-engine.ts";
import { foldText } from "../model/fold-text.ts";
import { EXPLORER_QUERIES as Q } from "./explorer-queries.ts";
import type { OverviewIndex } from "./overview-index.ts";
import { OverviewService } from "./overview-service.ts";
import {
  describeRelationship,
  entityRef,
  referencedIds,
  toRelationshipView,
  type ReferenceNames,
} from "./relationship-view.ts";
import { SearchIndex } from "./search-index.ts";

/** The other end of a details row (EXPLORER_QUERIES.nodeRelationships) as the node the decoders read. */
function otherEnd(row: QueryResult["rows"][number]): ResultNode {
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  const labels = Array.isArray(row["other_labels"]) ? row["other_labels"].map(text) : [];
  return {
    kind: "node",
    id: text(row["other_id"]),
    labels,
    properties: { name: text(row["other_name"]), kind: text(row["other_kind"]) },
  };
}

/** An entity id that matched nothing. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The explorer's read operations on one engine. */
export class ExplorerService {
  /** The overview of a big graph and expanding it (cached per limit). */
  readonly overview: OverviewService;
  private readonly searchIndex: SearchIndex;
  private schemaCache: Promise<SchemaResponse> | null = null;

  /** `timeoutMs` bounds every read; rows are capped at EXPLORER_MAX_ROWS, enough for an overview. */
  constructor(
    private readonly engine: CypherEngine,
    private readonly limits: Pick<QueryLimits, "timeoutMs"> = QUERY_LIMITS,
    overviewSettings: OverviewSettings = OVERVIEW_SETTINGS,
  ) {
    const run = (query: string, params: Record<string, unknown>) => this.run(query, params);
    this.overview = new OverviewService(
      run,
      (query, params) => this.scan(query, params),
      () => this.counts(),
      (id) => this.node(id),
      overviewSettings,
    );
    this.searchIndex = new SearchIndex(() => this.scan(Q.searchEntries, {}));
  }

  /**
   * A read without a row cap and with a longer time budget: of a whole-graph index (search, overview),
   * kept off the engine process that answers clicks first (`background`), or of all of a hub's
   * relationship ids.
   */
  private scan(query: string, params: Record<string, unknown>, background = true): Promise<QueryResult> {
    return this.engine.run(query, params, {
      readOnly: true,
      background,
      timeoutMs: this.limits.timeoutMs * 3,
      maxRows: Number.MAX_SAFE_INTEGER,
      maxBytes: EXPLORER_MAX_BYTES,
      maxMemoryBytes: EXPLORER_MAX_MEMORY_BYTES,
    });
  }

  /** Forgets what is cached (schema, search index, overviews): call after a write. */
  invalidate(): void {
    this.schemaCache = null;
    this.searchIndex.invalidate();
    this.overview.invalidate();
  }

  private run(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    return this.engine.run(query, params, {
      readOnly: true,
      timeoutMs: this.limits.timeoutMs,
      maxRows: EXPLORER_MAX_ROWS,
      maxBytes: EXPLORER_MAX_BYTES,
      maxMemoryBytes: EXPLORER_MAX_MEMORY_BYTES,
    });
  }

  /** Entities whose names or aliases contain `q`, case- and accent-insensitive. */
  async search(q: string, limit: number): Promise<SearchResponse> {
    const folded = foldText(q);
    if (folded === "") return { query: q, results: [] };
    return { query: q, results: await this.searchIndex.find(folded, limit) };
  }

  private async node(id: string): Promise<ResultNode> {
    const result = await this.run(Q.node, { id });
    const node = result.rows[0]?.["n"] as ResultNode | undefined;
    if (!node) throw new NotFoundError(`no entity with id "${id}"`);
    return node;
  }

  /**
   * Names of the speakers and conditions the relationships refer to: from the index of the graph's
   * shape, and from the engine only for ids the index does not hold (data written after it was read).
   */
  private async referenceNames(
    rels: ResultRelationship[],
    index: OverviewIndex | null,
  ): Promise<ReferenceNames> {
    const names: ReferenceNames = { entities: new Map(), relationships: new Map() };
    const missing: string[] = [];
    for (const id of new Set(rels.flatMap(referencedIds))) {
      const entity = index?.entityRef(id);
      const relationship = entity ? undefined : index?.describeRelationship(id);
      if (entity) names.entities.set(id, entity);
      else if (relationship !== undefined) names.relationships.set(id, relationship);
      else missing.push(id);
    }
    if (missing.length === 0) return names;
    const nodes = await this.run(Q.nodesByIds, { ids: missing });
    for (const row of nodes.rows) {
      const n = row["n"] as ResultNode;
      names.entities.set(n.id, entityRef(n));
    }
    const conditions = await this.run(Q.relationshipsByIds, { ids: missing });
    for (const row of conditions.rows) {
      const r = row["r"] as ResultRelationship;
      names.relationships.set(r.id, describeRelationship(row["a"] as ResultNode, r, row["b"] as ResultNode));
    }
    return names;
  }

  /**
   * One entity with a page of its relationships in and out (most central neighbours first), and their
   * total. Which relationships make the page comes from the server's index of the graph's shape, so
   * the engine reads only those (a hub's details do not sort thousands of relationships there); asked
   * before that index is read (the first seconds of a big graph), the engine pages them itself.
   */
  async details(id: string, limit = DETAILS_DEFAULT_LIMIT, offset = 0): Promise<NodeDetailsResponse> {
    const index = this.overview.readyIndex();
    const [node, page] = await Promise.all([
      this.node(id),
      index ? this.indexedPage(index, id, limit, offset) : this.enginePage(id, limit, offset),
    ]);
    const names = await this.referenceNames(
      page.rows.map((row) => row["r"] as ResultRelationship),
      index,
    );
    const relationships: RelationshipView[] = page.rows.map((row) =>
      toRelationshipView(row["r"] as ResultRelationship, otherEnd(row), row["outgoing"] === true, names),
    );
    relationships.sort(
      (a, b) =>
        a.type.localeCompare(b.type) ||
        a.direction.localeCompare(b.direction) ||
        a.other.name.localeCompare(b.other.name),
    );
    return {
      entity: decodeEntity(node),
      relationships,
      total: page.total,
      offset,
    };
  }

  /** A page of relationships chosen by the index, read from the engine by id. */
  private async indexedPage(
    index: OverviewIndex,
    id: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: QueryResult["rows"]; total: number }> {
    const page = index.relationshipPage(id, limit, offset) ?? { ids: [], total: 0 };
    const result = await this.run(Q.nodeRelationships, { id, ids: page.ids });
    return { rows: result.rows, total: page.total };
  }

  /** A page of relationships ordered and counted by the engine (before the index is read). */
  private async enginePage(
    id: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: QueryResult["rows"]; total: number }> {
    const all = await this.scan(Q.nodeRelationshipIds, { id }, false);
    const ids = all.rows.slice(offset, offset + limit).map((row) => String(row["id"]));
    const result = await this.run(Q.nodeRelationships, { id, ids });
    return { rows: result.rows, total: all.rows.length };
  }

  /** The ego network of `id` up to `depth` hops, at most `limit` nodes (nearest first). */
  async neighbors(id: string, depth: 1 | 2, limit: number): Promise<NeighborsResponse> {
    await this.node(id);
    const levels: string[][] = [[id]];
    const seen = new Set([id]);
    for (let d = 1; d <= depth; d++) {
      const result = await this.run(Q.neighborIds, { ids: levels[d - 1] });
      const next = result.rows
        .map((r) => String(r["id"]))
        .filter((n) => !seen.has(n))
        .sort();
      next.forEach((n) => seen.add(n));
      levels.push(next);
    }
    const all = levels.flat();
    const kept = all.slice(0, Math.max(1, limit));
    const nodes = await this.run(Q.nodesByIds, { ids: kept });
    const rels = await this.run(Q.relationshipsAmong, { ids: kept });
    const allRels = kept.length < all.length ? await this.run(Q.relationshipsAmong, { ids: all }) : rels;
    return {
      center: id,
      depth,
      limit,
      nodes: nodes.graph.nodes,
      relationships: rels.graph.relationships,
      omitted: { nodes: all.length - kept.length, relationships: allRels.rows.length - rels.rows.length },
    };
  }

  /** Shortest paths between two entities (any direction, up to PATHS_MAX_HOPS hops). */
  async paths(from: string, to: string, limit = PATHS_LIMIT): Promise<PathsResponse> {
    await this.node(from);
    await this.node(to);
    const result = await this.run(Q.shortestPaths, { from, to, limit });
    const paths = result.rows.map((row) => {
      const p = row["p"] as { nodes: ResultNode[]; relationships: ResultRelationship[] };
      return { nodes: p.nodes.map((n) => n.id), relationships: p.relationships.map((r) => r.id) };
    });
    return { from, to, nodes: result.graph.nodes, relationships: result.graph.relationships, paths };
  }

  /** Labels and relationship types with counts, property keys and totals; read once until a write. */
  schema(): Promise<SchemaResponse> {
    if (!this.schemaCache) {
      const computing = this.computeSchema();
      computing.catch(() => {
        if (this.schemaCache === computing) this.schemaCache = null;
      });
      this.schemaCache = computing;
    }
    return this.schemaCache;
  }

  private async computeSchema(): Promise<SchemaResponse> {
    const { labels, relationshipTypes, propertyKeys, nodes, relationships } = await this.engine.schema();
    // search_text is the server's own folded copy of the names, not data a user queries.
    return {
      labels,
      relationshipTypes,
      propertyKeys: propertyKeys.filter((k) => k !== "search_text"),
      nodes,
      relationships,
    };
  }

  /** Every entity and relationship. */
  async graph(): Promise<GraphResponse> {
    const [nodes, rels] = await Promise.all([this.run(Q.allNodes, {}), this.run(Q.allRelationships, {})]);
    return { nodes: nodes.graph.nodes, relationships: rels.graph.relationships };
  }

  /** Node and relationship counts (the engine's statistics, no scan). */
  counts(): Promise<{ nodes: number; relationships: number }> {
    return this.engine.stats();
  }
}
