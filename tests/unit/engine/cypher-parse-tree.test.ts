/**
 * Cypher parse tree: the generated lexer and parser, loaded alone, give exactly the tree that
 * @neo4j-cypher/language-support's own `getDebugTree` gives (the tree the file-access check read
 * before), for every security payload, every harmless query, every explorer query, several statements
 * in one text, and text the grammar cannot parse; so the check's verdicts are unchanged.
 */
import { getDebugTree } from "@neo4j-cypher/language-support";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCypherParser, type ParseCypher } from "../../../src/engine/cypher-parse-tree.ts";
import { EXPLORER_QUERIES } from "../../../src/server/explorer-queries.ts";
import { FILE_ACCESS_PAYLOADS, SAFE_QUERIES } from "../../fixtures/security-payloads.ts";

const QUERIES: string[] = [
  ...FILE_ACCESS_PAYLOADS.map(([query]) => query),
  ...SAFE_QUERIES,
  ...Object.values(EXPLORER_QUERIES),
  "MATCH (n) RETURN n; LOAD CSV FROM '/etc/passwd' AS l RETURN l;",
  "RETURN 1;;RETURN 2",
  "MATCH (n RETURN n LOAD CSV FROM 'x' AS l",
  "LOAD",
  "",
  "   ",
  "CREATE (n:Entity {id: 'x'}) SET n.name = '\\u004C' RETURN n",
];

let parse: ParseCypher;

beforeAll(async () => {
  parse = await loadCypherParser();
});

describe("loadCypherParser", () => {
  it.each(QUERIES.map((q) => [q] as const))("parses %j into the package's own tree", (query) => {
    expect(parse(query)).toEqual(getDebugTree(query));
  });

  it("parses a nested expression into the package's own tree", () => {
    const query = `RETURN ${"(".repeat(100)}1${")".repeat(100)} AS x`;
    expect(parse(query)).toEqual(getDebugTree(query));
  });
});
