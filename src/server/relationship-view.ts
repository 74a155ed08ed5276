/**
 * Relationship views: a relationship (decoded by the contract's decoders, the same on every engine)
 * turned into what the details panel shows: its evidence list, whom it is attributed to and the
 * condition it depends on with their names resolved, its quantity and how many sources back it.
 */
import type { ConditionView, EntityRef, RelationshipView } from "../contract/api/nodes.ts";
import { decodeEntity, decodeRelationship } from "../contract/decoders.ts";
import type { ResultNode, ResultRelationship } from "../contract/query-result.ts";

/** The entity reference of a node. */
export function entityRef(node: ResultNode): EntityRef {
  const { id, name, kind } = decodeEntity(node);
  return { id, name, kind };
}

/** Names of the entities and relationships a set of views refers to, by id. */
export interface ReferenceNames {
  entities: Map<string, EntityRef>;
  /** Relationship id -> "Source TYPE Target" in words. */
  relationships: Map<string, string>;
}

/** The ids a relationship refers to besides its ends: its speaker, its condition, what it voices. */
export function referencedIds(rel: ResultRelationship): string[] {
  const { attributed_to, condition, says } = decodeRelationship(rel);
  return [attributed_to, condition, ...says].filter((id): id is string => id !== null);
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
  const rel = decodeRelationship(r);
  const view: RelationshipView = {
    id: rel.id,
    type: rel.type,
    direction: outgoing ? "out" : "in",
    other: entityRef(other),
    summary: rel.summary,
    date: rel.date,
    modality: rel.modality,
    evidence: rel.evidence,
    sourceCount: rel.source_count,
  };
  if (rel.attributed_to) {
    view.attributedTo = names.entities.get(rel.attributed_to) ?? {
      id: rel.attributed_to,
      name: rel.attributed_to,
      kind: "",
    };
  }
  if (rel.quantity) view.quantity = rel.quantity;
  if (rel.condition) view.condition = condition(rel.condition, names);
  if (rel.says.length > 0) {
    view.says = rel.says.map((id) => ({ id, label: names.relationships.get(id) ?? id }));
  }
  return view;
}
