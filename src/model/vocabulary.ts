/**
 * Vocabulary: the closed sets of entity kinds, relationship types and modalities.
 *
 * Kept small on purpose so that a filter, a legend and a Cypher query can rely on them;
 * adding a word here is a schema change that graph-data/README.md must document.
 */

/** Kinds of entity; each becomes a second node label beside `Entity`. */
export const ENTITY_KINDS = [
  "Person",
  "Organization",
  "Country",
  "Place",
  "Event",
  "Policy",
  "Group",
  "Office",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Relationship types: English UPPER_SNAKE verbs, read "source VERB target", grouped into families by
 * what they say. The filter panel shows one collapsible group per family, and links name a whole
 * family by its lower-case id (see relationship-families.ts).
 */
export const RELATIONSHIP_TYPE_FAMILIES = [
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
  // Statements: the speech act itself; its `says` names the relationship it voices.
  { id: "statements", label: "Statements", types: ["CALLS"] },
  { id: "subjects", label: "Subjects", types: ["CONCERNS", "PARTICIPATES_IN"] },
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPE_FAMILIES)[number]["types"][number];

/** Every relationship type, family by family. */
export const RELATIONSHIP_TYPES = RELATIONSHIP_TYPE_FAMILIES.flatMap(
  (f) => f.types,
) as readonly RelationshipType[] as readonly [RelationshipType, ...RelationshipType[]];

/**
 * How the article holds a claim: as fact, attributed, conditional, claimed by a party, demanded, predicted,
 * as a duty ("muss"), or scheduled ("für den 12. Oktober … eingeladen").
 */
export const MODALITIES = [
  "asserted",
  "reported",
  "hypothetical",
  "claimed",
  "demanded",
  "expected",
  "obligated",
  "planned",
] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * State types: they say what is (an office held, a membership, where something is), so they are only
 * ever asserted or reported. A demand for a membership is a DEMANDS edge to the membership policy.
 */
export const STATE_TYPES: readonly RelationshipType[] = [
  "HOLDS_OFFICE",
  "MEMBER_OF",
  "BELONGS_TO",
  "LOCATED_IN",
];

/** The only modalities a state type may carry. */
export const STATE_MODALITIES: readonly Modality[] = ["asserted", "reported"];

/** Modalities that voice someone else's word: the relationship must name its speaker (attributed_to). */
export const ATTRIBUTED_MODALITIES: readonly Modality[] = ["reported", "claimed", "demanded", "expected"];

/** Quantifiers a relationship may carry when the article says it of a part of a group. */
export const QUANTITY_PATTERN = /^(?:\d+ of \d+|at least \d+|most|many|some|few)$/;
