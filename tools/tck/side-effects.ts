/**
 * Side effects the TCK's way: snapshot the graph before and after the query and diff the snapshots.
 * +nodes/-nodes and +relationships/-relationships count element ids that appeared or vanished,
 * +labels/-labels count distinct label names that appeared in or vanished from the graph, and
 * +properties/-properties count (element, key, value) triples, so overwriting a value is +1 and -1.
 * Every kind the TCK uses is measured; a kind not in SIDE_EFFECT_KINDS fails as unknown.
 */
import { fromGrafeo, isGrafeoNode, isGrafeoRelationship } from "./grafeo-values.ts";
import { formatTckValue, type TckValue } from "./tck-value.ts";

/** What a snapshot holds, each as a set of canonical strings. */
export interface GraphState {
  nodes: Set<string>;
  relationships: Set<string>;
  labels: Set<string>;
  properties: Set<string>;
}

export const SIDE_EFFECT_KINDS = [
  "+nodes",
  "-nodes",
  "+relationships",
  "-relationships",
  "+labels",
  "-labels",
  "+properties",
  "-properties",
] as const;

export type SideEffectKind = (typeof SIDE_EFFECT_KINDS)[number];
export type SideEffects = Record<SideEffectKind, number>;

/** The queries whose rows `stateFromRows` reads: every node, then every relationship. */
export const STATE_QUERIES = { nodes: "MATCH (n) RETURN n", relationships: "MATCH ()-[r]->() RETURN r" };

/** A node or relationship of a snapshot: an id unique within the graph, labels, and properties. */
export interface SnapshotElement {
  id: string;
  labels?: readonly string[];
  properties: Map<string, TckValue>;
}

/** Builds a snapshot from every node and every relationship of a graph (any engine). */
export function stateFromElements(nodes: SnapshotElement[], relationships: SnapshotElement[]): GraphState {
  const state: GraphState = {
    nodes: new Set(),
    relationships: new Set(),
    labels: new Set(),
    properties: new Set(),
  };
  const addProperties = (element: string, properties: Map<string, TckValue>) => {
    for (const [key, value] of properties) {
      if (value.kind !== "null") state.properties.add(`${element}\u0000${key}\u0000${formatTckValue(value)}`);
    }
  };
  for (const node of nodes) {
    const id = `n${node.id}`;
    state.nodes.add(id);
    for (const label of node.labels ?? []) state.labels.add(label);
    addProperties(id, node.properties);
  }
  for (const rel of relationships) {
    const id = `r${rel.id}`;
    state.relationships.add(id);
    addProperties(id, rel.properties);
  }
  return state;
}

function grafeoProperties(raw: Record<string, unknown>, reserved: string[]): Map<string, TckValue> {
  const properties = new Map<string, TckValue>();
  for (const [key, value] of Object.entries(raw)) {
    if (!reserved.includes(key) && value !== null && value !== undefined)
      properties.set(key, fromGrafeo(value));
  }
  return properties;
}

/** Builds a snapshot from the values of STATE_QUERIES (Grafeo nodes and relationships). */
export function stateFromRows(nodes: unknown[], relationships: unknown[]): GraphState {
  return stateFromElements(
    nodes.map((node) => {
      if (!isGrafeoNode(node)) throw new Error(`side effects: expected a node from "${STATE_QUERIES.nodes}"`);
      const labels = (node._labels as unknown[]).map(String);
      return { id: String(node._id), labels, properties: grafeoProperties(node, ["_id", "_labels"]) };
    }),
    relationships.map((rel) => {
      if (!isGrafeoRelationship(rel)) {
        throw new Error(`side effects: expected a relationship from "${STATE_QUERIES.relationships}"`);
      }
      return {
        id: String(rel._id),
        properties: grafeoProperties(rel, ["_id", "_type", "_source", "_target"]),
      };
    }),
  );
}

function added(before: Set<string>, after: Set<string>): number {
  let count = 0;
  for (const item of after) if (!before.has(item)) count++;
  return count;
}

/** Diffs two snapshots into the TCK's side-effect counts. */
export function diffStates(before: GraphState, after: GraphState): SideEffects {
  return {
    "+nodes": added(before.nodes, after.nodes),
    "-nodes": added(after.nodes, before.nodes),
    "+relationships": added(before.relationships, after.relationships),
    "-relationships": added(after.relationships, before.relationships),
    "+labels": added(before.labels, after.labels),
    "-labels": added(after.labels, before.labels),
    "+properties": added(before.properties, after.properties),
    "-properties": added(after.properties, before.properties),
  };
}

/**
 * Compares measured side effects with a `the side effects should be:` table (kinds not listed must be 0;
 * an empty table means no side effects). Returns undefined when they match, else the reason.
 */
export function compareSideEffects(table: string[][], measured: SideEffects): string | undefined {
  const expected = Object.fromEntries(SIDE_EFFECT_KINDS.map((k) => [k, 0])) as SideEffects;
  for (const row of table) {
    const [kind = "", count = ""] = row.map((c) => c.trim());
    if (!(SIDE_EFFECT_KINDS as readonly string[]).includes(kind)) {
      return `unknown side-effect kind "${kind}"; expected one of ${SIDE_EFFECT_KINDS.join(", ")}`;
    }
    if (!/^\d+$/.test(count)) return `side effect "${kind}": expected a count, got "${count}"`;
    expected[kind as SideEffectKind] = Number(count);
  }
  const wrong = SIDE_EFFECT_KINDS.filter((k) => expected[k] !== measured[k]);
  if (wrong.length === 0) return undefined;
  return `side effects differ: ${wrong.map((k) => `${k} expected ${expected[k]}, got ${measured[k]}`).join(", ")}`;
}
