/**
 * Records: an entity and a relationship as the API sends them and the explorer keeps them, in the
 * casing of graph-data (snake_case, as the node and relationship properties are named). The zod
 * schemas are the source; the types are derived from them.
 */
import { z } from "zod";

/** Where in which source a relationship's quote stands (offsets in characters, end exclusive). */
export const EvidenceSchema = z.object({
  source: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** An entity. */
export const EntityRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  name_de: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  /** An event's own date as graph-data writes it (`2024-10-12`); null for other kinds. */
  date: z.string().nullable(),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

/** A relationship from `source` to `target` (entity ids). */
export const RelationshipRecordSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  summary: z.string(),
  date: z.string(),
  /** First and last day the date covers (YYYY-MM-DD), or null when the date is missing or open there. */
  date_from: z.string().nullable(),
  date_to: z.string().nullable(),
  modality: z.string(),
  /** Entity id of whom the article gives the claim as said or held by; null: its own voice. */
  attributed_to: z.string().nullable(),
  /** For a claim about part of a group: "23 of 32", "most"; null otherwise. */
  quantity: z.string().nullable(),
  /** Entity or relationship id the claim depends on; null when unconditional. */
  condition: z.string().nullable(),
  /** For a statement (CALLS, ASSESSES): the ids of the relationships it voices; empty otherwise. */
  says: z.array(z.string()),
  /**
   * Every piece of evidence, in graph-data's order (graph-data always has one or more; empty only for
   * a relationship written by hand without evidence).
   */
  evidence: z.array(EvidenceSchema),
  /** Independent sources backing it: distinct publishers among the evidence's sources. */
  source_count: z.number().int(),
});
export type RelationshipRecord = z.infer<typeof RelationshipRecordSchema>;
