/**
 * Overview logic: compact API rows (src/contract/api/overview.ts) into the explorer's records and
 * graph nodes at their stored places, and the sentence the status bar says about what part of the
 * graph is shown. Pure, tested in Node.
 */
import type { CompactGraph, CompactNode, OverviewResponse } from "../../contract/api/overview.ts";
import { blankRelationship } from "../../contract/blank-relationship.ts";
import { DEFAULT_MODALITY } from "../../contract/decoders.ts";
import type { EntityRecord, RelationshipRecord } from "../../contract/records.ts";
import { EMPHASIZED_EDGE_SCALE, type ExplorerGraph } from "../graph-model/utils.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { kindColor } from "../graph-view/palette.ts";
import { dateRange } from "../../model/date-range.ts";

/** An entity known only by its compact row: details come from GET /api/nodes/:id when selected. */
export function compactEntity(row: CompactNode, kinds: string[]): EntityRecord {
  return {
    id: row[0],
    kind: kinds[row[1]] ?? "",
    name: row[2],
    name_de: "",
    aliases: [],
    description: "",
    date: null,
  };
}

/** How sizes scale with the picture: the graph unit of sizes is 1/300 of the overview's larger side. */
export interface OverviewScale {
  maxDegree: number;
  unit: number;
}

/** Where the entities of a compact graph lie. */
export function compactExtent(compact: CompactGraph): OverviewResponse["extent"] {
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const [, , , x, y] of compact.nodes) {
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return compact.nodes.length > 0 ? box : { minX: 0, maxX: 1, minY: 0, maxY: 1 };
}

/** The scale of an overview: the extent of its entities and its most connected entity. */
export function overviewScale(overview: OverviewResponse): OverviewScale {
  const { minX, maxX, minY, maxY } = compactExtent(overview);
  return {
    maxDegree: overview.nodes.reduce((max, n) => Math.max(max, n[5]), 1),
    unit: Math.max(maxX - minX, maxY - minY, 1) / 300,
  };
}

/**
 * Node size in graph units (sizes follow positions in this explorer's sigma settings): hubs 6 units,
 * the long tail 0.6, square-root scaled by degree in the whole graph.
 */
export function overviewNodeSize(degree: number, scale: OverviewScale): number {
  return scale.unit * (0.6 + 5.4 * Math.sqrt(Math.max(0, degree) / Math.max(1, scale.maxDegree)));
}

/** Relationships of the overview are drawn light, so that the entities stand out. */
export const OVERVIEW_EDGE_COLOR = "#c3cad3";

/**
 * Adds the rows of `compact` that are new to the model and the graph, at their stored places;
 * returns the ids of the entities and relationships it added.
 */
export function addCompact(
  model: GraphModel,
  graph: ExplorerGraph,
  compact: CompactGraph,
  scale: OverviewScale,
): { nodes: string[]; edges: string[] } {
  const added = { nodes: [] as string[], edges: [] as string[] };
  for (const row of compact.nodes) {
    const [id, , name, x, y, degree, , rank] = row;
    if (graph.hasNode(id)) continue;
    const entity = compactEntity(row, compact.kinds);
    model.entities.set(id, entity);
    graph.addNode(id, {
      x,
      y,
      size: overviewNodeSize(degree, scale),
      color: kindColor(entity.kind),
      label: name,
      kind: entity.kind,
      important: rank < 40,
    });
    added.nodes.push(id);
  }
  for (const [id, typeIndex, source, target, modalityIndex, date] of compact.relationships) {
    if (graph.hasEdge(id) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const type = compact.types[typeIndex] ?? "";
    const range = date ? dateRange(date) : null;
    // Summary and quotes are read with an entity's details; type, modality and date come now, so that
    // the filters judge a drawn relationship as they would with its details.
    const rel: RelationshipRecord = {
      ...blankRelationship(id, type, source, target),
      date,
      date_from: range?.from ?? null,
      date_to: range?.to ?? null,
      modality: compact.modalities[modalityIndex] ?? DEFAULT_MODALITY,
    };
    model.relationships.set(id, rel);
    graph.addDirectedEdgeWithKey(id, source, target, {
      label: type,
      type,
      modality: rel.modality,
      color: OVERVIEW_EDGE_COLOR,
      size: scale.unit * 0.15,
      emphasizedSize: scale.unit * 0.15 * EMPHASIZED_EDGE_SCALE,
      dashSize: 0,
    });
    added.edges.push(id);
  }
  return added;
}

/** What the status bar says: the part of the graph that is drawn. */
export function overviewStatus(
  shown: { nodes: number; relationships: number },
  total: { nodes: number; relationships: number },
): string {
  const f = (n: number): string => n.toLocaleString("en");
  return `Overview: ${f(shown.nodes)} of ${f(total.nodes)} entities, ${f(shown.relationships)} of ${f(total.relationships)} relationships (the most central; select an entity to expand it)`;
}
