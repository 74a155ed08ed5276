/**
 * Schema of graph-data: the zod definitions of a source document's metadata, an entity and a
 * relationship with its evidence.
 *
 * Objects are strict (an unknown field is an error, so a typo never silently drops data). Cross-record
 * checks (duplicate ids, dangling references, quotes at their offsets) live in validate-graph-data.ts.
 */
import { z } from "zod";
import { ENTITY_KINDS, MODALITIES, QUANTITY_PATTERN, RELATIONSHIP_TYPES } from "./vocabulary.ts";

/** Stable kebab-case identifier: lower-case ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * ISO 8601 date as precise as the text allows (YYYY, YYYY-MM, YYYY-MM-DD), or an interval A/B of two
 * where either end may be open (`..`): `2017/2021`, `2024-10-01/..`, `../2024-10-01`.
 */
export const DATE_PATTERN =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\.\.))?|\.\.\/\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

const DATE_EXPECTED =
  "an ISO date such as 2024-10-01, or an interval such as 2017/2021, 2024-10-01/.. or ../2024-10-01";

const id = z.string().regex(ID_PATTERN, "a kebab-case id such as mark-rutte");
const text = z.string().trim().min(1, "a non-empty string");

export const SourceSchema = z.strictObject({
  id,
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, "a .txt file name in graph-data/sources/"),
  title: text,
  publisher: text,
  date: z.string().regex(DATE_PATTERN, "an ISO date such as 2024-10 or 2024-10-01"),
  language: z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 language code such as de"),
  url: z.url().optional(),
});

export const EntitySchema = z.strictObject({
  id,
  kind: z.enum(ENTITY_KINDS),
  name: text,
  name_de: text,
  aliases: z.array(text),
  description: text,
  /** When an event happens (or happened), as precise as the text allows; only for kind Event. */
  date: z.string().regex(DATE_PATTERN, DATE_EXPECTED).optional(),
});

export const EvidenceSchema = z.strictObject({
  source: id,
  quote: text,
  start: z.int().nonnegative(),
  end: z.int().positive(),
});

const RelationshipFields = z.strictObject({
  id,
  type: z.enum(RELATIONSHIP_TYPES),
  source: id,
  target: id,
  summary: text,
  date: z.string().regex(DATE_PATTERN, DATE_EXPECTED),
  modality: z.enum(MODALITIES),
  /** Entity id of whoever the article gives the claim as said or held by, when not the narration. */
  attributed_to: id.optional(),
  /** How much of the source group the claim holds for: "23 of 32", "most", "many". */
  quantity: z
    .string()
    .regex(QUANTITY_PATTERN, 'a quantifier such as "23 of 32", "most" or "many"')
    .optional(),
  /** Entity or relationship id the claim depends on (required for hypothetical claims). */
  condition: id.optional(),
  /** For a statement (CALLS, ASSESSES …): the ids of the relationships it voices. */
  says: z.array(id).min(1, "at least one relationship id").optional(),
  /** One or more pieces of evidence; one is the common case. */
  evidence: z.array(EvidenceSchema).min(1, "an empty list; expected at least one piece of evidence"),
});

/** A relationship, as written in graph-data. */
export const RelationshipSchema = RelationshipFields
  // Every relationship gets the same fields in the same order, unset ones undefined: objects of one
  // shape keep the validator's and loaders' property reads fast at corpus size.
  .transform((r): z.infer<typeof RelationshipFields> => ({
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    summary: r.summary,
    date: r.date,
    modality: r.modality,
    attributed_to: r.attributed_to,
    quantity: r.quantity,
    condition: r.condition,
    says: r.says,
    evidence: r.evidence,
  }));

export const SourcesFileSchema = z.strictObject({ sources: z.array(z.unknown()) });
export const EntitiesFileSchema = z.strictObject({ entities: z.array(z.unknown()) });
export const RelationshipsFileSchema = z.strictObject({ relationships: z.array(z.unknown()) });

export type SourceMeta = z.infer<typeof SourceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
