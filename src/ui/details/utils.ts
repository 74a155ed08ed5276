/**
 * Details logic: an entity's relationships grouped by type and direction ("ENABLES →" before
 * "← ENABLES"), newest first within a group, so the panel reads as "what this actor does, and what
 * is done to it".
 */
import type { RelationshipView } from "../../contract/api/nodes.ts";

export interface RelationshipGroup {
  key: string;
  type: string;
  direction: "out" | "in";
  items: RelationshipView[];
}

/** Groups relationships by direction then type; outgoing first, types alphabetical, newest first. */
export function groupRelationships(relationships: readonly RelationshipView[]): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const rel of relationships) {
    const key = `${rel.direction}:${rel.type}`;
    const group = groups.get(key) ?? { key, type: rel.type, direction: rel.direction, items: [] };
    group.items.push(rel);
    groups.set(key, group);
  }
  const order = (g: RelationshipGroup) => (g.direction === "out" ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b) || a.type.localeCompare(b.type));
  for (const group of sorted) {
    group.items.sort((a, b) => b.date.localeCompare(a.date) || a.other.name.localeCompare(b.other.name));
  }
  return sorted;
}

/** The heading of a group: "ENABLES →" (the entity acts) or "← ENABLES" (it is acted upon). */
export function groupHeading(group: RelationshipGroup): string {
  const type = group.type.replace(/_/g, " ");
  return group.direction === "out" ? `${type} →` : `← ${type}`;
}

/** "1 source", or "3 quotes · 2 sources" when several quotes back a relationship. */
export function sourceCountLabel(quotes: number, sources: number): string {
  const s = `${sources} source${sources === 1 ? "" : "s"}`;
  return quotes > 1 ? `${quotes} quotes · ${s}` : s;
}
