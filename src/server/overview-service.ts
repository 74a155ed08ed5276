/**
 * Overview service: what the explorer draws first for a big graph and what it adds on demand, in the
 * compact form of src/contract/api/overview.ts. The overview (most central entities at their stored
 * places, and the relationships among them) is the same until the data changes, so it is computed
 * once per limit and kept; an expand is one indexed lookup of one entity's relationships.
 */
import type {
  CompactGraph,
  CompactNode,
  CompactRelationship,
  ExpandResponse,
  OverviewResponse,
} from "../contract/api/overview.ts";
import { OVERVIEW_SETTINGS, type OverviewSettings } from "../contract/api/overview.ts";
import type { QueryResult } from "../contract/query-result.ts";
import { EXPLORER_QUERIES as Q } from "./explorer-queries.ts";

type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;
type Row = QueryResult["rows"][number];

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0));
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

/** Builds compact rows, numbering kinds and types in a table as they come. */
class CompactBuilder {
  private readonly kindIndex = new Map<string, number>();
  private readonly typeIndex = new Map<string, number>();
  readonly nodes: CompactNode[] = [];
  readonly relationships: CompactRelationship[] = [];

  private static index(table: Map<string, number>, key: string): number {
    let i = table.get(key);
    if (i === undefined) table.set(key, (i = table.size));
    return i;
  }

  node(row: Row): void {
    this.nodes.push([
      str(row["id"]),
      CompactBuilder.index(this.kindIndex, str(row["kind"])),
      str(row["name"]),
      num(row["x"]),
      num(row["y"]),
      num(row["degree"]),
      num(row["community"]),
      num(row["rank"]),
    ]);
  }

  relationship(id: string, type: string, source: string, target: string): void {
    this.relationships.push([id, CompactBuilder.index(this.typeIndex, type), source, target]);
  }

  graph(): CompactGraph {
    return {
      kinds: [...this.kindIndex.keys()],
      types: [...this.typeIndex.keys()],
      nodes: this.nodes,
      relationships: this.relationships,
    };
  }
}

/** The overview and expand reads, with the overview cached per limit. */
export class OverviewService {
  private readonly cache = new Map<number, Promise<OverviewResponse>>();

  /** `requireNode` throws the API's not-found error for an id that names no entity. */
  constructor(
    private readonly run: Run,
    private readonly counts: () => Promise<{ nodes: number; relationships: number }>,
    private readonly requireNode: (id: string) => Promise<unknown>,
    private readonly settings: OverviewSettings = OVERVIEW_SETTINGS,
  ) {}

  /** Forgets cached overviews (after a write). */
  invalidate(): void {
    this.cache.clear();
  }

  /** The `limit` most central entities and the relationships among them. */
  overview(limit: number = this.settings.limit): Promise<OverviewResponse> {
    let cached = this.cache.get(limit);
    if (!cached) {
      cached = this.compute(limit);
      cached.catch(() => this.cache.delete(limit));
      this.cache.set(limit, cached);
    }
    return cached;
  }

  private async compute(limit: number): Promise<OverviewResponse> {
    const [total, available] = await Promise.all([this.counts(), this.run(Q.overviewAvailable, {})]);
    const builder = new CompactBuilder();
    const isAvailable = num(available.rows[0]?.["count"]) > 0;
    const extent = { minX: 0, maxX: 0, minY: 0, maxY: 0 };
    if (isAvailable) {
      const [nodes, rels, box] = await Promise.all([
        this.run(Q.overviewNodes, { limit }),
        this.run(Q.overviewRelationships, { limit }),
        this.run(Q.overviewExtent, {}),
      ]);
      const row = box.rows[0] ?? {};
      for (const key of ["minX", "maxX", "minY", "maxY"] as const) extent[key] = num(row[key]);
      const sorted = [...nodes.rows].sort((a, b) => num(a["rank"]) - num(b["rank"]));
      sorted.forEach((row) => builder.node(row));
      for (const row of rels.rows) {
        builder.relationship(str(row["id"]), str(row["type"]), str(row["source"]), str(row["target"]));
      }
    }
    return { ...builder.graph(), available: isAvailable, total, threshold: this.settings.threshold, extent };
  }

  /** One page of `id`'s relationships to neighbours of rank `minRank` or more (most central first), and their total. */
  async expand(id: string, limit: number, offset: number, minRank = 0): Promise<ExpandResponse> {
    const [center, count, page] = await Promise.all([
      this.run(Q.overviewNode, { id }),
      this.run(Q.relationshipCountOf, { id, minRank }),
      this.run(Q.expand, { id, limit, offset, minRank }),
    ]);
    const total = num(count.rows[0]?.["count"]);
    const centerRow = center.rows[0];
    if (!centerRow) {
      await this.requireNode(id);
      throw new Error(`overview: entity "${id}" has no row; expected one`);
    }
    const builder = new CompactBuilder();
    builder.node(centerRow);
    const seen = new Set<string>([id]);
    for (const row of page.rows) {
      const other = str(row["id"]);
      if (!seen.has(other)) {
        seen.add(other);
        builder.node(row);
      }
      const out = row["outgoing"] === true;
      builder.relationship(str(row["rid"]), str(row["type"]), out ? id : other, out ? other : id);
    }
    return { ...builder.graph(), center: id, offset, limit, minRank, total };
  }
}
