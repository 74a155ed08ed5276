/**
 * Neo4j value mapping: turns what the driver returns (Integer, temporal and spatial values, Node,
 * Relationship, Path, lists, maps) into the engine-neutral result model and collects the graph found in
 * the rows; and turns JSON parameters into driver values.
 *
 * Node ids are the entity `id` property when there is one (stable, shared with Grafeo), else Neo4j's
 * `elementId`. A relationship only knows its endpoints' element ids, so they are resolved to node ids
 * from the nodes in the same result, and the rest through a caller-supplied lookup that must run in the
 * same transaction (element ids are only guaranteed stable within one).
 */
import neo4j from "neo4j-driver";
import type { Integer, Node, Path, Record as Neo4jRecord, Relationship } from "neo4j-driver";
import type {
  JsonValue,
  QueryResult,
  ResultNode,
  ResultPath,
  ResultRelationship,
  ResultValue,
} from "../../contract/query-result.ts";

/** Maps element ids to the `id` property of their nodes (absent or null when the node has none). */
export type EndpointResolver = (elementIds: string[]) => Promise<Map<string, string | null>>;

/** Rows and graph of a result, before timing and truncation are added. */
export type MappedRecords = Pick<QueryResult, "rows" | "graph">;

function integerToJson(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function bigintToJson(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

/** Values the driver prints in their ISO 8601 (or Cypher) text form. */
function isTextual(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value) ||
    neo4j.isUUID(value) ||
    neo4j.isUnsupportedType(value)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Plain JSON for a property value: Integers as numbers when safe else strings, temporals as ISO text. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return integerToJson(value);
  if (typeof value === "bigint") return bigintToJson(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isTextual(value)) return String(value);
  if (value instanceof Date) return value.toISOString();
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<unknown>, toJsonValue);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonValue(v);
    return out;
  }
  return String(value);
}

function properties(props: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toJsonValue(v);
  return out;
}

/** The `id` property as text, when the element has a usable one. */
function idProperty(props: Record<string, unknown>): string | undefined {
  const id = toJsonValue(props["id"]);
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}

/** The result id of a node: its `id` property, else its element id. */
export function nodeResultId(node: Node): string {
  return idProperty(node.properties as Record<string, unknown>) ?? node.elementId;
}

// ---------------------------------------------------------------------------------------------------
// Walking rows: first to learn node ids and endpoints, then to map.

function walk(value: unknown, visit: (element: Node | Relationship) => void): void {
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) visit(value);
  else if (neo4j.isPath(value)) {
    visit(value.start);
    for (const segment of value.segments) {
      visit(segment.relationship);
      visit(segment.end);
    }
  } else if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (isPlainObject(value)) for (const v of Object.values(value)) walk(v, visit);
}

/** Maps values with known node ids and gathers every node and relationship once. */
class GraphCollector {
  readonly nodes = new Map<string, ResultNode>();
  readonly relationships = new Map<string, ResultRelationship>();

  constructor(private readonly idsByElementId: ReadonlyMap<string, string>) {}

  map(value: unknown): ResultValue {
    if (neo4j.isNode(value)) return this.node(value);
    if (neo4j.isRelationship(value)) return this.relationship(value);
    if (neo4j.isPath(value)) return this.path(value);
    if (Array.isArray(value)) return value.map((v) => this.map(v));
    if (isPlainObject(value)) {
      const out: Record<string, ResultValue> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.map(v);
      return out as ResultValue;
    }
    return toJsonValue(value);
  }

  private endpoint(elementId: string): string {
    return this.idsByElementId.get(elementId) ?? elementId;
  }

  private node(node: Node): ResultNode {
    const id = nodeResultId(node);
    const mapped: ResultNode = {
      kind: "node",
      id,
      labels: [...node.labels].sort(),
      properties: properties(node.properties as Record<string, unknown>),
    };
    if (!this.nodes.has(id)) this.nodes.set(id, mapped);
    return mapped;
  }

  private relationship(rel: Relationship): ResultRelationship {
    const props = rel.properties as Record<string, unknown>;
    const id = idProperty(props) ?? rel.elementId;
    const mapped: ResultRelationship = {
      kind: "relationship",
      id,
      type: rel.type,
      start: this.endpoint(rel.startNodeElementId),
      end: this.endpoint(rel.endNodeElementId),
      properties: properties(props),
    };
    if (!this.relationships.has(id)) this.relationships.set(id, mapped);
    return mapped;
  }

  private path(path: Path): ResultPath {
    return {
      kind: "path",
      nodes: [this.node(path.start), ...path.segments.map((s) => this.node(s.end))],
      relationships: path.segments.map((s) => this.relationship(s.relationship)),
    };
  }
}

/** Maps records to rows and collects their graph; unknown endpoints are looked up through `resolve`. */
export async function mapRecords(
  records: readonly Neo4jRecord[],
  resolve?: EndpointResolver,
): Promise<MappedRecords> {
  const ids = new Map<string, string>();
  const endpoints = new Set<string>();
  for (const record of records) {
    for (const key of record.keys) {
      walk(record.get(key), (element) => {
        if (neo4j.isNode(element)) ids.set(element.elementId, nodeResultId(element));
        else {
          endpoints.add(element.startNodeElementId);
          endpoints.add(element.endNodeElementId);
        }
      });
    }
  }
  const missing = [...endpoints].filter((e) => !ids.has(e));
  if (missing.length > 0 && resolve) {
    for (const [elementId, id] of await resolve(missing)) ids.set(elementId, id ?? elementId);
  }
  const collector = new GraphCollector(ids);
  const rows = records.map((record) => {
    const row: Record<string, ResultValue> = {};
    for (const key of record.keys) row[String(key)] = collector.map(record.get(key));
    return row;
  });
  return {
    rows,
    graph: { nodes: [...collector.nodes.values()], relationships: [...collector.relationships.values()] },
  };
}

// ---------------------------------------------------------------------------------------------------
// Parameters: JSON in, driver values out.

/** A parameter value for the driver: whole numbers become Integers (Cypher's LIMIT and ids need them). */
export function toNeo4jValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (typeof value === "bigint") return neo4j.int(value.toString());
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (isPlainObject(value)) return toNeo4jParams(value);
  return value;
}

/** Maps every parameter with toNeo4jValue. */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = toNeo4jValue(v);
  return out;
}
