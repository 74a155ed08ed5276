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

/** Relationship types: English UPPER_SNAKE verbs, read "source VERB target". */
export const RELATIONSHIP_TYPES = [
  // Offices, membership, candidacy
  "HOLDS_OFFICE",
  "SUCCEEDS",
  "CANDIDATE_FOR",
  "WINS",
  "MEMBER_OF",
  "BELONGS_TO",
  // Places and events
  "LOCATED_IN",
  "TAKES_PLACE_IN",
  "DECIDES",
  "INVITES_TO",
  "ATTESTS",
  // Conflict and pressure
  "ATTACKS",
  "THREATENS",
  "BLOCKS",
  "PREVENTS",
  "RIVALS",
  "CRITICIZES",
  "DOES_NOT_CONDEMN",
  "PERCEIVES_AS_THREAT",
  "ENDS",
  // Cooperation and support
  "SUPPORTS",
  "SUPPLIES",
  "ENABLES",
  "COORDINATES",
  "REPRESENTS",
  "FOCUSES_ON",
  // Goals and targets
  "DEMANDS",
  "COMMITS_TO",
  "PUSHES_FOR",
  "MEETS_TARGET",
  "ENFORCED",
  // Stances and assessments
  "CONCERNED_ABOUT",
  "EXPECTS",
  "REASSURES",
  "ASSESSES",
  // Statements: the speech act itself; its `says` names the relationship it voices
  "CALLS",
  // Subjects
  "CONCERNS",
  "PARTICIPATES_IN",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

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
