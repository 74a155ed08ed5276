/**
 * Graph rows: a relationship's v2 fields become flat properties every engine stores the same way:
 * evidence as parallel lists plus the first piece, the count of independent sources (distinct
 * publishers), and optional fields and open interval ends left out rather than stored as null.
 */
import { describe, expect, it } from "vitest";
import { entityToRow, relationshipToRow } from "../../../src/engine/graph-rows.ts";
import type { Relationship } from "../../../src/model/schema.ts";

const base: Relationship = {
  id: "china-supplies-russia",
  type: "SUPPLIES",
  source: "china",
  target: "russia",
  summary: "China supplies Russia.",
  date: "2024-10-01/..",
  modality: "reported",
  attributed_to: "western-observers",
  evidence: [
    { source: "afp-1", quote: "liefert Güter an Moskau", start: 10, end: 33 },
    { source: "afp-2", quote: "Peking liefert", start: 0, end: 14 },
    { source: "dpa-1", quote: "Güter aus China", start: 5, end: 20 },
  ],
};

describe("relationshipToRow", () => {
  it("keeps every piece of evidence as parallel lists and the first one as scalars", () => {
    const row = relationshipToRow(base);
    expect(row).toMatchObject({
      evidence_source: "afp-1",
      evidence_quote: "liefert Güter an Moskau",
      evidence_start: 10,
      evidence_end: 33,
      evidence_sources: ["afp-1", "afp-2", "dpa-1"],
      evidence_quotes: ["liefert Güter an Moskau", "Peking liefert", "Güter aus China"],
      evidence_starts: [10, 0, 5],
      evidence_ends: [33, 14, 20],
      evidence_count: 3,
      attributed_to: "western-observers",
      date_from: "2024-10-01",
    });
  });

  it("counts independent sources by publisher: two AFP articles are one source", () => {
    const publishers = new Map([
      ["afp-1", "afp"],
      ["afp-2", "afp"],
      ["dpa-1", "dpa"],
    ]);
    expect(relationshipToRow(base, publishers).source_count).toBe(2);
    expect(relationshipToRow(base).source_count).toBe(3);
  });

  it("leaves out unset optional fields and open interval ends (absent, so IS NULL holds)", () => {
    const row = relationshipToRow({ ...base, attributed_to: undefined, date: "../2024-09-30" });
    expect(Object.keys(row)).not.toContain("attributed_to");
    expect(Object.keys(row)).not.toContain("quantity");
    expect(Object.keys(row)).not.toContain("condition");
    expect(Object.keys(row)).not.toContain("date_from");
    expect(row.date_to).toBe("2024-09-30");
  });
});

describe("entityToRow", () => {
  it("gives an event its own date and the days it covers", () => {
    const row = entityToRow({
      id: "ramstein-meeting-2024-10-12",
      kind: "Event",
      name: "Ramstein meeting",
      name_de: "Ramstein-Treffen",
      aliases: [],
      description: "A meeting.",
      date: "2024-10-12",
    });
    expect(row).toMatchObject({ date: "2024-10-12", date_from: "2024-10-12", date_to: "2024-10-12" });
  });
});
