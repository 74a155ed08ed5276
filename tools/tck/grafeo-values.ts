/**
 * Grafeo values as TckValues, and TckValues as query parameters. Grafeo returns nodes as `{_id, _labels, …props}`, relationships as
 * `{_id, _source, _target, _type, …props}` and paths as `{nodes, edges}`; numbers are JS numbers (so
 * 1 and 1.0 look alike: they become `number`) or bigints past 2^53. Temporal values come back as
 * strings, as the TCK writes them.
 */
import {
  toParameter,
  type TckNode,
  type TckPathStep,
  type TckRelationship,
  type TckValue,
} from "./tck-value.ts";

type Raw = Record<string, unknown>;

const NODE_KEYS = new Set(["_id", "_labels"]);
const RELATIONSHIP_KEYS = new Set(["_id", "_type", "_source", "_target"]);

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for Grafeo's shape of a node. */
export function isGrafeoNode(value: unknown): value is Raw {
  return isRecord(value) && "_id" in value && Array.isArray(value._labels);
}

/** True for Grafeo's shape of a relationship. */
export function isGrafeoRelationship(value: unknown): value is Raw {
  return isRecord(value) && "_id" in value && typeof value._type === "string" && "_source" in value;
}

function isGrafeoPath(value: Raw): boolean {
  const { nodes, edges } = value;
  return (
    Object.keys(value).length === 2 &&
    Array.isArray(nodes) &&
    Array.isArray(edges) &&
    nodes.length === edges.length + 1 &&
    nodes.every(isGrafeoNode) &&
    edges.every(isGrafeoRelationship)
  );
}

function properties(raw: Raw, reserved: Set<string>): Map<string, TckValue> {
  const entries = new Map<string, TckValue>();
  for (const [key, value] of Object.entries(raw)) {
    if (!reserved.has(key) && value !== null && value !== undefined) entries.set(key, fromGrafeo(value));
  }
  return entries;
}

function toNode(raw: Raw): TckNode {
  return {
    kind: "node",
    labels: (raw._labels as unknown[]).map(String),
    properties: properties(raw, NODE_KEYS),
  };
}

function toRelationship(raw: Raw): TckRelationship {
  return { kind: "relationship", type: String(raw._type), properties: properties(raw, RELATIONSHIP_KEYS) };
}

function toPath(raw: Raw): TckValue {
  const nodes = raw.nodes as Raw[];
  const edges = raw.edges as Raw[];
  const steps: TckPathStep[] = edges.map((edge, i) => {
    const from = String(nodes[i]!._id);
    const source = String(edge._source);
    const loop = source === String(edge._target);
    return {
      relationship: toRelationship(edge),
      forward: loop ? null : source === from,
      node: toNode(nodes[i + 1]!),
    };
  });
  return { kind: "path", start: toNode(nodes[0]!), steps };
}

/** Converts one value of a Grafeo result row. */
export function fromGrafeo(value: unknown): TckValue {
  if (value === null || value === undefined) return { kind: "null" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "bigint") return { kind: "integer", value };
  if (typeof value === "string") return { kind: "string", value };
  // Grafeo returns a local datetime as a Date (milliseconds, read as UTC): show it without a zone.
  if (value instanceof Date) return { kind: "string", value: value.toISOString().replace(/Z$/, "") };
  if (Buffer.isBuffer(value)) return { kind: "string", value: value.toString("hex") };
  if (ArrayBuffer.isView(value))
    return { kind: "list", items: Array.from(value as Float32Array, fromGrafeo) };
  if (Array.isArray(value)) return { kind: "list", items: value.map(fromGrafeo) };
  if (!isRecord(value)) return { kind: "string", value: String(value) };
  if (typeof value.$decimal === "string") return { kind: "float", value: Number(value.$decimal) };
  if (isGrafeoNode(value)) return toNode(value);
  if (isGrafeoRelationship(value)) return toRelationship(value);
  if (isGrafeoPath(value)) return toPath(value);
  const entries = new Map<string, TckValue>();
  for (const [key, item] of Object.entries(value)) entries.set(key, fromGrafeo(item));
  return { kind: "map", entries };
}

/** Converts a TCK parameter value to what executeCypher takes (integers past 2^53 as bigint). */
export function toGrafeo(value: TckValue): unknown {
  return toParameter(value, (n) => (Number.isSafeInteger(Number(n)) ? Number(n) : n));
}
