/**
 * Grafeo value mapping: turns the values Grafeo returns (nodes as `{_id, _labels, …}`, relationships as
 * `{_id, _source, _target, _type, …}`, paths as `{nodes, edges}`, bigints, Dates, Buffers) into the
 * engine-neutral result model, and collects the graph found in the rows.
 *
 * Node ids are the entity `id` property when there is one (stable, meaningful, shared with Neo4j),
 * else `node:<internal id>`; relationship endpoints are resolved through the same rule.
 */
import type {
  JsonValue,
  ResultNode,
  ResultPath,
  ResultRelationship,
  ResultValue,
} from "../../contract/query-result.ts";

type Raw = Record<string, unknown>;

/** Resolves a Grafeo internal node id to the result id of that node. */
export type NodeIdResolver = (internalId: number) => string;

function isRawNode(v: Raw): boolean {
  return "_id" in v && Array.isArray(v["_labels"]);
}

function isRawRelationship(v: Raw): boolean {
  return "_id" in v && "_type" in v && "_source" in v && "_target" in v;
}

function isRawPath(v: Raw): boolean {
  return Array.isArray(v["nodes"]) && Array.isArray(v["edges"]) && Object.keys(v).length === 2;
}

/** Plain JSON for a non-graph value: bigints become numbers when safe, else strings. */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString("base64");
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v);
    return out;
  }
  return String(value);
}

function properties(raw: Raw): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith("_")) out[k] = toJson(v);
  return out;
}

/** Collects nodes and relationships, each once, while values are mapped. */
export class GraphCollector {
  readonly nodes = new Map<string, ResultNode>();
  readonly relationships = new Map<string, ResultRelationship>();

  constructor(private readonly resolve: NodeIdResolver) {}

  /** Maps one cell value. */
  map(value: unknown): ResultValue {
    if (Array.isArray(value)) return value.map((v) => this.map(v));
    if (value === null || typeof value !== "object" || value instanceof Date || ArrayBuffer.isView(value)) {
      return toJson(value);
    }
    const raw = value as Raw;
    if (isRawNode(raw)) return this.node(raw);
    if (isRawRelationship(raw)) return this.relationship(raw);
    if (isRawPath(raw)) return this.path(raw);
    const out: Record<string, ResultValue> = {};
    for (const [k, v] of Object.entries(raw)) out[k] = this.map(v);
    return out as ResultValue;
  }

  private node(raw: Raw): ResultNode {
    const props = properties(raw);
    const id = typeof props["id"] === "string" ? props["id"] : this.resolve(Number(raw["_id"]));
    const node: ResultNode = {
      kind: "node",
      id,
      labels: [...(raw["_labels"] as string[])].sort(),
      properties: props,
    };
    this.nodes.set(id, node);
    return node;
  }

  private relationship(raw: Raw): ResultRelationship {
    const props = properties(raw);
    const id = typeof props["id"] === "string" ? props["id"] : `rel:${String(raw["_id"])}`;
    const rel: ResultRelationship = {
      kind: "relationship",
      id,
      type: String(raw["_type"]),
      start: this.resolve(Number(raw["_source"])),
      end: this.resolve(Number(raw["_target"])),
      properties: props,
    };
    this.relationships.set(id, rel);
    return rel;
  }

  private path(raw: Raw): ResultPath {
    return {
      kind: "path",
      nodes: (raw["nodes"] as Raw[]).map((n) => this.node(n)),
      relationships: (raw["edges"] as Raw[]).map((e) => this.relationship(e)),
    };
  }
}
