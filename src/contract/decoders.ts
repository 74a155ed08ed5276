/**
 * Decoders: the one place that reads an entity or a relationship out of a result node's or
 * relationship's properties. Server and UI both use them, so a property is never decoded twice.
 * Missing properties get neutral defaults (a node without `name` is named by its id), because query
 * results may hold nodes that are not entities.
 */
import { dateRange } from "../model/date-range.ts";
import type { EntityRecord, Evidence, RelationshipRecord } from "./records.ts";
import type { JsonValue, ResultNode, ResultRelationship } from "./query-result.ts";

/** The label every entity node carries beside its kind. */
export const ENTITY_LABEL = "Entity";

/** The modality of a relationship that does not state one. */
export const DEFAULT_MODALITY = "asserted";

function text(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function int(value: JsonValue | undefined): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

/** The entity a node describes; its kind is the `kind` property, else its label other than Entity. */
export function decodeEntity(node: ResultNode): EntityRecord {
  const p = node.properties;
  const aliases = Array.isArray(p["aliases"])
    ? p["aliases"].filter((a): a is string => typeof a === "string")
    : [];
  return {
    id: node.id,
    kind: text(p["kind"]) || node.labels.find((label) => label !== ENTITY_LABEL) || ENTITY_LABEL,
    name: text(p["name"]) || node.id,
    name_de: text(p["name_de"]),
    aliases,
    description: text(p["description"]),
    date: text(p["date"]) || null,
  };
}

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every piece of evidence in a relationship's properties: the parallel lists `evidence_sources`,
 * `evidence_quotes`, `evidence_starts`, `evidence_ends`, else the first piece's scalar `evidence_*`
 * properties; a piece without source or offsets is dropped.
 */
export function decodeEvidence(p: Record<string, JsonValue>): Evidence[] {
  const sources = list(p["evidence_sources"]);
  const quotes = list(p["evidence_quotes"]);
  const starts = list(p["evidence_starts"]);
  const ends = list(p["evidence_ends"]);
  const n = Math.min(sources.length, quotes.length, starts.length, ends.length);
  const pieces =
    n > 0
      ? Array.from({ length: n }, (_, i) => ({
          source: text(sources[i]),
          quote: text(quotes[i]),
          start: int(starts[i]),
          end: int(ends[i]),
        }))
      : [
          {
            source: text(p["evidence_source"]),
            quote: text(p["evidence_quote"]),
            start: int(p["evidence_start"]),
            end: int(p["evidence_end"]),
          },
        ];
  return pieces.filter((e): e is Evidence => e.source !== "" && e.start !== null && e.end !== null);
}

/** The relationship a result relationship describes, with its date range, provenance and evidence. */
export function decodeRelationship(rel: ResultRelationship): RelationshipRecord {
  const p = rel.properties;
  const date = text(p["date"]);
  const range = date ? dateRange(date) : null;
  const evidence = decodeEvidence(p);
  return {
    id: rel.id,
    type: rel.type,
    source: rel.start,
    target: rel.end,
    summary: text(p["summary"]),
    date,
    date_from: text(p["date_from"]) || range?.from || null,
    date_to: text(p["date_to"]) || range?.to || null,
    modality: text(p["modality"]) || DEFAULT_MODALITY,
    attributed_to: text(p["attributed_to"]) || null,
    quantity: text(p["quantity"]) || null,
    condition: text(p["condition"]) || null,
    says: list(p["says"]).filter((id): id is string => typeof id === "string"),
    evidence,
    source_count: int(p["source_count"]) ?? (evidence.length > 0 ? 1 : 0),
  };
}
