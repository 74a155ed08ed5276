/**
 * Knowledge graph: the validated content of graph-data held in memory, the one input every
 * engine loader, exporter and the graphology builder take.
 */
import type { Entity, Relationship, SourceMeta } from "./schema.ts";

/** A source document: its metadata and its full text (offsets index into `text`, UTF-16 code units). */
export interface SourceDocument extends SourceMeta {
  text: string;
}

/** Everything graph-data holds, after validation. */
export interface KnowledgeGraph {
  sources: SourceDocument[];
  entities: Entity[];
  relationships: Relationship[];
}
