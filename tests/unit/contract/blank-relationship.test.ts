/**
 * Blank relationship: the placeholder record is a valid record of the contract (no field missing,
 * none extra), carries exactly the id, type and ends it was given, and is what the decoder makes of
 * a relationship without properties, so placeholders and decoded relationships read alike.
 */
import { describe, expect, it } from "vitest";
import { blankRelationship } from "../../../src/contract/blank-relationship.ts";
import { decodeRelationship, DEFAULT_MODALITY } from "../../../src/contract/decoders.ts";
import { RelationshipRecordSchema } from "../../../src/contract/records.ts";

describe("blankRelationship", () => {
  const blank = blankRelationship("r1", "THREATENS", "russia", "nato");

  it("is a record the contract's strict schema accepts, field for field", () => {
    expect(RelationshipRecordSchema.strict().parse(blank)).toEqual(blank);
    expect(Object.keys(blank).sort()).toEqual(Object.keys(RelationshipRecordSchema.shape).sort());
  });

  it("keeps the id, type and ends it is given and leaves every other field neutral", () => {
    expect(blank).toMatchObject({ id: "r1", type: "THREATENS", source: "russia", target: "nato" });
    expect(blank).toMatchObject({ date: "", date_from: null, date_to: null, modality: DEFAULT_MODALITY });
    expect(blank).toMatchObject({ evidence: [], says: [], source_count: 0, attributed_to: null });
  });

  it("equals what the decoder makes of a relationship without properties", () => {
    const decoded = decodeRelationship({
      kind: "relationship",
      id: "r1",
      type: "THREATENS",
      start: "russia",
      end: "nato",
      properties: {},
    });
    expect(decoded).toEqual(blank);
  });

  it("returns a fresh record each time (a caller may fill one in place)", () => {
    const other = blankRelationship("r1", "THREATENS", "russia", "nato");
    other.says.push("x");
    expect(blank.says).toEqual([]);
  });
});
