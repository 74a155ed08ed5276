/**
 * The seed graph as the explorer sees it: graph-data loaded and mapped the way the server maps it
 * (graph rows → API nodes and relationships → the UI's model). Real data, no mocks.
 */
import { entityToRow, relationshipToRow } from "../../../src/engine/graph-rows.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import type { ResultNode, ResultRelationship } from "../../../src/contract/query-result.ts";
import type { GraphModel } from "../../../src/ui/graph-model/types.ts";
import { buildModel } from "../../../src/ui/graph-model/utils.ts";

/** API-shaped nodes and relationships of the seed graph. */
export function seedApiGraph(): { nodes: ResultNode[]; relationships: ResultRelationship[] } {
  const graph = loadGraphData();
  const nodes: ResultNode[] = graph.entities.map((e) => {
    const { search_text: _search, ...properties } = entityToRow(e);
    return { kind: "node", id: e.id, labels: ["Entity", e.kind], properties };
  });
  const relationships: ResultRelationship[] = graph.relationships.map((r) => {
    const { source, target, type, ...properties } = relationshipToRow(r);
    return { kind: "relationship", id: r.id, type, start: source, end: target, properties };
  });
  return { nodes, relationships };
}

/** The UI model of the seed graph. */
export function seedModel(): GraphModel {
  const { nodes, relationships } = seedApiGraph();
  return buildModel(nodes, relationships);
}
