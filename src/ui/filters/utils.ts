/**
 * Filter logic: from the filter state (kinds, relationship types, modalities, date range, ego or
 * path actors) and an optional restriction (a query result shown alone) to the sets of hidden
 * entities and relationships, with counts. Pure, so unit tests can check it on the seed graph.
 */
import type { RelationshipRecord } from "../../contract/records.ts";
import type { GraphModel } from "../graph-model/types.ts";
import type { FilterState } from "../state/types.ts";
import { egoNetwork, shortestPaths } from "./focus.ts";
import type { Subgraph, Visibility } from "./types.ts";

/** Whether a relationship passes the type, modality and date filters. */
export function relationshipPasses(rel: RelationshipRecord, filters: FilterState): boolean {
  if (filters.hiddenTypes.includes(rel.type)) return false;
  if (filters.hiddenModalities.includes(rel.modality)) return false;
  if (filters.dateFrom || filters.dateTo) {
    // An undated relationship cannot be placed in a range; an open end of an interval reaches everything.
    if (!rel.date) return false;
    if (filters.dateFrom && rel.date_to !== null && rel.date_to < filters.dateFrom) return false;
    if (filters.dateTo && rel.date_from !== null && rel.date_from > filters.dateTo) return false;
  }
  return true;
}

/** Whether any relationship-level filter (type, modality, date) is active. */
export function hasRelationshipFilter(filters: FilterState): boolean {
  return (
    filters.hiddenTypes.length > 0 ||
    filters.hiddenModalities.length > 0 ||
    filters.dateFrom !== null ||
    filters.dateTo !== null
  );
}

/** Whether any filter at all is active (the reset button's enabled state). */
export function hasAnyFilter(filters: FilterState): boolean {
  return hasRelationshipFilter(filters) || filters.hiddenKinds.length > 0 || filters.actors.length > 0;
}

/** The ego network or shortest paths the actors ask for, on the given relationships. */
export function focusSubgraph(relationships: RelationshipRecord[], filters: FilterState): Subgraph | null {
  const actors = filters.actors;
  if (actors.length === 0) return null;
  const [from, to] = actors;
  if (filters.focus === "paths" && from !== undefined && to !== undefined) {
    return shortestPaths(relationships, from, to);
  }
  return egoNetwork(relationships, actors, filters.depth);
}

/**
 * Computes what the graph view hides. An entity is hidden when its kind is filtered out, when all of
 * its relationships are filtered out by type/modality/date (it had some), when it is outside the
 * actors' focus, or outside `restrict`. A relationship is hidden when it fails a filter or either end
 * is hidden.
 */
export function computeVisibility(
  model: GraphModel,
  filters: FilterState,
  restrict: Subgraph | null = null,
): Visibility {
  const hiddenNodes = new Set<string>();
  for (const entity of model.entities.values()) {
    if (filters.hiddenKinds.includes(entity.kind)) hiddenNodes.add(entity.id);
  }
  const passing: RelationshipRecord[] = [];
  const hasEdge = new Set<string>();
  const keepsEdge = new Set<string>();
  for (const rel of model.relationships.values()) {
    hasEdge.add(rel.source).add(rel.target);
    if (!relationshipPasses(rel, filters)) continue;
    keepsEdge.add(rel.source).add(rel.target);
    if (!hiddenNodes.has(rel.source) && !hiddenNodes.has(rel.target)) passing.push(rel);
  }
  if (hasRelationshipFilter(filters)) {
    for (const id of hasEdge) if (!keepsEdge.has(id)) hiddenNodes.add(id);
  }
  const focus = focusSubgraph(passing, filters);
  const inside = (set: Subgraph | null, kind: "nodes" | "edges", id: string) => !set || set[kind].has(id);
  for (const id of model.entities.keys()) {
    const pinned = filters.actors.includes(id) && inside(restrict, "nodes", id);
    if (pinned) {
      hiddenNodes.delete(id);
      continue;
    }
    if (!inside(focus, "nodes", id) || !inside(restrict, "nodes", id)) hiddenNodes.add(id);
  }
  const shown = new Set(passing.map((r) => r.id));
  const hiddenEdges = new Set<string>();
  for (const rel of model.relationships.values()) {
    const visible =
      shown.has(rel.id) &&
      !hiddenNodes.has(rel.source) &&
      !hiddenNodes.has(rel.target) &&
      inside(focus, "edges", rel.id) &&
      inside(restrict, "edges", rel.id);
    if (!visible) hiddenEdges.add(rel.id);
  }
  return {
    hiddenNodes,
    hiddenEdges,
    counts: {
      nodesShown: model.entities.size - hiddenNodes.size,
      nodesTotal: model.entities.size,
      edgesShown: model.relationships.size - hiddenEdges.size,
      edgesTotal: model.relationships.size,
    },
  };
}
