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
  "HELD_OFFICE",
  "SUCCEEDS",
  "CANDIDATE_FOR",
  "MEMBER_OF",
  "BELONGS_TO",
  // Places and events
  "LOCATED_IN",
  "CAPITAL_OF",
  "TAKES_PLACE_IN",
  "DECIDES",
  "INVITES_TO",
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
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * How the article holds a claim: as fact, attributed, conditional, claimed by a party, demanded, predicted,
 * or as a duty ("muss").
 */
export const MODALITIES = [
  "asserted",
  "reported",
  "hypothetical",
  "claimed",
  "demanded",
  "expected",
  "obligated",
] as const;
export type Modality = (typeof MODALITIES)[number];
