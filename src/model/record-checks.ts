/**
 * Record checks: the schema of an entity and of a relationship (schema.ts) checked by hand, for the
 * corpus-size common case where a record is valid. Each check answers only "valid, and here is the
 * same value the zod schema gives" or "not sure": on "not sure" the caller runs the zod schema, which
 * says what is wrong in its own words. So a message never comes from here, and the errors are the
 * schema's exactly; the hand check only never calls a record valid that zod would refuse (tested
 * against zod on the fixtures, the seed and every mutation in tests/unit/model/record-checks.test.ts).
 */
import { DATE_PATTERN, ID_PATTERN, type Entity, type Evidence, type Relationship } from "./schema.ts";
import { ENTITY_KINDS, MODALITIES, QUANTITY_PATTERN, RELATIONSHIP_TYPES } from "./vocabulary.ts";

/**
 * The vocabulary's own strings by their text: a valid record takes them instead of its copies, so
 * 500k relationships share 38 type and 8 modality strings (the schema gives equal strings; equal is
 * all the output promises).
 */
const canonical = <T extends string>(words: readonly T[]): ReadonlyMap<string, T> =>
  new Map(words.map((w) => [w, w]));
const KINDS = canonical(ENTITY_KINDS);
const TYPES = canonical(RELATIONSHIP_TYPES);
const MODES = canonical(MODALITIES);
const ENTITY_KEYS: ReadonlySet<string> = new Set([
  "id",
  "kind",
  "name",
  "name_de",
  "aliases",
  "description",
  "date",
]);
const RELATIONSHIP_KEYS: ReadonlySet<string> = new Set([
  "id",
  "type",
  "source",
  "target",
  "summary",
  "date",
  "modality",
  "attributed_to",
  "quantity",
  "condition",
  "says",
  "evidence",
]);

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function onlyKeys(value: Raw, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/** A non-empty string that trimming leaves as it is (zod's `text` would trim it, so it is not sure). */
function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.trim().length === value.length;
}

function isOptional<T>(value: unknown, check: (v: unknown) => v is T): boolean {
  return value === undefined || check(value);
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && DATE_PATTERN.test(value);
}

function isQuantity(value: unknown): value is string {
  return typeof value === "string" && QUANTITY_PATTERN.test(value);
}

function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

function evidence(value: unknown): Evidence | null {
  if (!isRecord(value)) return null;
  const { source, quote, start, end } = value;
  if (!isId(source) || !isText(quote) || !isInteger(start) || start < 0 || !isInteger(end) || end <= 0) {
    return null;
  }
  if (Object.keys(value).length !== 4) return null;
  return { source, quote, start, end };
}

/** The relationship zod's RelationshipSchema would give for `value`, or null when not sure. */
export function checkedRelationship(value: unknown): Relationship | null {
  if (!isRecord(value) || !onlyKeys(value, RELATIONSHIP_KEYS)) return null;
  const v = value;
  const type = typeof v["type"] === "string" ? TYPES.get(v["type"]) : undefined;
  if (!isId(v["id"]) || type === undefined) return null;
  if (!isId(v["source"]) || !isId(v["target"]) || !isText(v["summary"]) || !isDate(v["date"])) return null;
  const modality = typeof v["modality"] === "string" ? MODES.get(v["modality"]) : undefined;
  if (modality === undefined) return null;
  if (!isOptional(v["attributed_to"], isId) || !isOptional(v["quantity"], isQuantity)) return null;
  if (!isOptional(v["condition"], isId)) return null;
  const says = v["says"];
  if (says !== undefined && (!Array.isArray(says) || says.length === 0 || !says.every(isId))) return null;
  const pieces = v["evidence"];
  if (!Array.isArray(pieces) || pieces.length === 0) return null;
  const checked: Evidence[] = new Array<Evidence>(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    const piece = evidence(pieces[i]);
    if (!piece) return null;
    checked[i] = piece;
  }
  // The same shape, field order and unset fields as the schema's transform.
  return {
    id: v["id"],
    type,
    source: v["source"],
    target: v["target"],
    summary: v["summary"],
    date: v["date"],
    modality,
    attributed_to: v["attributed_to"] as string | undefined,
    quantity: v["quantity"] as string | undefined,
    condition: v["condition"] as string | undefined,
    says: says === undefined ? undefined : [...(says as string[])],
    evidence: checked,
  };
}

/** The entity zod's EntitySchema would give for `value`, or null when not sure. */
export function checkedEntity(value: unknown): Entity | null {
  if (!isRecord(value) || !onlyKeys(value, ENTITY_KEYS)) return null;
  const { id, kind, name, name_de, aliases, description, date } = value;
  const canonicalKind = typeof kind === "string" ? KINDS.get(kind) : undefined;
  if (!isId(id) || canonicalKind === undefined) return null;
  if (!isText(name) || !isText(name_de) || !isText(description) || !isOptional(date, isDate)) return null;
  if (!Array.isArray(aliases) || !aliases.every(isText)) return null;
  const entity: Entity = {
    id,
    kind: canonicalKind,
    name,
    name_de,
    aliases: [...(aliases as string[])],
    description,
  };
  if (typeof date === "string") entity.date = date;
  return entity;
}
