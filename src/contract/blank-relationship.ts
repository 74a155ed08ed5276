/**
 * Blank relationship: the record of a relationship known only by its id, type and ends, with every
 * other field at its neutral value (no date, the default modality, no attribution, no evidence).
 * The explorer draws such placeholders from the overview's compact rows until an entity's details
 * bring the real record; tests build fixtures on it. One definition, typed by the record schema, so a
 * field added to RelationshipRecordSchema fails to compile here instead of drifting in each copy.
 */
import { DEFAULT_MODALITY } from "./decoders.ts";
import type { RelationshipRecord } from "./records.ts";

/** A relationship record with only `id`, `type`, `source` and `target` known. */
export function blankRelationship(
  id: string,
  type: string,
  source: string,
  target: string,
): RelationshipRecord {
  return {
    id,
    type,
    source,
    target,
    summary: "",
    date: "",
    date_from: null,
    date_to: null,
    modality: DEFAULT_MODALITY,
    attributed_to: null,
    quantity: null,
    condition: null,
    says: [],
    evidence: [],
    source_count: 0,
  };
}
