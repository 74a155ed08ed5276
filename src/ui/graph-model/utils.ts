/**
 * Graph model mapping: API result nodes and relationships into the explorer's records (with the
 * contract's decoders, as the server decodes them), and those records into a graphology multigraph (parallel relationships between the same two actors are kept,
 * each its own edge keyed by relationship id).
 */
import { MultiDirectedGraph } from "graphology";
import { decodeEntity, decodeRelationship } from "../../contract/decoders.ts";
import type { ResultNode, ResultRelationship } from "../../contract/query-result.ts";
import type { RelationshipRecord } from "../../contract/records.ts";
import type { GraphModel } from "./types.ts";

/** Node attributes in the graphology graph (what sigma styles read). */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  /** Among the most central entities: its label is always drawn. */
  important: boolean;
  /** Dragged by hand and left there: every layout keeps it in place. */
  pinned?: boolean;
}

/** Edge attributes in the graphology graph. */
export interface EdgeAttributes {
  label: string;
  type: string;
  modality: string;
  color: string;
  size: number;
  /** Its size while emphasised (EMPHASIZED_EDGE_SCALE × size). */
  emphasizedSize: number;
  dashSize: number;
}

/** How much thicker an emphasised relationship is drawn. */
export const EMPHASIZED_EDGE_SCALE = 1.8;

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Builds the model from an API graph; relationships whose ends are unknown are dropped. */
export function buildModel(nodes: ResultNode[], relationships: ResultRelationship[]): GraphModel {
  const entities = new Map(nodes.map((node) => [node.id, decodeEntity(node)]));
  const rels = new Map<string, RelationshipRecord>();
  for (const rel of relationships) {
    if (entities.has(rel.start) && entities.has(rel.end)) rels.set(rel.id, decodeRelationship(rel));
  }
  return { entities, relationships: rels };
}

/** Builds the graphology graph (positions and sizes are set later by layout and sizing). */
export function toGraphology(model: GraphModel): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  for (const entity of model.entities.values()) {
    graph.addNode(entity.id, {
      x: 0,
      y: 0,
      size: 1,
      color: "#888",
      label: entity.name,
      kind: entity.kind,
      important: false,
    });
  }
  for (const rel of model.relationships.values()) {
    graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, {
      label: rel.type,
      type: rel.type,
      modality: rel.modality,
      color: "#999",
      size: 1,
      emphasizedSize: EMPHASIZED_EDGE_SCALE,
      dashSize: 0,
    });
  }
  return graph;
}
