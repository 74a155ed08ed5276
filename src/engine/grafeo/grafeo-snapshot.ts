/**
 * Grafeo snapshots: builds a Grafeo database from a knowledge graph with bulk upserts and saves it as
 * one file. Query workers open snapshots read-only, so a read-only query is refused by the engine
 * itself, not by a keyword filter.
 */
import type { KnowledgeGraph } from "../../model/knowledge-graph.ts";
import { ENTITY_LABEL } from "../../contract/decoders.ts";
import { graphRows } from "../graph-rows.ts";
import { GrafeoDB } from "./grafeo-module.ts";

/** Builds the graph in memory and saves it to `path`; returns the counts written. */
export async function writeSnapshot(
  graph: KnowledgeGraph,
  path: string,
): Promise<{ nodes: number; relationships: number }> {
  const db = GrafeoDB.create();
  try {
    const { nodesByKind, relationshipsByType } = graphRows(graph);
    for (const [kind, rows] of nodesByKind) {
      await db.upsertNodes([ENTITY_LABEL, kind], rows, { key: "id" });
    }
    for (const [type, rows] of relationshipsByType) {
      const props = rows.map(({ type: _type, ...rest }) => rest);
      await db.upsertEdges(type, props, {
        key: "id",
        endpointKey: "id",
        endpointLabels: [ENTITY_LABEL],
        srcField: "source",
        dstField: "target",
      });
    }
    const counts = { nodes: db.nodeCount(), relationships: db.edgeCount() };
    const expected = { nodes: graph.entities.length, relationships: graph.relationships.length };
    if (counts.nodes !== expected.nodes || counts.relationships !== expected.relationships) {
      throw new Error(
        `grafeo snapshot: wrote ${counts.nodes} nodes and ${counts.relationships} relationships; expected ${expected.nodes} and ${expected.relationships}`,
      );
    }
    db.save(path);
    return counts;
  } finally {
    db.close();
  }
}
