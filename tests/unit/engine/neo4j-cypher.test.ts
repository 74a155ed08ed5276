/**
 * Every Cypher statement the project sends to Neo4j (the explorer's queries, every loader statement
 * for every kind and type of the vocabulary, the engine's helper queries) passes Neo4j's own parser and
 * semantic analysis, as shipped in @neo4j-cypher/language-support, for Cypher 5 and Cypher 25.
 *
 * The schema given to the linter declares the labels, relationship types, property keys and parameters
 * the project uses and Neo4j's built-in functions and procedures (the registry the package ships as
 * `testData.mockSchema`, captured from a Neo4j server), so a misspelt label, property, parameter or
 * function shows up as a diagnostic. No warning is allowed: none is expected for these queries.
 */
import { lintCypherQuery, testData, type DbSchema } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { NEO4J_ENGINE_QUERIES } from "../../../src/engine/neo4j/neo4j-engine.ts";
import {
  labelCountQuery,
  NEO4J_SCHEMA_QUERIES,
  typeCountQuery,
} from "../../../src/engine/neo4j/neo4j-schema.ts";
import { allNeo4jLoadQueries, NEO4J_LOAD_QUERIES } from "../../../src/engine/neo4j/neo4j-load-queries.ts";
import { ENTITY_LABEL } from "../../../src/contract/decoders.ts";
import { entityToRow, relationshipToRow } from "../../../src/engine/graph-rows.ts";
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from "../../../src/model/vocabulary.ts";
import { EXPLORER_QUERIES } from "../../../src/server/explorer-queries.ts";
import { READER_QUESTIONS } from "../knowledge/reader-questions.ts";

const SEVERITY = { error: 1, warning: 2 } as const;

const sampleEntity = entityToRow(
  {
    id: "mark-rutte",
    kind: "Person",
    name: "Mark Rutte",
    name_de: "Mark Rutte",
    aliases: ["Rutte"],
    description: "NATO Secretary General.",
    date: "2024-10-01/..",
  },
  { x: 0, y: 0, community: 0, rank: 0, degree: 1 },
);
const sampleRelationship = relationshipToRow({
  id: "mark-rutte-succeeds-stoltenberg",
  type: "SUCCEEDS",
  source: "mark-rutte",
  target: "jens-stoltenberg",
  summary: "Rutte succeeds Stoltenberg.",
  date: "2024-10",
  modality: "reported",
  attributed_to: "diplomats",
  quantity: "most",
  condition: "us-election-2024",
  says: ["other-relationship"],
  evidence: [{ source: "afp-2024-10-rutte-nato", quote: "Rutte", start: 0, end: 5 }],
});

/** Every parameter the queries may use, with a value of the right shape. */
const PARAMETERS: Record<string, unknown> = {
  q: "rutte",
  exact: "|rutte|",
  prefix: "|rutte",
  limit: 10,
  offset: 0,
  minRank: 0,
  id: "mark-rutte",
  ids: ["mark-rutte"],
  from: "mark-rutte",
  to: "nato",
  rows: [],
  expected: {},
  office: "nato-secretary-general",
  day: "2024-09-15",
  batchSize: 500,
};

function schema(version: "CYPHER 5" | "CYPHER 25"): DbSchema {
  return {
    labels: [ENTITY_LABEL, ...ENTITY_KINDS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...new Set([...Object.keys(sampleEntity), ...Object.keys(sampleRelationship)])],
    parameters: PARAMETERS,
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    defaultLanguage: version,
  };
}

const QUERIES: [name: string, query: string][] = [
  ...Object.entries(EXPLORER_QUERIES).map(([name, query]): [string, string] => [`explorer ${name}`, query]),
  ...allNeo4jLoadQueries().map(([name, query]): [string, string] => [`loader ${name}`, query]),
  ...Object.entries(NEO4J_ENGINE_QUERIES).map(([name, query]): [string, string] => [`engine ${name}`, query]),
  ...Object.entries(NEO4J_SCHEMA_QUERIES).map(([name, query]): [string, string] => [`schema ${name}`, query]),
  ["schema count of a label", labelCountQuery(ENTITY_LABEL)],
  ["schema count of a type", typeCountQuery("SUCCEEDS")],
  ...READER_QUESTIONS.map((q): [string, string] => [`reader question: ${q.question}`, q.query]),
];

function diagnostics(query: string, version: "CYPHER 5" | "CYPHER 25"): string[] {
  return lintCypherQuery(query, schema(version)).diagnostics.map(
    (d) =>
      `${d.severity === SEVERITY.error ? "error" : "warning"} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`,
  );
}

describe("the set of checked queries", () => {
  it("covers the explorer, every loader statement for every kind and type, the engine's helpers and the reader's questions", () => {
    const explorer = Object.keys(EXPLORER_QUERIES).length;
    const loaderStatic = Object.values(NEO4J_LOAD_QUERIES).filter((q) => typeof q === "string").length;
    expect(QUERIES).toHaveLength(
      explorer +
        loaderStatic +
        ENTITY_KINDS.length +
        RELATIONSHIP_TYPES.length +
        Object.keys(NEO4J_ENGINE_QUERIES).length +
        Object.keys(NEO4J_SCHEMA_QUERIES).length +
        2 +
        READER_QUESTIONS.length,
    );
    expect(new Set(QUERIES.map(([name]) => name)).size).toBe(QUERIES.length);
  });
});

describe.each(["CYPHER 5", "CYPHER 25"] as const)("Neo4j's parser and semantic analysis (%s)", (version) => {
  it.each(QUERIES)("accept %s without errors or warnings", (_name, query) => {
    expect(diagnostics(query, version)).toEqual([]);
  });
});

describe("the checker is not vacuous", () => {
  it.each([
    ["a syntax error", "MATCH (n:Entity {id: $id} RETURN n", /Invalid input/],
    [
      "an undefined variable (semantic analysis)",
      "MATCH (n:Entity {id: $id})\nRETURN m",
      /Variable `m` not defined/,
    ],
    [
      "an unknown function",
      "MATCH (n:Entity) RETURN elementIdd(n) AS x",
      /Function elementIdd is not present/,
    ],
    ["an undeclared parameter", "MATCH (n:Entity {id: $nope}) RETURN n", /Parameter \$nope is not defined/],
  ])("reports %s as an error", (_what, query, expected) => {
    const errors = diagnostics(query, "CYPHER 5").filter((d) => d.startsWith("error"));
    expect(errors.join("\n")).toMatch(expected);
  });

  it("reports a label outside the schema as a warning", () => {
    expect(diagnostics("MATCH (n:Entiy) RETURN n", "CYPHER 5").join("\n")).toMatch(
      /Label Entiy is not present/,
    );
  });
});

describe("splicing labels and types", () => {
  it.each([
    [
      "label",
      labelCountQuery("X`) DETACH DELETE (n) //"),
      "Label `X``) DETACH DELETE (n) //` is not present",
    ],
    [
      "type",
      typeCountQuery("T`]->() DELETE r //"),
      "Relationship type `T``]->() DELETE r //` is not present",
    ],
  ])("keeps a hostile %s name the database lists one quoted identifier", (_what, query, warning) => {
    const found = diagnostics(query, "CYPHER 5");
    expect(found.filter((d) => d.startsWith("error"))).toEqual([]);
    expect(found.join("\n")).toContain(warning);
  });

  it.each([
    ["entity kind", () => NEO4J_LOAD_QUERIES.upsertEntities("Person) DETACH DELETE (x")],
    ["relationship type", () => NEO4J_LOAD_QUERIES.upsertRelationships("KNOWS]->() DELETE r //")],
  ])("refuses an %s outside the vocabulary", (_what, build) => {
    expect(build).toThrow(/is not in the vocabulary; expected one of/);
  });
});
