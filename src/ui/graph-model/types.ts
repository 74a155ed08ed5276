/**
 * Graph model: the explorer's own view of the knowledge graph, read once from GET /api/graph and
 * decoded by the contract's decoders. Every feature (filters, details, highlight, source reader)
 * works on these records, keyed by id.
 */
import type { EntityRecord, RelationshipRecord } from "../../contract/records.ts";

export interface GraphModel {
  entities: Map<string, EntityRecord>;
  relationships: Map<string, RelationshipRecord>;
}
