/**
 * Neo4j schema: labels, relationship types and property keys from the database's catalogue
 * (`db.labels()`, `db.relationshipTypes()`, `db.propertyKeys()`) and their counts from Neo4j's count
 * store (`MATCH (n:Label) RETURN count(n)` is answered without touching a node), so GET /api/schema
 * costs a few round-trips at any size instead of reading every node and relationship.
 *
 * The count queries name a label or type that the database itself listed; it is written as a quoted
 * identifier with backticks doubled, as Cypher escapes them, so no name can end the identifier.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { EngineSchema } from "../cypher-engine.ts";

export const NEO4J_SCHEMA_QUERIES = {
  labels: "CALL db.labels() YIELD label RETURN label",
  relationshipTypes: "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
  propertyKeys: "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey",
  nodeCount: "MATCH (n) RETURN count(n) AS count",
  relationshipCount: "MATCH ()-[r]->() RETURN count(r) AS count",
} as const;

/** `name` as a Cypher quoted identifier. */
export const quoteIdentifier = (name: string): string => `\`${name.replaceAll("`", "``")}\``;

/** The count-store query of one label. */
export const labelCountQuery = (label: string): string =>
  `MATCH (n:${quoteIdentifier(label)}) RETURN count(n) AS count`;

/** The count-store query of one relationship type. */
export const typeCountQuery = (type: string): string =>
  `MATCH ()-[r:${quoteIdentifier(type)}]->() RETURN count(r) AS count`;

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0));
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads the schema in one read transaction; labels and types no node or relationship has are left out. */
export async function readNeo4jSchema(driver: Driver, database?: string): Promise<EngineSchema> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    return await session.executeRead(async (tx) => {
      const names = async (query: string, column: string): Promise<string[]> =>
        (await tx.run(query)).records.map((r) => String(r.get(column))).sort(byName);
      const count = async (query: string): Promise<number> =>
        toNumber((await tx.run(query)).records[0]?.get("count"));
      const labels = [];
      for (const label of await names(NEO4J_SCHEMA_QUERIES.labels, "label")) {
        labels.push({ label, count: await count(labelCountQuery(label)) });
      }
      const relationshipTypes = [];
      for (const type of await names(NEO4J_SCHEMA_QUERIES.relationshipTypes, "relationshipType")) {
        relationshipTypes.push({ type, count: await count(typeCountQuery(type)) });
      }
      return {
        labels: labels.filter((l) => l.count > 0),
        relationshipTypes: relationshipTypes.filter((t) => t.count > 0),
        propertyKeys: await names(NEO4J_SCHEMA_QUERIES.propertyKeys, "propertyKey"),
        nodes: await count(NEO4J_SCHEMA_QUERIES.nodeCount),
        relationships: await count(NEO4J_SCHEMA_QUERIES.relationshipCount),
      };
    });
  } finally {
    await session.close();
  }
}
