/**
 * Search index: every entity's folded names in memory, so a search is a scan of short strings in the
 * server instead of a `CONTAINS` over every node in the engine (15–20 ms at 100k entities in Grafeo,
 * and the same scan on every keystroke). The names are kept as one string, one entity per line, which
 * `indexOf` scans at memory speed (100k entities: about a millisecond); only the entities it hits are
 * looked at. Built from the engine on first use, the same way for Grafeo
 * and Neo4j; dropped after a write and rebuilt after `maxAgeMs`, so data loaded behind the server's
 * back is picked up.
 */
import type { EntityRecord } from "../contract/records.ts";
import type { QueryResult } from "../contract/query-result.ts";

interface Entry {
  entity: EntityRecord;
  /** "|name|name_de|alias|…|", folded. */
  text: string;
  rank: number;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The entries and their texts as one string, one per line (folded text has no line breaks). */
interface Built {
  entries: Entry[];
  haystack: string;
  /** Where each entry's text starts in `haystack`. */
  starts: Int32Array;
}

/** The entry whose text holds position `p` of the haystack (the last start at or before it). */
function entryAt(starts: Int32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Entities by folded name, exact and prefix matches first, then the most central. */
export class SearchIndex {
  private entries: Promise<Built> | null = null;
  private builtAt = 0;

  /** `read` runs the query that lists every entity (EXPLORER_QUERIES.searchEntries). */
  constructor(
    private readonly read: () => Promise<QueryResult>,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  /** Forgets the index (after a write). */
  invalidate(): void {
    this.entries = null;
  }

  private build(): Promise<Built> {
    return this.read().then((result) => {
      const entries = result.rows.map((row, i) => ({
        entity: {
          id: str(row["id"]),
          kind: str(row["kind"]),
          name: str(row["name"]) || str(row["id"]),
          name_de: str(row["name_de"]),
          aliases: Array.isArray(row["aliases"]) ? row["aliases"].map(str) : [],
          description: str(row["description"]),
          date: str(row["date"]) || null,
        },
        text: str(row["search_text"]).replaceAll("\n", " "),
        rank: typeof row["rank"] === "number" ? row["rank"] : i,
      }));
      entries.sort((a, b) => {
        const an = a.entity.name;
        const bn = b.entity.name;
        return an < bn ? -1 : an > bn ? 1 : a.rank - b.rank;
      });
      const starts = new Int32Array(entries.length);
      let at = 0;
      entries.forEach((e, i) => {
        starts[i] = at;
        at += e.text.length + 1;
      });
      return { entries, haystack: entries.map((e) => e.text).join("\n"), starts };
    });
  }

  private load(): Promise<Built> {
    const current = this.entries;
    if (!current) {
      const building = this.build();
      building.catch(() => {
        if (this.entries === building) this.entries = null;
      });
      this.entries = building;
      this.builtAt = Date.now();
      return building;
    }
    if (Date.now() - this.builtAt > this.maxAgeMs) {
      // Keep answering from the old index while the new one is built.
      this.builtAt = Date.now();
      this.build().then(
        (entries) => (this.entries = Promise.resolve(entries)),
        () => undefined,
      );
    }
    return current;
  }

  /** Up to `limit` entities whose folded names contain `folded` (already folded, non-empty). */
  async find(folded: string, limit: number): Promise<EntityRecord[]> {
    const { entries, haystack, starts } = await this.load();
    if (folded.includes("\n") || entries.length === 0) return [];
    // The entities are kept in the order results are given (by name in code points, as Cypher
    // orders strings, then rank), so the best hits of a tier are its first ones: one list per tier
    // (exact, prefix, anywhere), each kept to `limit`, and no sorting per query.
    const tiers: Entry[][] = [[], [], []];
    // One scan of all names for the query; each entity's tier comes from its hits' neighbours: a "|"
    // before a hit makes it a prefix match, and one after it too an exact match.
    const bar = 0x7c;
    const length = folded.length;
    for (let p = haystack.indexOf(folded); p !== -1;) {
      const e = entryAt(starts, p);
      const end = e + 1 < starts.length ? starts[e + 1]! - 1 : haystack.length;
      let tier = 2;
      for (; p !== -1 && p < end; p = haystack.indexOf(folded, p + 1)) {
        if (haystack.charCodeAt(p - 1) !== bar) continue;
        tier = 1;
        if (haystack.charCodeAt(p + length) === bar) {
          tier = 0;
          p = haystack.indexOf(folded, end);
          break;
        }
      }
      const list = tiers[tier]!;
      if (list.length < limit) list.push(entries[e]!);
      // Nothing found later can come before `limit` exact matches.
      if (tier === 0 && list.length === limit) break;
    }
    const best = [...tiers[0]!, ...tiers[1]!, ...tiers[2]!].slice(0, limit);
    return best.map((entry) => entry.entity);
  }
}
