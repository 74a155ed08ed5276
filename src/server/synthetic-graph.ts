/**
 * Synthetic graphs: deterministic random graphs of N entities with about five relationships each, in
 * the result model, for benchmarks of the front end at 1k, 10k and 50k nodes.
 */
import { ENTITY_KINDS, MODALITIES, RELATIONSHIP_TYPES } from "../model/vocabulary.ts";
import type { ResultNode, ResultRelationship } from "../contract/query-result.ts";
import { seededRandom } from "../model/seeded-random.ts";

/** N nodes and 5·N relationships, the same for the same N and seed. */
export function syntheticGraph(
  n: number,
  edgesPerNode = 5,
  seed = 42,
): { nodes: ResultNode[]; relationships: ResultRelationship[] } {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const nodes: ResultNode[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(ENTITY_KINDS);
    nodes.push({
      kind: "node",
      id: `s${i}`,
      labels: ["Entity", kind],
      properties: {
        id: `s${i}`,
        kind,
        name: `Entity ${i}`,
        name_de: `Entität ${i}`,
        aliases: [],
        description: "synthetic",
      },
    });
  }
  const relationships: ResultRelationship[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      let j = Math.floor(rand() * n);
      if (j === i) j = (j + 1) % n;
      const id = `s${i}-${k}`;
      relationships.push({
        kind: "relationship",
        id,
        type: pick(RELATIONSHIP_TYPES),
        start: `s${i}`,
        end: `s${j}`,
        properties: {
          id,
          modality: pick(MODALITIES),
          date: "2024-10",
          date_from: "2024-10-01",
          date_to: "2024-10-31",
          summary: "synthetic",
        },
      });
    }
  }
  return { nodes, relationships };
}
