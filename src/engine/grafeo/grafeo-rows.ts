/**
 * Grafeo rows: the engine-neutral graph rows (src/engine/graph-rows.ts) as Grafeo's batch API takes
 * them. The one difference is dates: `date_from`/`date_to` go in as Grafeo's tagged date value
 * (`{ $date: "2024-10-01" }`), so they are stored as real dates in the batch itself, with no pass
 * over the relationships afterwards (a JS Date would become a datetime, an ISO text stays a string).
 */
import type { Relationship } from "../../model/schema.ts";
import { relationshipProperties, type NodeRow, type RelationshipProperties } from "../graph-rows.ts";

/** Grafeo's tagged form of a date, as its batch API and JSON results spell it. */
export interface GrafeoDate {
  $date: string;
}

/** A row with its ISO date texts turned into Grafeo dates. */
export type WithGrafeoDates<T> = Omit<T, "date_from" | "date_to"> & {
  date_from?: GrafeoDate;
  date_to?: GrafeoDate;
};

/** Turns the row's `date_from`/`date_to` texts into Grafeo dates, in place; returns the row. */
export function withGrafeoDates<T extends NodeRow | RelationshipProperties>(row: T): WithGrafeoDates<T> {
  const out = row as unknown as { date_from?: string | GrafeoDate; date_to?: string | GrafeoDate };
  if (typeof out.date_from === "string") out.date_from = { $date: out.date_from };
  if (typeof out.date_to === "string") out.date_to = { $date: out.date_to };
  return out as WithGrafeoDates<T>;
}

/** One edge for `batchCreateEdges`: Grafeo node ids of both ends, the type and the properties. */
export interface GrafeoEdge {
  src: number;
  dst: number;
  type: string;
  properties: WithGrafeoDates<RelationshipProperties>;
}

/** The edge of a relationship, given the Grafeo ids of its ends. */
export function grafeoEdge(
  rel: Relationship,
  src: number,
  dst: number,
  publisherOf: ReadonlyMap<string, string>,
): GrafeoEdge {
  return { src, dst, type: rel.type, properties: withGrafeoDates(relationshipProperties(rel, publisherOf)) };
}
