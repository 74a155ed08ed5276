/**
 * Relationship views: a relationship's stored properties (the flat rows of src/engine/graph-rows.ts,
 * the same on every engine) turned into what the details panel shows: its evidence as a list, whom it
 * is attributed to, its quantity and the condition it depends on, with names resolved. Lists stored
 * as parallel properties are read back defensively: a missing or short list falls back to the scalar
 * `evidence_*` properties of the first piece.
 */
import type { JsonValue, ResultNode, ResultRelationship } from "../model/query-result.ts";
import type { ConditionView, EntityRef, EvidenceView, RelationshipView } from "./api-types.ts";

const str = (v: JsonValue | undefined): string => (typeof v === "string" ? v : "");
const num = (v: JsonValue | undefined): number => (typeof v === "number" ? v : Number(v ?? 0));
const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);

/** The entity reference of a node. */
export function entityRef(node: ResultNode): EntityRef {
  const p = node.properties;
  return {
    id: node.id,
    name: str(p["name"]) || node.id,
    kind: str(p["kind"]) || node.labels.find((l) => l !== "Entity") || "",
  };
}

/** Every piece of evidence of a relationship, from its parallel list properties. */
export function evidenceList(p: Record<string, JsonValue>): EvidenceView[] {
  const sources = list(p["evidence_sources"]);
  const quotes = list(p["evidence_quotes"]);
  const starts = list(p["evidence_starts"]);
  const ends = list(p["evidence_ends"]);
  const n = Math.min(sources.length, quotes.length, starts.length, ends.length);
  if (n === 0) {
    return [
      {
        source: str(p["evidence_source"]),
        quote: str(p["evidence_quote"]),
        start: num(p["evidence_start"]),
        end: num(p["evidence_end"]),
      },
    ];
  }
  return Array.from({ length: n }, (_, i) => ({
    source: str(sources[i]),
    quote: str(quotes[i]),
    start: num(starts[i]),
    end: num(ends[i]),
  }));
}

/** Names of the entities and relationships a set of views refers to, by id. */
export interface ReferenceNames {
  entities: Map<string, EntityRef>;
  /** Relationship id -> "Source TYPE Target" in words. */
  relationships: Map<string, string>;
}

/** The ids a relationship refers to besides its ends: speaker and condition. */
export function referencedIds(rel: ResultRelationship): string[] {
  return [str(rel.properties["attributed_to"]), str(rel.properties["condition"])].filter(Boolean);
}

/** "Donald Trump WINS 2024 US presidential election": a relationship in words. */
export function describeRelationship(a: ResultNode, r: ResultRelationship, b: ResultNode): string {
  return `${entityRef(a).name} ${r.type.replace(/_/g, " ")} ${entityRef(b).name}`;
}

function condition(id: string, names: ReferenceNames): ConditionView {
  const rel = names.relationships.get(id);
  if (rel !== undefined) return { id, kind: "relationship", label: rel };
  return { id, kind: "entity", label: names.entities.get(id)?.name ?? id };
}

/** The view of relationship `r` seen from one of its ends, `other` being the far end. */
export function toRelationshipView(
  r: ResultRelationship,
  other: ResultNode,
  outgoing: boolean,
  names: ReferenceNames,
): RelationshipView {
  const p = r.properties;
  const view: RelationshipView = {
    id: r.id,
    type: r.type,
    direction: outgoing ? "out" : "in",
    other: entityRef(other),
    summary: str(p["summary"]),
    date: str(p["date"]),
    modality: str(p["modality"]),
    evidence: evidenceList(p),
    sourceCount: Math.max(1, num(p["source_count"])),
  };
  const speaker = str(p["attributed_to"]);
  if (speaker) view.attributedTo = names.entities.get(speaker) ?? { id: speaker, name: speaker, kind: "" };
  const quantity = str(p["quantity"]);
  if (quantity) view.quantity = quantity;
  const dependsOn = str(p["condition"]);
  if (dependsOn) view.condition = condition(dependsOn, names);
  return view;
}
