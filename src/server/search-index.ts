/**
 * Search index: every entity's folded names in memory, so a search is a scan of short strings in the
 * server instead of a `CONTAINS` over every node in the engine (15–20 ms at 100k entities in Grafeo,
 * and the same scan on every keystroke). Built from the engine on first use, the same way for Grafeo
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

/** Entities by folded name, exact and prefix matches first, then the most central. */
export class SearchIndex {
  private entries: Promise<Entry[]> | null = null;
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

  private build(): Promise<Entry[]> {
    return this.read().then((result) =>
      result.rows.map((row, i) => ({
        entity: {
          id: str(row["id"]),
          kind: str(row["kind"]),
          name: str(row["name"]) || str(row["id"]),
          name_de: str(row["name_de"]),
          aliases: Array.isArray(row["aliases"]) ? row["aliases"].map(str) : [],
          description: str(row["description"]),
          date: str(row["date"]) || null,
        },
        text: str(row["search_text"]),
        rank: typeof row["rank"] === "number" ? row["rank"] : i,
      })),
    );
  }

  private load(): Promise<Entry[]> {
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
    const entries = await this.load();
    const exact = `|${folded}|`;
    const prefix = `|${folded}`;
    // The best `limit` hits, kept sorted: exact, then prefix, then anywhere; by name (code points, as
    // Cypher orders strings), then rank. A bounded insert, since a short query can hit most entities.
    const best: { entry: Entry; tier: number }[] = [];
    const before = (a: { entry: Entry; tier: number }, b: { entry: Entry; tier: number }): boolean => {
      if (a.tier !== b.tier) return a.tier < b.tier;
      const an = a.entry.entity.name;
      const bn = b.entry.entity.name;
      return an !== bn ? an < bn : a.entry.rank < b.entry.rank;
    };
    for (const entry of entries) {
      if (!entry.text.includes(folded)) continue;
      const hit = { entry, tier: entry.text.includes(exact) ? 0 : entry.text.includes(prefix) ? 1 : 2 };
      if (best.length === limit && !before(hit, best[limit - 1]!)) continue;
      let i = best.length;
      while (i > 0 && before(hit, best[i - 1]!)) i--;
      best.splice(i, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best.map((h) => h.entry.entity);
  }
}
