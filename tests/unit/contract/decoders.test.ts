/**
 * Decoders: every entity and relationship of the seed graph decodes back to what graph-data says
 * (the server's responses and the UI's model both come from these), and nodes that are not entities
 * get neutral defaults instead of errors.
 */
import { describe, expect, it } from "vitest";
import { blankRelationship } from "../../../src/contract/blank-relationship.ts";
import { decodeEntity, decodeRelationship, DEFAULT_MODALITY } from "../../../src/contract/decoders.ts";
import type { ResultNode, ResultRelationship } from "../../../src/contract/query-result.ts";
import { entityToRow, relationshipToRow } from "../../../src/engine/graph-rows.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { dateRange } from "../../../src/model/date-range.ts";

const graph = loadGraphData();

describe("decodeEntity", () => {
  it.each(graph.entities.map((e) => [e.id, e] as const))("decodes %s as graph-data has it", (_id, entity) => {
    const { search_text: _search, ...properties } = entityToRow(entity);
    const node: ResultNode = { kind: "node", id: entity.id, labels: ["Entity", entity.kind], properties };
    expect(decodeEntity(node)).toEqual({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      name_de: entity.name_de,
      aliases: entity.aliases,
      description: entity.description,
      date: entity.date ?? null,
    });
  });

  it.each([
    [
      "a node with only labels",
      { labels: ["Entity", "Country"], properties: {} },
      { kind: "Country", name: "x" },
    ],
    [
      "a node with no kind at all",
      { labels: ["Entity"], properties: { name: "Y" } },
      { kind: "Entity", name: "Y" },
    ],
    [
      "aliases that are not all text",
      { labels: [], properties: { aliases: ["a", 1, null] } },
      { aliases: ["a"] },
    ],
  ])("gives %s neutral defaults", (_what, partial, expected) => {
    expect(decodeEntity({ kind: "node", id: "x", ...partial } as ResultNode)).toMatchObject(expected);
  });
});

describe("decodeRelationship", () => {
  it.each(graph.relationships.map((r) => [r.id, r] as const))(
    "decodes %s with its evidence and dates",
    (_id, rel) => {
      const { source, target, type, ...properties } = relationshipToRow(rel);
      const result: ResultRelationship = {
        kind: "relationship",
        id: rel.id,
        type,
        start: source,
        end: target,
        properties,
      };
      const range = dateRange(rel.date);
      expect(decodeRelationship(result)).toEqual({
        id: rel.id,
        type: rel.type,
        source: rel.source,
        target: rel.target,
        summary: rel.summary,
        date: rel.date,
        date_from: range?.from ?? null,
        date_to: range?.to ?? null,
        modality: rel.modality,
        attributed_to: rel.attributed_to ?? null,
        quantity: rel.quantity ?? null,
        condition: rel.condition ?? null,
        says: rel.says ?? [],
        evidence: rel.evidence,
        source_count: 1,
      });
    },
  );

  it("derives the date range from the date and defaults the modality when the properties lack them", () => {
    const bare: ResultRelationship = {
      kind: "relationship",
      id: "r",
      type: "MEETS",
      start: "a",
      end: "b",
      properties: { date: "2024-10" },
    };
    expect(decodeRelationship(bare)).toEqual({
      ...blankRelationship("r", "MEETS", "a", "b"),
      date: "2024-10",
      date_from: "2024-10-01",
      date_to: "2024-10-31",
    });
    expect(decodeRelationship(bare).modality).toBe(DEFAULT_MODALITY);
  });

  it("decodes an open interval with a null end, and every piece of evidence of a relationship", () => {
    const rutte = graph.relationships.find((r) => r.id === "rutte-holds-office-nato-secretary-general")!;
    const { source, target, type, ...properties } = relationshipToRow({
      ...rutte,
      evidence: [...rutte.evidence, { source: "other-article", quote: "Rutte", start: 0, end: 5 }],
    });
    const decoded = decodeRelationship({
      kind: "relationship",
      id: rutte.id,
      type,
      start: source,
      end: target,
      properties,
    });
    expect(decoded).toMatchObject({
      date: "2024-10-01/..",
      date_from: "2024-10-01",
      date_to: null,
      source_count: 2,
    });
    expect(decoded.evidence.map((e) => e.source)).toEqual(["afp-2024-10-rutte-nato", "other-article"]);
  });
});
