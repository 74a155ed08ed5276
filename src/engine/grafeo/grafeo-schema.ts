/**
 * Grafeo schema: labels, relationship types and property keys with counts from Grafeo's own
 * statistics (`db.schema()`, `nodeCount()`, `edgeCount()`), which it keeps as it writes: answering
 * GET /api/schema this way costs microseconds at any size, where `MATCH (n) UNWIND keys(n) …` and
 * `MATCH ()-[r]->() UNWIND keys(r) …` read every node and relationship (seconds at 500k).
 */
import type { EngineSchema } from "../cypher-engine.ts";
import type { GrafeoDatabase } from "./grafeo-module.ts";

interface Counted {
  name: string;
  count: number;
}

function counted(value: unknown, field: string): Counted[] {
  if (!Array.isArray(value)) {
    throw new Error(`grafeo schema: field "${field}" is ${typeof value}; expected a list of {name, count}`);
  }
  return value.map((item: unknown, i) => {
    const { name, count } = (item ?? {}) as { name?: unknown; count?: unknown };
    if (typeof name !== "string" || typeof count !== "number") {
      throw new Error(`grafeo schema: ${field}[${i}] is ${JSON.stringify(item)}; expected {name, count}`);
    }
    return { name, count };
  });
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The schema of the open graph; names sorted by code point (as Cypher's ORDER BY sorts strings). */
export function grafeoSchema(db: GrafeoDatabase): EngineSchema {
  const raw = (db.schema() ?? {}) as { labels?: unknown; edge_types?: unknown; property_keys?: unknown };
  const keys: unknown = raw.property_keys ?? [];
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== "string")) {
    throw new Error(
      `grafeo schema: field "property_keys" is ${JSON.stringify(keys)}; expected a list of names`,
    );
  }
  return {
    labels: counted(raw.labels ?? [], "labels")
      .filter((l) => l.count > 0)
      .map((l) => ({ label: l.name, count: l.count }))
      .sort((a, b) => byName(a.label, b.label)),
    relationshipTypes: counted(raw.edge_types ?? [], "edge_types")
      .filter((t) => t.count > 0)
      .map((t) => ({ type: t.name, count: t.count }))
      .sort((a, b) => byName(a.type, b.type)),
    propertyKeys: [...new Set(keys as string[])].sort(byName),
    nodes: db.nodeCount(),
    relationships: db.edgeCount(),
  };
}
