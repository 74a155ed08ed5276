/**
 * Graphology graph of the knowledge graph: one node per entity (keyed by id), one directed edge per
 * relationship (keyed by id, parallel edges allowed). The export formats and the tests build on it.
 */
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "./knowledge-graph.ts";
import type { Entity, Relationship } from "./schema.ts";

/** A node's attributes: the entity's fields (its id is the node key) and a label for viewers. */
export type EntityNodeAttributes = Omit<Entity, "id"> & { label: string };

/** An edge's attributes: the relationship's fields (id, source and target are the edge's own). */
export type RelationshipEdgeAttributes = Omit<Relationship, "id" | "source" | "target"> & { label: string };

export type KnowledgeGraphology = MultiDirectedGraph<EntityNodeAttributes, RelationshipEdgeAttributes>;

/** Builds the graphology graph. */
export function buildGraphology(graph: KnowledgeGraph): KnowledgeGraphology {
  const g: KnowledgeGraphology = new MultiDirectedGraph();
  for (const e of graph.entities) {
    g.addNode(e.id, {
      label: e.name,
      kind: e.kind,
      name: e.name,
      name_de: e.name_de,
      aliases: [...e.aliases],
      description: e.description,
      ...(e.date === undefined ? {} : { date: e.date }),
    });
  }
  for (const r of graph.relationships) {
    g.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      type: r.type,
      label: r.type,
      summary: r.summary,
      date: r.date,
      modality: r.modality,
      ...(r.attributed_to === undefined ? {} : { attributed_to: r.attributed_to }),
      ...(r.quantity === undefined ? {} : { quantity: r.quantity }),
      ...(r.condition === undefined ? {} : { condition: r.condition }),
      ...(r.says === undefined ? {} : { says: [...r.says] }),
      evidence: r.evidence.map((e) => ({ ...e })),
    });
  }
  return g;
}
