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
  "SUCCEEDS",
  "HOLDS_OFFICE",
  "HELD_OFFICE",
  "LEADS",
  "MEMBER_OF",
  "CANDIDATE_IN",
  "LOCATED_IN",
  "CAPITAL_OF",
  "TAKES_PLACE_IN",
  "THREATENS",
  "ENABLES",
  "SUPPLIES",
  "ATTACKS",
  "DOES_NOT_CONDEMN",
  "CRITICIZES",
  "COORDINATES",
  "INVITES_TO",
  "DECIDES",
  "DEMANDS",
  "BLOCKS",
  "PROMISES",
  "MEETS_TARGET",
  "COMMITS_TO",
  "PUSHES_FOR",
  "ENFORCED",
  "SUPPORTS",
  "PERCEIVES_AS_THREAT",
  "FOCUSES_ON",
  "RIVAL_OF",
  "EXPECTS",
  "MUST_PREVENT",
  "MUST_REPRESENT",
  "CLAIMS_CAN_END",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** How the article holds a claim: as fact, attributed, conditional, claimed by a party, demanded, predicted. */
export const MODALITIES = [
  "asserted",
  "reported",
  "hypothetical",
  "claimed",
  "demanded",
  "expected",
] as const;
export type Modality = (typeof MODALITIES)[number];
