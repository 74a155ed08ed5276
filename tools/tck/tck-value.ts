/**
 * TCK values: one representation for what a feature file expects and for what the engine returned, so
 * a single comparison serves both. Integers are bigints (the TCK checks 64-bit precision); a JS number
 * whose integer/float type the engine's value does not tell is kept apart as `number`.
 */

export interface TckNode {
  kind: "node";
  labels: string[];
  properties: Map<string, TckValue>;
}

export interface TckRelationship {
  kind: "relationship";
  type: string;
  properties: Map<string, TckValue>;
}

/** One hop of a path; `forward` is null for a self-loop, whose direction a result cannot show. */
export interface TckPathStep {
  relationship: TckRelationship;
  forward: boolean | null;
  node: TckNode;
}

export interface TckPath {
  kind: "path";
  start: TckNode;
  steps: TckPathStep[];
}

export type TckValue =
  | { kind: "null" }
  | { kind: "boolean"; value: boolean }
  | { kind: "integer"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "list"; items: TckValue[] }
  | { kind: "map"; entries: Map<string, TckValue> }
  | TckNode
  | TckRelationship
  | TckPath;

export const TCK_NULL: TckValue = { kind: "null" };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function formatName(name: string): string {
  return IDENTIFIER.test(name) ? name : "`" + name.replaceAll("`", "``") + "`";
}

function formatFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function formatString(value: string): string {
  return "'" + value.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll("\n", "\\n") + "'";
}

function formatProperties(properties: Map<string, TckValue>): string {
  if (properties.size === 0) return "";
  return " " + formatTckValue({ kind: "map", entries: properties });
}

function formatNode(node: TckNode): string {
  const labels = node.labels.map((l) => `:${formatName(l)}`).join("");
  return `(${labels}${formatProperties(node.properties)})`.replace("( ", "(");
}

function formatRelationship(rel: TckRelationship): string {
  return `[:${formatName(rel.type)}${formatProperties(rel.properties)}]`;
}

/** Formats a value in the TCK's result syntax (the inverse of parseTckValue, up to spacing). */
export function formatTckValue(value: TckValue): string {
  switch (value.kind) {
    case "null":
      return "null";
    case "boolean":
      return String(value.value);
    case "integer":
      return value.value.toString();
    case "float":
      return formatFloat(value.value);
    case "number":
      return String(value.value);
    case "string":
      return formatString(value.value);
    case "list":
      return `[${value.items.map(formatTckValue).join(", ")}]`;
    case "map":
      return `{${[...value.entries].map(([k, v]) => `${formatName(k)}: ${formatTckValue(v)}`).join(", ")}}`;
    case "node":
      return formatNode(value);
    case "relationship":
      return formatRelationship(value);
    case "path":
      return `<${formatNode(value.start)}${value.steps
        .map((s) => {
          const rel = formatRelationship(s.relationship);
          return (s.forward === false ? `<-${rel}-` : `-${rel}->`) + formatNode(s.node);
        })
        .join("")}>`;
  }
}

/**
 * Converts a TCK parameter value to a driver value: scalars as they are, lists and maps item by item,
 * integers (bigints) through the engine's `integer` mapping. Nodes, relationships and paths cannot be
 * parameters.
 */
export function toParameter(value: TckValue, integer: (value: bigint) => unknown): unknown {
  switch (value.kind) {
    case "null":
      return null;
    case "integer":
      return integer(value.value);
    case "boolean":
    case "float":
    case "number":
    case "string":
      return value.value;
    case "list":
      return value.items.map((item) => toParameter(item, integer));
    case "map":
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, toParameter(v, integer)]));
    default:
      throw new Error(`parameters: a ${value.kind} cannot be a parameter; expected a scalar, list or map`);
  }
}
