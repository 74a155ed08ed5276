/**
 * Overview index: the shape of the whole graph in the server's memory (per entity its kind, name,
 * stored place and rank; per relationship its type, ends, modality and date; an adjacency list), so
 * that the explorer's filters can be applied to every entity of a big graph, and an entity expanded,
 * without a scan in the engine per request. Typed arrays keep 100k entities / 500k relationships at a
 * few tens of MB. Read from the engine once (relationships in pages by their source's rank, so no
 * single read holds the whole graph), the same way for Grafeo and Neo4j.
 */
import type {
  ExpandResponse,
  OverviewFilterQuery,
  OverviewFilterResponse,
} from "../contract/api/overview.ts";
import type { EntityRef } from "../contract/api/nodes.ts";
import type { QueryResult } from "../contract/query-result.ts";
import { dateRange } from "../model/date-range.ts";
import { EXPLORER_QUERIES as Q } from "./explorer-queries.ts";
import { CompactBuilder } from "./compact-builder.ts";

/** Runs a read without a row cap (the index reads every entity, and relationships in pages). */
export type ScanRun = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** Source entities per page of the relationship read: about 5 relationships each in a news graph. */
const PAGE_ENTITIES = 10_000;
/** A date bound as a number YYYYMMDD; open ends reach everything. */
const OPEN_FROM = 0;
const OPEN_TO = 99_999_999;
const dayNumber = (iso: string): number => Number(iso.replaceAll("-", ""));

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v ?? 0));
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

/** A table of names, numbered as they come. */
class Table {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
  has(name: string): number | undefined {
    return this.index.get(name);
  }
}

/** What a filter leaves of the whole graph, before the cap. */
interface Match {
  /** Matching entities in the order they are sent: actors, then nearest, then most central. */
  nodes: number[];
  /** Per entity: whether it matches. */
  inNodes: Uint8Array;
  /** Per relationship: whether it passes the relationship filters and the focus. */
  passes: (r: number) => boolean;
}

/** The graph's shape in memory; build with OverviewIndex.read. */
export class OverviewIndex {
  readonly kinds = new Table();
  readonly types = new Table();
  readonly modalities = new Table();
  // Entities, by index.
  readonly ids: string[] = [];
  readonly names: string[] = [];
  private readonly byId = new Map<string, number>();
  private kind = new Uint16Array(0);
  private x = new Float64Array(0);
  private y = new Float64Array(0);
  private degree = new Int32Array(0);
  private community = new Int32Array(0);
  private rank = new Int32Array(0);
  // Relationships, by index.
  readonly relIds: string[] = [];
  private readonly relDates: string[] = [];
  private relType: number[] = [];
  private relModality: number[] = [];
  private relSource: number[] = [];
  private relTarget: number[] = [];
  private relFrom: number[] = [];
  private relTo: number[] = [];
  /** Per relationship: 1 when it has a date. */
  private relDated: number[] = [];
  // Adjacency: the relationships of entity i are adj[offsets[i] .. offsets[i+1]), most central neighbour first.
  private offsets = new Int32Array(1);
  private adj = new Int32Array(0);

  /** Reads the index from the engine: every entity, then relationships by pages of source rank. */
  static async read(run: ScanRun): Promise<OverviewIndex> {
    const index = new OverviewIndex();
    const entities = await run(Q.indexEntities, {});
    index.addEntities(entities.rows);
    const n = index.ids.length;
    for (let from = 0; from < n; from += PAGE_ENTITIES) {
      const page = await run(Q.indexRelationships, { from, to: from + PAGE_ENTITIES });
      index.addRelationships(page.rows);
    }
    // Entities without a stored rank (a store written before ranks existed) are read by a last page.
    if (index.unranked > 0) index.addRelationships((await run(Q.indexUnrankedRelationships, {})).rows);
    index.link();
    return index;
  }

  private unranked = 0;

  private addEntities(rows: QueryResult["rows"]): void {
    const n = rows.length;
    this.kind = new Uint16Array(n);
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.degree = new Int32Array(n);
    this.community = new Int32Array(n);
    this.rank = new Int32Array(n);
    rows.forEach((row, i) => {
      const id = str(row["id"]);
      this.ids.push(id);
      this.names.push(str(row["name"]) || id);
      this.byId.set(id, i);
      this.kind[i] = this.kinds.of(str(row["kind"]));
      this.x[i] = num(row["x"]);
      this.y[i] = num(row["y"]);
      this.degree[i] = num(row["degree"]);
      this.community[i] = num(row["community"]);
      const rank = row["rank"];
      if (typeof rank !== "number") this.unranked++;
      this.rank[i] = typeof rank === "number" ? rank : n + i;
    });
  }

  private addRelationships(rows: QueryResult["rows"]): void {
    for (const row of rows) {
      const source = this.byId.get(str(row["source"]));
      const target = this.byId.get(str(row["target"]));
      if (source === undefined || target === undefined) continue;
      const date = str(row["date"] ?? "");
      const range = date ? dateRange(date) : null;
      this.relIds.push(str(row["id"]));
      this.relDates.push(date);
      this.relType.push(this.types.of(str(row["type"])));
      this.relModality.push(this.modalities.of(str(row["modality"])));
      this.relSource.push(source);
      this.relTarget.push(target);
      this.relDated.push(range ? 1 : 0);
      this.relFrom.push(range?.from ? dayNumber(range.from) : OPEN_FROM);
      this.relTo.push(range?.to ? dayNumber(range.to) : OPEN_TO);
    }
  }

  /** Builds the adjacency list, each entity's relationships ordered by the other end's rank, then id. */
  private link(): void {
    const n = this.ids.length;
    const m = this.relIds.length;
    const offsets = new Int32Array(n + 1);
    for (let r = 0; r < m; r++) {
      offsets[this.relSource[r]! + 1]!++;
      if (this.relTarget[r] !== this.relSource[r]) offsets[this.relTarget[r]! + 1]!++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const adj = new Int32Array(offsets[n]!);
    for (let r = 0; r < m; r++) {
      adj[fill[this.relSource[r]!]!++] = r;
      if (this.relTarget[r] !== this.relSource[r]) adj[fill[this.relTarget[r]!]!++] = r;
    }
    for (let i = 0; i < n; i++) {
      const slice = adj.subarray(offsets[i]!, offsets[i + 1]!);
      if (slice.length < 2) continue;
      const sorted = [...slice].sort((a, b) => {
        const ra = this.rank[this.other(a, i)]!;
        const rb = this.rank[this.other(b, i)]!;
        if (ra !== rb) return ra - rb;
        const ia = this.relIds[a]!;
        const ib = this.relIds[b]!;
        return ia < ib ? -1 : ia > ib ? 1 : 0;
      });
      slice.set(sorted);
    }
    this.offsets = offsets;
    this.adj = adj;
  }

  /** The entity at the other end of relationship `r` from entity `i`. */
  private other(r: number, i: number): number {
    return this.relSource[r] === i ? this.relTarget[r]! : this.relSource[r]!;
  }

  /** Entity index of `id`, if any. */
  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Id, name and kind of entity `id`, if the index holds it (names for the details panel). */
  entityRef(id: string): EntityRef | undefined {
    const i = this.byId.get(id);
    if (i === undefined) return undefined;
    return { id, name: this.names[i]!, kind: this.kinds.names[this.kind[i]!]! };
  }

  private relById: Map<string, number> | null = null;

  /**
   * Relationship `id` in words ("Source TYPE Target", as relationship-view.ts writes it), if the index
   * holds it. The lookup table is built on first use: few relationships name another one.
   */
  describeRelationship(id: string): string | undefined {
    if (!this.relById) {
      this.relById = new Map();
      this.relIds.forEach((rid, r) => this.relById!.set(rid, r));
    }
    const r = this.relById.get(id);
    if (r === undefined) return undefined;
    const type = this.types.names[this.relType[r]!]!;
    return `${this.names[this.relSource[r]!]!} ${type.replace(/_/g, " ")} ${this.names[this.relTarget[r]!]!}`;
  }

  /** Entities and relationships in all. */
  get size(): { nodes: number; relationships: number } {
    return { nodes: this.ids.length, relationships: this.relIds.length };
  }

  private node(builder: CompactBuilder, i: number): void {
    builder.node(
      this.ids[i]!,
      this.kinds.names[this.kind[i]!]!,
      this.names[i]!,
      this.x[i]!,
      this.y[i]!,
      this.degree[i]!,
      this.community[i]!,
      this.rank[i]!,
    );
  }

  private relationship(builder: CompactBuilder, r: number): void {
    builder.relationship(
      this.relIds[r]!,
      this.types.names[this.relType[r]!]!,
      this.ids[this.relSource[r]!]!,
      this.ids[this.relTarget[r]!]!,
      this.modalities.names[this.relModality[r]!]!,
      this.relDates[r]!,
    );
  }

  /** One page of entity `id`'s relationships to neighbours of rank `minRank` or more, most central first; null for an unknown id. */
  expand(id: string, limit: number, offset: number, minRank: number): Omit<ExpandResponse, "center"> | null {
    const i = this.byId.get(id);
    if (i === undefined) return null;
    const kept: number[] = [];
    for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
      const r = this.adj[k]!;
      if (this.rank[this.other(r, i)]! >= minRank) kept.push(r);
    }
    const builder = new CompactBuilder();
    this.node(builder, i);
    const seen = new Set<number>([i]);
    for (const r of kept.slice(offset, offset + limit)) {
      const o = this.other(r, i);
      if (!seen.has(o)) {
        seen.add(o);
        this.node(builder, o);
      }
      this.relationship(builder, r);
    }
    return { ...builder.graph(), offset, limit, minRank, total: kept.length };
  }

  /**
   * The ids of one page of entity `id`'s relationships (most central other end first, as expand), and
   * how many it has in all; null for an unknown id.
   */
  relationshipPage(id: string, limit: number, offset: number): { ids: string[]; total: number } | null {
    const i = this.byId.get(id);
    if (i === undefined) return null;
    const from = this.offsets[i]!;
    const to = this.offsets[i + 1]!;
    const ids: string[] = [];
    for (let k = from + offset; k < Math.min(to, from + offset + limit); k++)
      ids.push(this.relIds[this.adj[k]!]!);
    return { ids, total: to - from };
  }

  /**
   * The filters applied to the whole graph, as the explorer applies them to what it draws
   * (src/ui/filters/utils.ts): the `limit` first matching entities (actors, then the nearest to them,
   * then the most central), every matching relationship among them, and how many match in all.
   */
  filter(query: OverviewFilterQuery, limit: number): OverviewFilterResponse {
    const match = this.match(query);
    const sent = match.nodes.slice(0, limit);
    const inSent = new Uint8Array(this.ids.length);
    for (const i of sent) inSent[i] = 1;
    const builder = new CompactBuilder();
    for (const i of sent) this.node(builder, i);
    let matchedRelationships = 0;
    for (let r = 0; r < this.relIds.length; r++) {
      const s = this.relSource[r]!;
      const t = this.relTarget[r]!;
      if (!match.inNodes[s] || !match.inNodes[t] || !match.passes(r)) continue;
      matchedRelationships++;
      if (inSent[s] && inSent[t]) this.relationship(builder, r);
    }
    return {
      ...builder.graph(),
      matched: { nodes: match.nodes.length, relationships: matchedRelationships },
      total: this.size,
      limit,
    };
  }

  private match(query: OverviewFilterQuery): Match {
    const n = this.ids.length;
    const m = this.relIds.length;
    const hiddenKind = this.flags(this.kinds, query.hiddenKinds);
    const hiddenType = this.flags(this.types, query.hiddenTypes);
    const hiddenModality = this.flags(this.modalities, query.hiddenModalities);
    const from = query.dateFrom ? dayNumber(query.dateFrom) : null;
    const to = query.dateTo ? dayNumber(query.dateTo) : null;
    const relFiltered =
      query.hiddenTypes.length > 0 || query.hiddenModalities.length > 0 || from !== null || to !== null;
    const relPasses = (r: number): boolean => {
      if (hiddenType[this.relType[r]!] || hiddenModality[this.relModality[r]!]) return false;
      if (from === null && to === null) return true;
      if (!this.relDated[r]) return false;
      if (from !== null && this.relTo[r]! < from) return false;
      return !(to !== null && this.relFrom[r]! > to);
    };
    // Entities hidden by kind, or (with a relationship filter) because none of their relationships pass.
    const hidden = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (hiddenKind[this.kind[i]!]) hidden[i] = 1;
    if (relFiltered) {
      const keeps = new Uint8Array(n);
      for (let r = 0; r < m; r++) {
        if (relPasses(r)) keeps[this.relSource[r]!] = keeps[this.relTarget[r]!] = 1;
      }
      for (let i = 0; i < n; i++) if (!keeps[i] && this.offsets[i + 1]! > this.offsets[i]!) hidden[i] = 1;
    }
    const passing = (r: number): boolean =>
      !hidden[this.relSource[r]!] && !hidden[this.relTarget[r]!] && relPasses(r);
    const actors = query.actors.map((id) => this.byId.get(id)).filter((i) => i !== undefined);
    const focus = actors.length === 0 ? null : this.focus(actors, query, passing);
    const inNodes = new Uint8Array(n);
    const order: number[] = [];
    for (let i = 0; i < n; i++) {
      if (actors.includes(i) || (!hidden[i] && (!focus || focus.depth[i]! >= 0))) {
        inNodes[i] = 1;
        order.push(i);
      }
    }
    const firstActor = (i: number): number => (actors.includes(i) ? 0 : 1);
    const depth = (i: number): number => (focus ? focus.depth[i]! : 0);
    order.sort(
      (a, b) => firstActor(a) - firstActor(b) || depth(a) - depth(b) || this.rank[a]! - this.rank[b]!,
    );
    return {
      nodes: order,
      inNodes,
      passes: (r) => passing(r) && (!focus || focus.edge(r)),
    };
  }

  /** Per name in `table`, 1 when it is listed in `names`. */
  private flags(table: Table, names: string[]): Uint8Array {
    const flags = new Uint8Array(table.names.length);
    for (const name of names) {
      const i = table.has(name);
      if (i !== undefined) flags[i] = 1;
    }
    return flags;
  }

  /**
   * The actors' ego network within `depth` hops, or every shortest path between the first two
   * (focus=paths), over the passing relationships, ignoring direction: per entity its distance (-1:
   * outside) and whether a relationship belongs.
   */
  private focus(
    actors: number[],
    query: OverviewFilterQuery,
    passing: (r: number) => boolean,
  ): { depth: Int32Array; edge: (r: number) => boolean } {
    if (query.focus === "paths" && actors.length >= 2) {
      const [a, b] = actors as [number, number];
      const da = this.distances([a], Infinity, passing);
      const db = this.distances([b], Infinity, passing);
      const total = da[b]!;
      const depth = new Int32Array(this.ids.length).fill(-1);
      const onPath = (i: number): boolean =>
        total >= 0 && da[i]! >= 0 && db[i]! >= 0 && da[i]! + db[i]! === total;
      for (let i = 0; i < depth.length; i++) if (onPath(i)) depth[i] = da[i]!;
      depth[a] = 0;
      depth[b] = Math.max(0, total);
      const edge = (r: number): boolean => {
        const s = this.relSource[r]!;
        const t = this.relTarget[r]!;
        const via = (u: number, v: number): boolean =>
          da[u]! >= 0 && db[v]! >= 0 && da[u]! + 1 + db[v]! === total;
        return total >= 0 && (via(s, t) || via(t, s));
      };
      return { depth, edge };
    }
    const depth = this.distances(actors, query.depth, passing);
    return { depth, edge: (r) => depth[this.relSource[r]!]! >= 0 && depth[this.relTarget[r]!]! >= 0 };
  }

  /** Breadth-first distances from `starts` over passing relationships, up to `max` hops (-1: farther). */
  private distances(starts: number[], max: number, passing: (r: number) => boolean): Int32Array {
    const depth = new Int32Array(this.ids.length).fill(-1);
    let frontier = starts.filter((s) => {
      const fresh = depth[s] === -1;
      depth[s] = 0;
      return fresh;
    });
    for (let d = 1; d <= max && frontier.length > 0; d++) {
      const next: number[] = [];
      for (const i of frontier) {
        for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
          const r = this.adj[k]!;
          if (!passing(r)) continue;
          const o = this.other(r, i);
          if (depth[o] === -1) {
            depth[o] = d;
            next.push(o);
          }
        }
      }
      frontier = next;
    }
    return depth;
  }
}
