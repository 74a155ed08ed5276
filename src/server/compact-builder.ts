/**
 * Compact builder: rows of the compact overview form (src/contract/api/overview.ts), numbering kinds,
 * types and modalities in tables as they come, so that each row carries small indexes, not names.
 */
import type { CompactGraph, CompactNode, CompactRelationship } from "../contract/api/overview.ts";

function indexOf(table: Map<string, number>, key: string): number {
  let i = table.get(key);
  if (i === undefined) table.set(key, (i = table.size));
  return i;
}

/** Collects compact rows; `graph()` gives them with their tables. */
export class CompactBuilder {
  private readonly kindIndex = new Map<string, number>();
  private readonly typeIndex = new Map<string, number>();
  private readonly modalityIndex = new Map<string, number>();
  readonly nodes: CompactNode[] = [];
  readonly relationships: CompactRelationship[] = [];

  /** Adds an entity at its stored place. */
  node(
    id: string,
    kind: string,
    name: string,
    x: number,
    y: number,
    degree: number,
    community: number,
    rank: number,
  ): void {
    this.nodes.push([id, indexOf(this.kindIndex, kind), name, x, y, degree, community, rank]);
  }

  /** Adds a relationship; `date` as graph-data writes it, "" when it has none. */
  relationship(
    id: string,
    type: string,
    source: string,
    target: string,
    modality: string,
    date: string,
  ): void {
    this.relationships.push([
      id,
      indexOf(this.typeIndex, type),
      source,
      target,
      indexOf(this.modalityIndex, modality),
      date,
    ]);
  }

  graph(): CompactGraph {
    return {
      kinds: [...this.kindIndex.keys()],
      types: [...this.typeIndex.keys()],
      modalities: [...this.modalityIndex.keys()],
      nodes: this.nodes,
      relationships: this.relationships,
    };
  }
}
