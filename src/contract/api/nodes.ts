/**
 * GET /api/nodes/:id (an entity with its relationships) and GET /api/nodes/:id/neighbors (its ego
 * network up to two hops, nearest first, at most `limit` nodes).
 */
import { z } from "zod";
import {
  DETAILS_DEFAULT_LIMIT,
  DETAILS_MAX_LIMIT,
  NEIGHBORS_DEFAULT_LIMIT,
  NEIGHBORS_MAX_LIMIT,
} from "../limits.ts";
import type { ResultNode, ResultRelationship } from "../query-result.ts";
import { EntityRecordSchema, EvidenceSchema } from "../records.ts";

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });
export type IdParams = z.infer<typeof IdParamsSchema>;

/** An entity a relationship refers to (its other end, its speaker), by id, name and kind. */
export const EntityRefSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** What a relationship depends on: an entity, or another relationship described in words. */
export const ConditionViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["entity", "relationship"]),
  /** "Donald Trump WINS 2024 US presidential election", or the entity's name. */
  label: z.string(),
});
export type ConditionView = z.infer<typeof ConditionViewSchema>;

/** One relationship of an entity, seen from that entity. */
export const RelationshipViewSchema = z.object({
  id: z.string(),
  type: z.string(),
  /** "out": the entity is the source; "in": the target. */
  direction: z.enum(["out", "in"]),
  other: EntityRefSchema,
  summary: z.string(),
  date: z.string(),
  modality: z.string(),
  /** Whom the article gives the claim as said or held by ("according to …"); absent: its own voice. */
  attributedTo: EntityRefSchema.optional(),
  /** For a claim about part of a group: "23 of 32", "most". */
  quantity: z.string().optional(),
  /** What the claim depends on. */
  condition: ConditionViewSchema.optional(),
  /** For a statement: the relationships it voices, each described in words. */
  says: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  /** Every piece of evidence, in graph-data's order. */
  evidence: z.array(EvidenceSchema),
  /** Independent sources backing it: distinct publishers among the evidence's sources. */
  sourceCount: z.number().int(),
});
export type RelationshipView = z.infer<typeof RelationshipViewSchema>;

export const NodeDetailsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(DETAILS_MAX_LIMIT).default(DETAILS_DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NodeDetailsQuery = z.infer<typeof NodeDetailsQuerySchema>;

export const NodeDetailsResponseSchema = z.object({
  entity: EntityRecordSchema,
  /** One page of its relationships (the most central neighbours first), ordered by type and direction. */
  relationships: z.array(RelationshipViewSchema),
  /** How many relationships the entity has in all; more than the page for a hub. */
  total: z.number().int(),
  offset: z.number().int(),
});
export type NodeDetailsResponse = z.infer<typeof NodeDetailsResponseSchema>;

export const NeighborsQuerySchema = z.object({
  depth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1),
  limit: z.coerce.number().int().min(1).max(NEIGHBORS_MAX_LIMIT).default(NEIGHBORS_DEFAULT_LIMIT),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

export const NeighborsResponseSchema = z.object({
  center: z.string(),
  depth: z.number().int(),
  limit: z.number().int(),
  nodes: z.array(z.custom<ResultNode>()),
  relationships: z.array(z.custom<ResultRelationship>()),
  /** What the limit left out. */
  omitted: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;
