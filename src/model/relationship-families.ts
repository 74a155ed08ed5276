/**
 * Relationship families: the relationship types grouped by what they say (offices, places, conflict,
 * cooperation, goals, stances, statements and subjects), as vocabulary.ts defines them, and each
 * type's family. The filter panel shows one collapsible group per family and links name a whole family
 * with its id, so "hide all conflict types" is one short token instead of nine type names.
 */
import { RELATIONSHIP_TYPE_FAMILIES, RELATIONSHIP_TYPES, type RelationshipType } from "./vocabulary.ts";

export interface RelationshipFamily {
  /** Lower-case token (links use it; relationship types are UPPER_SNAKE, so the two never clash). */
  id: string;
  label: string;
  types: readonly RelationshipType[];
}

export const RELATIONSHIP_FAMILIES: readonly RelationshipFamily[] = RELATIONSHIP_TYPE_FAMILIES;

const FAMILY_OF = new Map<string, RelationshipFamily>(
  RELATIONSHIP_FAMILIES.flatMap((family) => family.types.map((type) => [type, family] as const)),
);

/** The family of a relationship type; a type outside the vocabulary is its own family "other". */
export function familyOf(type: string): string {
  return FAMILY_OF.get(type)?.id ?? "other";
}

/** Every type of the vocabulary, in family order (the vocabulary's own order). */
export const FAMILY_ORDERED_TYPES: readonly string[] = RELATIONSHIP_TYPES;

// Checked at import: no relationship type in two families of vocabulary.ts.
if (FAMILY_OF.size !== RELATIONSHIP_TYPES.length) {
  throw new Error(
    "model/relationship-families.ts: every relationship type of vocabulary.ts must be in exactly one family",
  );
}
