/**
 * GET /api/overview?limit= (the most central entities of a big graph, at their stored places, and the
 * relationships among them) and GET /api/nodes/:id/expand?limit=&offset= (one page of an entity's
 * relationships, most central neighbours first, with the totals for "+N more").
 *
 * Compact on purpose: positional arrays instead of objects, kinds and types as indexes into a table,
 * no quotes or summaries (those come with an entity's details), so 2,000 entities and the
 * relationships among them stay well under 2 MB before compression.
 */
import { z } from "zod";

/** Entities an overview shows unless the request asks otherwise. */
export const OVERVIEW_DEFAULT_LIMIT = 2_000;
export const OVERVIEW_MAX_LIMIT = 10_000;
/** Relationships one expand returns unless the request asks otherwise. */
export const EXPAND_DEFAULT_LIMIT = 100;
export const EXPAND_MAX_LIMIT = 1_000;
/** Past this many entities the explorer opens on the overview instead of the whole graph. */
export const OVERVIEW_THRESHOLD = 3_000;

/** A server's overview settings (tests use small ones, to exercise the overview on a small corpus). */
export interface OverviewSettings {
  threshold: number;
  limit: number;
}
export const OVERVIEW_SETTINGS: Readonly<OverviewSettings> = {
  threshold: OVERVIEW_THRESHOLD,
  limit: OVERVIEW_DEFAULT_LIMIT,
};

/** [id, kind index, name, x, y, degree, community, rank] */
export const CompactNodeSchema = z.tuple([
  z.string(),
  z.number().int(),
  z.string(),
  z.number(),
  z.number(),
  z.number().int(),
  z.number().int(),
  z.number().int(),
]);
export type CompactNode = z.infer<typeof CompactNodeSchema>;

/**
 * [id, type index, source id, target id, modality index, date as graph-data writes it ("" if none)]:
 * enough for the explorer's type, modality and date filters to judge a drawn relationship before its
 * details (summary, quotes) are read.
 */
export const CompactRelationshipSchema = z.tuple([
  z.string(),
  z.number().int(),
  z.string(),
  z.string(),
  z.number().int(),
  z.string(),
]);
export type CompactRelationship = z.infer<typeof CompactRelationshipSchema>;

/** The tables the compact rows index into, and the rows. */
export const CompactGraphSchema = z.object({
  kinds: z.array(z.string()),
  types: z.array(z.string()),
  modalities: z.array(z.string()),
  nodes: z.array(CompactNodeSchema),
  relationships: z.array(CompactRelationshipSchema),
});
export type CompactGraph = z.infer<typeof CompactGraphSchema>;

export const OverviewQuerySchema = z.object({
  /** Default: the server's (OVERVIEW_DEFAULT_LIMIT unless configured). */
  limit: z.coerce.number().int().min(1).max(OVERVIEW_MAX_LIMIT).optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

export const OverviewResponseSchema = CompactGraphSchema.extend({
  /** False when the loaded graph has no stored places (loaded by an older version): use /api/graph. */
  available: z.boolean(),
  /** The whole graph's size, to say what part is shown. */
  total: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  /** Above this many entities the explorer should open on the overview. */
  threshold: z.number().int(),
  /** Where all entities' places lie, so the view keeps its frame as entities are added. */
  extent: z.object({ minX: z.number(), maxX: z.number(), minY: z.number(), maxY: z.number() }),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

export const ExpandQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(EXPAND_MAX_LIMIT).default(EXPAND_DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).default(0),
  /**
   * Only neighbours of at least this rank: a client that draws the overview's `limit` most central
   * entities (and every relationship among them) passes that limit for an entity of the overview, so
   * that an expand brings what is not drawn yet.
   */
  minRank: z.coerce.number().int().min(0).default(0),
});
export type ExpandQuery = z.infer<typeof ExpandQuerySchema>;

export const ExpandResponseSchema = CompactGraphSchema.extend({
  /** The entity expanded; its row is the first of `nodes`. */
  center: z.string(),
  offset: z.number().int(),
  limit: z.number().int(),
  minRank: z.number().int(),
  /** The entity's relationships to neighbours of at least `minRank`; more to come while `offset + relationships.length < total`. */
  total: z.number().int(),
});
export type ExpandResponse = z.infer<typeof ExpandResponseSchema>;

/** A comma-separated list in a query string ("" or absent: none). */
const csv = z
  .string()
  .max(20_000)
  .optional()
  .transform((s) => (s ? s.split(",").filter((part) => part !== "") : []));
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
  .optional()
  .transform((s) => s ?? null);

/**
 * GET /api/overview/filtered: the explorer's filters (those of the filter panel, as in its URL state)
 * applied by the server to the whole graph, not only to what is drawn.
 */
export const OverviewFilterQuerySchema = z.object({
  /** How many of the matching entities to send, most central first (default: the server's overview limit). */
  limit: z.coerce.number().int().min(1).max(OVERVIEW_MAX_LIMIT).optional(),
  hiddenKinds: csv,
  hiddenTypes: csv,
  hiddenModalities: csv,
  dateFrom: isoDay,
  dateTo: isoDay,
  /** Entity ids whose ego network (or, with focus=paths, the shortest paths between the first two) is kept. */
  actors: csv,
  focus: z.enum(["ego", "paths"]).default("ego"),
  depth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1),
});
export type OverviewFilterQuery = z.infer<typeof OverviewFilterQuerySchema>;

export const OverviewFilterResponseSchema = CompactGraphSchema.extend({
  /** How many entities and relationships of the whole graph match, of which `nodes` are the most central (actors and the nearest first). */
  matched: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  /** The whole graph's size. */
  total: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  limit: z.number().int(),
});
export type OverviewFilterResponse = z.infer<typeof OverviewFilterResponseSchema>;
