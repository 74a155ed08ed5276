/**
 * Relationship families: the relationship types grouped by what they say (offices, places, conflict,
 * cooperation, goals, stances, statements and subjects), in the order vocabulary.ts lists them. The
 * filter panel shows one collapsible group per family and links name a whole family with its id, so
 * "hide all conflict types" is one short token instead of nine type names.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from "./vocabulary.ts";

export interface RelationshipFamily {
  /** Lower-case token (links use it; relationship types are UPPER_SNAKE, so the two never clash). */
  id: string;
  label: string;
  types: readonly RelationshipType[];
}

export const RELATIONSHIP_FAMILIES: readonly RelationshipFamily[] = [
  {
    id: "offices",
    label: "Offices, membership",
    types: ["HOLDS_OFFICE", "SUCCEEDS", "CANDIDATE_FOR", "WINS", "MEMBER_OF", "BELONGS_TO"],
  },
  {
    id: "places",
    label: "Places, events",
    types: ["LOCATED_IN", "TAKES_PLACE_IN", "DECIDES", "INVITES_TO", "ATTESTS"],
  },
  {
    id: "conflict",
    label: "Conflict",
    types: [
      "ATTACKS",
      "THREATENS",
      "BLOCKS",
      "PREVENTS",
      "RIVALS",
      "CRITICIZES",
      "DOES_NOT_CONDEMN",
      "PERCEIVES_AS_THREAT",
      "ENDS",
    ],
  },
  {
    id: "cooperation",
    label: "Cooperation",
    types: ["SUPPORTS", "SUPPLIES", "ENABLES", "COORDINATES", "REPRESENTS", "FOCUSES_ON"],
  },
  {
    id: "goals",
    label: "Goals, targets",
    types: ["DEMANDS", "COMMITS_TO", "PUSHES_FOR", "MEETS_TARGET", "ENFORCED"],
  },
  {
    id: "stances",
    label: "Stances",
    types: ["CONCERNED_ABOUT", "EXPECTS", "REASSURES", "ASSESSES"],
  },
  { id: "statements", label: "Statements", types: ["CALLS"] },
  { id: "subjects", label: "Subjects", types: ["CONCERNS", "PARTICIPATES_IN"] },
];

const FAMILY_OF = new Map<string, RelationshipFamily>(
  RELATIONSHIP_FAMILIES.flatMap((family) => family.types.map((type) => [type, family] as const)),
);

/** The family of a relationship type; a type outside the vocabulary is its own family "other". */
export function familyOf(type: string): string {
  return FAMILY_OF.get(type)?.id ?? "other";
}

/** Every type of the vocabulary, in family order. */
export const FAMILY_ORDERED_TYPES: readonly string[] = RELATIONSHIP_FAMILIES.flatMap((f) => f.types);

// Checked at import: every vocabulary type in exactly one family (a new type must be given one).
if (
  FAMILY_ORDERED_TYPES.length !== RELATIONSHIP_TYPES.length ||
  FAMILY_OF.size !== RELATIONSHIP_TYPES.length
) {
  throw new Error(
    "model/relationship-families.ts: every relationship type of vocabulary.ts must be in exactly one family",
  );
}
