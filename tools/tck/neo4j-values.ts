/**
 * Neo4j values as TckValues, and TckValues as Neo4j parameters. The driver runs with `useBigInt`, so
 * every Cypher INTEGER arrives as a bigint and every FLOAT as a JS number: unlike Grafeo's results, the
 * integer/float distinction the TCK checks is exact here (1 and 1.0 stay apart). Nodes keep labels and
 * properties; relationships their type and properties; paths their hops with the direction each
 * relationship was traversed in. Temporal values become their ISO-8601 text, which is how the TCK
 * writes them (temporal-strings.ts normalises the spelling on both sides).
 */
import neo4j from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";
import {
  toParameter,
  type TckNode,
  type TckPathStep,
  type TckRelationship,
  type TckValue,
} from "./tck-value.ts";

function properties(raw: Record<string, unknown>): Map<string, TckValue> {
  const entries = new Map<string, TckValue>();
  for (const [key, value] of Object.entries(raw)) {
    if (value !== null && value !== undefined) entries.set(key, fromNeo4j(value));
  }
  return entries;
}

function toNode(node: Node): TckNode {
  return { kind: "node", labels: [...node.labels], properties: properties(node.properties) };
}

function toRelationship(rel: Relationship): TckRelationship {
  return { kind: "relationship", type: rel.type, properties: properties(rel.properties) };
}

/** A path hop by hop; a hop is forward when its relationship starts at the node the hop leaves. */
function toPath(path: Path): TckValue {
  const steps: TckPathStep[] = path.segments.map((segment) => {
    const rel = segment.relationship;
    const loop = rel.startNodeElementId === rel.endNodeElementId;
    return {
      relationship: toRelationship(rel),
      forward: loop ? null : rel.startNodeElementId === segment.start.elementId,
      node: toNode(segment.end),
    };
  });
  return { kind: "path", start: toNode(path.start), steps };
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value)
  );
}

const NANOS_PER_SECOND = 1_000_000_000n;

/**
 * A duration as ISO-8601 text: months, days, then seconds with up to nine decimals. Written here rather
 * than by the driver, whose text ends a duration without a time part in a bare `T` (`P1YT`).
 */
export function formatDuration(months: bigint, days: bigint, seconds: bigint, nanoseconds: bigint): string {
  const total = seconds * NANOS_PER_SECOND + nanoseconds;
  const magnitude = total < 0n ? -total : total;
  const fraction = (magnitude % NANOS_PER_SECOND).toString().padStart(9, "0").replace(/0+$/, "");
  const secondsText = `${total < 0n ? "-" : ""}${magnitude / NANOS_PER_SECOND}${fraction ? `.${fraction}` : ""}`;
  const date = `${months === 0n ? "" : `${months}M`}${days === 0n ? "" : `${days}D`}`;
  const time = total === 0n ? "" : `T${secondsText}S`;
  return date || time ? `P${date}${time}` : "PT0S";
}

const big = (value: unknown) => BigInt(String(value));

/** Converts one value of a Neo4j record (driver created with `useBigInt: true`). */
export function fromNeo4j(value: unknown): TckValue {
  if (value === null || value === undefined) return { kind: "null" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "bigint") return { kind: "integer", value };
  if (typeof value === "number") return { kind: "float", value };
  if (typeof value === "string") return { kind: "string", value };
  if (neo4j.isInt(value)) return { kind: "integer", value: BigInt(value.toString()) };
  if (neo4j.isDuration(value)) {
    const { months, days, seconds, nanoseconds } = value;
    return { kind: "string", value: formatDuration(big(months), big(days), big(seconds), big(nanoseconds)) };
  }
  if (isTemporal(value) || neo4j.isPoint(value)) return { kind: "string", value: String(value) };
  if (neo4j.isNode(value)) return toNode(value);
  if (neo4j.isRelationship(value)) return toRelationship(value);
  if (neo4j.isPath(value)) return toPath(value);
  if (value instanceof Int8Array)
    return { kind: "list", items: Array.from(value, (b) => fromNeo4j(BigInt(b))) };
  if (Array.isArray(value)) return { kind: "list", items: value.map(fromNeo4j) };
  if (typeof value === "object") {
    // A map keeps its null entries ({a: null} is not {}); only properties cannot be null.
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => [k, fromNeo4j(v)] as const,
    );
    return { kind: "map", entries: new Map(entries) };
  }
  throw new Error(`neo4j values: cannot read a ${typeof value} from a Neo4j record; expected a Cypher value`);
}

/** Converts a TCK parameter value to a driver value: integers as bigint (INTEGER), floats as numbers (FLOAT). */
export function toNeo4j(value: TckValue): unknown {
  return toParameter(value, (n) => n);
}
