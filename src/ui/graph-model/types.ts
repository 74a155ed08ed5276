/**
 * Graph model: the explorer's own view of the knowledge graph, read once from GET /api/graph. Every
 * feature (filters, details, highlight, source reader) works on these plain records, keyed by id.
 */

export interface Evidence {
  source: string;
  quote: string;
  start: number;
  end: number;
}

export interface EntityRecord {
  id: string;
  kind: string;
  name: string;
  nameDe: string;
  aliases: string[];
  description: string;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  summary: string;
  date: string;
  /** First and last day the date covers (YYYY-MM-DD), or null when the date is missing. */
  dateFrom: string | null;
  dateTo: string | null;
  modality: string;
  /** Entity id of the speaker the claim is attributed to, or null (the article's own voice). */
  attributedTo: string | null;
  /** Every piece of evidence, in graph-data's order (empty when the result carried none). */
  evidence: Evidence[];
}

export interface GraphModel {
  entities: Map<string, EntityRecord>;
  relationships: Map<string, RelationshipRecord>;
}
