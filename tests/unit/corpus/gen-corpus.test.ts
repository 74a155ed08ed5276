/**
 * gen:corpus, run small: the output validates (every quote verbatim at its offsets), splits over
 * files, and has the structure of a news corpus: power-law degrees, communities, several German
 * sources over several years, every kind and modality. And the embedded engine loads it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../../src/cli/gen-corpus.ts";
import { EmbeddedEngine } from "../../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";
import { generateCorpus } from "../../../src/model/corpus/generate-corpus.ts";
import { ENTITY_KINDS, MODALITIES } from "../../../src/model/vocabulary.ts";

const SIZE = { entities: 600, relationships: 3000, sources: 12 };
let dir: string;
let graph: KnowledgeGraph;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-corpus-"));
  writeCorpus(dir, SIZE);
  graph = loadGraphData(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function degrees(g: KnowledgeGraph): Map<string, number> {
  const d = new Map<string, number>();
  for (const r of g.relationships) {
    d.set(r.source, (d.get(r.source) ?? 0) + 1);
    d.set(r.target, (d.get(r.target) ?? 0) + 1);
  }
  return d;
}

describe("gen:corpus", () => {
  it("writes graph-data that validates, with the requested counts", () => {
    expect(graph.entities).toHaveLength(SIZE.entities);
    expect(graph.relationships).toHaveLength(SIZE.relationships);
    expect(graph.sources).toHaveLength(SIZE.sources);
  });

  it("splits relationships one file per source and entities one file per kind", () => {
    expect(readdirSync(join(dir, "relationships"))).toHaveLength(SIZE.sources);
    expect(readdirSync(join(dir, "entities")).sort()).toEqual(
      ENTITY_KINDS.map((k) => `${k.toLowerCase()}.yaml`).sort(),
    );
  });

  it("puts every quote verbatim at its offsets in its source", () => {
    const texts = new Map(graph.sources.map((s) => [s.id, s.text]));
    for (const r of graph.relationships) {
      for (const e of r.evidence) expect(texts.get(e.source)?.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("uses the knowledge model's fields: speakers, conditions, quantities, open intervals, several quotes", () => {
    const rels = graph.relationships;
    expect(rels.filter((r) => r.modality === "reported").every((r) => r.attributed_to)).toBe(true);
    expect(rels.filter((r) => r.modality === "hypothetical").every((r) => r.condition)).toBe(true);
    expect(rels.some((r) => r.quantity === "most")).toBe(true);
    expect(rels.some((r) => r.date.endsWith("/.."))).toBe(true);
    expect(rels.some((r) => r.evidence.length === 2)).toBe(true);
  });

  it("uses every kind and modality, German text with umlauts and „quotes“, dates over several years", () => {
    expect(new Set(graph.entities.map((e) => e.kind))).toEqual(new Set(ENTITY_KINDS));
    expect(new Set(graph.relationships.map((r) => r.modality))).toEqual(new Set(MODALITIES));
    const text = graph.sources.map((s) => s.text).join("\n");
    expect(text).toMatch(/[äöüÄÖÜß]/);
    expect(text).toMatch(/„[^“]+“/);
    const years = new Set(graph.relationships.map((r) => r.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(graph.relationships.some((r) => r.date.includes("/"))).toBe(true);
  });

  it("has power-law degrees: the top 1% of entities hold far more than 1% of the ends", () => {
    const sorted = [...degrees(graph).values()].sort((a, b) => b - a);
    const top = sorted.slice(0, Math.ceil(SIZE.entities / 100)).reduce((a, b) => a + b, 0);
    expect(top / (2 * SIZE.relationships)).toBeGreaterThan(0.1);
    const mean = (2 * SIZE.relationships) / SIZE.entities;
    expect(sorted[0]!).toBeGreaterThan(10 * mean);
  });

  it("has communities: most relationships stay inside the community named in the description", () => {
    const community = new Map(graph.entities.map((e) => [e.id, /community (\d+)/.exec(e.description)?.[1]]));
    const inside = graph.relationships.filter((r) => community.get(r.source) === community.get(r.target));
    expect(inside.length / graph.relationships.length).toBeGreaterThan(0.6);
  });

  it("is deterministic for a seed and different for another", () => {
    const a = generateCorpus({ ...SIZE, seed: 3 });
    const b = generateCorpus({ ...SIZE, seed: 3 });
    const c = generateCorpus({ ...SIZE, seed: 4 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("refuses to write over existing graph-data", () => {
    expect(() => writeCorpus(dir, SIZE)).toThrow(/already holds graph-data/);
    expect(readFileSync(join(dir, "sources.yaml"), "utf8")).toMatch(/^sources:/);
  });

  it("loads into the embedded engine with an index on entity ids", async () => {
    const engine = EmbeddedEngine.create();
    try {
      const stats = await engine.load(graph);
      expect(stats).toEqual({ nodes: SIZE.entities, relationships: SIZE.relationships });
      const id = graph.entities[5]!.id;
      const found = await engine.run("MATCH (n:Entity {id: $id}) RETURN n.name AS name", { id });
      expect(found.rows).toEqual([{ name: graph.entities[5]!.name }]);
    } finally {
      await engine.close();
    }
  });
});
