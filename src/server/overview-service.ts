/**
 * Overview service: what the explorer draws first for a big graph and what it adds on demand, in the
 * compact form of src/contract/api/overview.ts. The overview (most central entities at their stored
 * places, and the relationships among them) is the same until the data changes, so it is computed
 * once per limit and kept. Expanding an entity and filtering the whole graph are answered from an
 * index of the graph's shape in the server's memory (src/server/overview-index.ts), read once: in
 * milliseconds, and without the engine holding a whole-graph result under its memory cap.
 */
import type {
  ExpandResponse,
  OverviewFilterQuery,
  OverviewFilterResponse,
  OverviewResponse,
} from "../contract/api/overview.ts";
import { OVERVIEW_SETTINGS, type OverviewSettings } from "../contract/api/overview.ts";
import type { QueryResult } from "../contract/query-result.ts";
import { CompactBuilder } from "./compact-builder.ts";
import { EXPLORER_QUERIES as Q } from "./explorer-queries.ts";
import { OverviewIndex, type ScanRun } from "./overview-index.ts";

type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0));
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

/** The overview (cached per limit), and expand and filters on the in-memory index of the whole graph. */
export class OverviewService {
  private readonly cache = new Map<number, Promise<OverviewResponse>>();
  private index: Promise<OverviewIndex> | null = null;

  /**
   * `scan` reads without a row cap (for the index); `requireNode` throws the API's not-found error for
   * an id that names no entity.
   */
  constructor(
    private readonly run: Run,
    private readonly scan: ScanRun,
    private readonly counts: () => Promise<{ nodes: number; relationships: number }>,
    private readonly requireNode: (id: string) => Promise<unknown>,
    private readonly settings: OverviewSettings = OVERVIEW_SETTINGS,
  ) {}

  /** Forgets cached overviews and the index (after a write). */
  invalidate(): void {
    this.cache.clear();
    this.index = null;
    this.ready = null;
  }

  private ready: OverviewIndex | null = null;

  /** The index if it has been read; null while it is read (which this starts, if it has not begun). */
  readyIndex(): OverviewIndex | null {
    void this.graphIndex().catch(() => undefined);
    return this.ready;
  }

  /** The index of the whole graph, read once (and again after a write). */
  graphIndex(): Promise<OverviewIndex> {
    if (!this.index) {
      const reading = OverviewIndex.read(this.scan);
      reading.then(
        (index) => {
          if (this.index === reading) this.ready = index;
        },
        () => {
          if (this.index === reading) this.index = null;
        },
      );
      this.index = reading;
    }
    return this.index;
  }

  /** The `limit` most central entities and the relationships among them. */
  overview(limit: number = this.settings.limit): Promise<OverviewResponse> {
    let cached = this.cache.get(limit);
    if (!cached) {
      cached = this.compute(limit);
      cached.catch(() => this.cache.delete(limit));
      this.cache.set(limit, cached);
      // A page that opened on the overview will filter and expand next: read the index meanwhile.
      cached
        .then(
          (o) =>
            o.available && o.total.nodes > o.threshold ? this.graphIndex().then(() => undefined) : undefined,
          () => undefined,
        )
        .catch(() => undefined);
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
      for (const n of sorted) {
        builder.node(
          str(n["id"]),
          str(n["kind"]),
          str(n["name"]),
          num(n["x"]),
          num(n["y"]),
          num(n["degree"]),
          num(n["community"]),
          num(n["rank"]),
        );
      }
      for (const r of rels.rows) {
        builder.relationship(
          str(r["id"]),
          str(r["type"]),
          str(r["source"]),
          str(r["target"]),
          str(r["modality"]),
          typeof r["date"] === "string" ? r["date"] : "",
        );
      }
    }
    return { ...builder.graph(), available: isAvailable, total, threshold: this.settings.threshold, extent };
  }

  /** One page of `id`'s relationships to neighbours of rank `minRank` or more (most central first), and their total. */
  async expand(id: string, limit: number, offset: number, minRank = 0): Promise<ExpandResponse> {
    const page = (await this.graphIndex()).expand(id, limit, offset, minRank);
    if (!page) {
      await this.requireNode(id);
      throw new Error(`overview: entity "${id}" is not in the index; expected every entity there`);
    }
    return { ...page, center: id };
  }

  /** The explorer's filters on the whole graph: the most central matching entities and how many match. */
  async filtered(query: OverviewFilterQuery): Promise<OverviewFilterResponse> {
    return (await this.graphIndex()).filter(query, query.limit ?? this.settings.limit);
  }
}
