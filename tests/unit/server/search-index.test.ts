/**
 * The server's search index against a plain reference: every entity whose folded names contain the
 * query, exact matches first, then prefix matches, then the rest, by name and then rank; on random
 * entities with shared syllables (so a query hits many, at word starts, inside words and across the
 * "|" between names) and on the edge cases of the one-string scan (first and last entity, a query that
 * would span two entities).
 */
import { describe, expect, it } from "vitest";
import type { QueryResult } from "../../../src/contract/query-result.ts";
import { foldText } from "../../../src/model/fold-text.ts";
import { SearchIndex } from "../../../src/server/search-index.ts";

interface Row {
  id: string;
  name: string;
  search_text: string;
  rank: number;
}

const SYLLABLES = ["ber", "lin", "mü", "nch", "an", "na", "sch", "ost", "see", "ü", "ß", "ka"];

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rows(count: number, seed: number): Row[] {
  const next = random(seed);
  const word = () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)])
      .join("")
      .replace(/^./, (c) => c.toUpperCase());
  return Array.from({ length: count }, (_, i) => {
    const name = next() < 0.3 ? `${word()} ${word()}` : word();
    const alias = next() < 0.5 ? [word()] : [];
    return {
      id: `e${i}`,
      name,
      search_text: `|${[name, ...alias].map(foldText).join("|")}|`,
      rank: Math.floor(next() * count),
    };
  });
}

/** What the index must answer, written the plain way. */
function reference(all: Row[], folded: string, limit: number): string[] {
  const tier = (r: Row) =>
    r.search_text.includes(`|${folded}|`) ? 0 : r.search_text.includes(`|${folded}`) ? 1 : 2;
  return all
    .filter((r) => r.search_text.includes(folded))
    .sort((a, b) => tier(a) - tier(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.rank - b.rank))
    .slice(0, limit)
    .map((r) => r.id);
}

function indexOf(all: Row[]): SearchIndex {
  const result: QueryResult = {
    columns: ["id", "name", "search_text", "rank"],
    rows: all.map((r) => ({ ...r })),
    graph: { nodes: [], relationships: [] },
    summary: { ms: 0, truncated: false, engine: "test" },
  };
  return new SearchIndex(() => Promise.resolve(result));
}

describe("SearchIndex", () => {
  const all = rows(3000, 7);
  const index = indexOf(all);
  const queries = [
    ...SYLLABLES.map(foldText),
    "berlin",
    "sch",
    "a",
    "|",
    "n|",
    "|ka",
    "ss",
    "an na",
    "xyz",
    all[0]!.search_text.slice(1, 4),
    all.at(-1)!.search_text.slice(-4, -1),
  ];

  it.each(queries)("answers %j as the plain filter and sort do, at several limits", async (q) => {
    for (const limit of [1, 10, 50, 5000]) {
      const found = (await index.find(q, limit)).map((e) => e.id);
      expect(found, `limit ${limit}`).toEqual(reference(all, q, limit));
    }
  });

  it("finds the first and the last entity, and nothing spanning two of them", async () => {
    const two = indexOf([
      { id: "a", name: "Alpha", search_text: "|alpha|", rank: 0 },
      { id: "b", name: "Beta", search_text: "|beta|", rank: 1 },
    ]);
    expect((await two.find("alpha", 10)).map((e) => e.id)).toEqual(["a"]);
    expect((await two.find("beta", 10)).map((e) => e.id)).toEqual(["b"]);
    expect(await two.find("a|\n|b", 10)).toEqual([]);
    expect(await two.find("ha||be", 10)).toEqual([]);
  });

  it("answers an empty graph with no results", async () => {
    expect(await indexOf([]).find("a", 10)).toEqual([]);
  });
});
