/**
 * Evidence: every relationship's quote stands verbatim at its offsets in its source document, and the
 * source in graph-data is byte for byte the seed article it was taken from.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";

const graph = loadGraphData();
const sources = new Map(graph.sources.map((s) => [s.id, s]));
const SEED = new URL("../../../../shared/seeds/000_7ab4b17f7a80dd35.txt", import.meta.url).pathname;

describe("graph-data evidence", () => {
  it("holds the whole article as its source, identical to the seed", () => {
    const source = sources.get("afp-2024-10-rutte-nato");
    expect(source).toBeDefined();
    expect(source?.language).toBe("de");
    expect(source?.publisher).toBe("AFP");
    if (existsSync(SEED)) expect(source?.text).toBe(readFileSync(SEED, "utf8"));
  });

  it.each(graph.relationships.map((r) => [r.id, r] as const))(
    "%s: every quote is verbatim at its offsets",
    (_id, rel) => {
      expect(rel.evidence.length).toBeGreaterThan(0);
      for (const evidence of rel.evidence) {
        const text = sources.get(evidence.source)?.text ?? "";
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        expect(evidence.quote.length).toBeGreaterThan(5);
      }
    },
  );

  it("cites evidence for every relationship and every entity takes part in at least one", () => {
    const used = new Set(graph.relationships.flatMap((r) => [r.source, r.target]));
    expect(graph.entities.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
