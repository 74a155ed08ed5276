/**
 * File-access check: every spelling of LOAD CSV and of file/URL procedures and functions is found by
 * the parse (comments, CALL {}, parameters and variables as URLs, backticks, case), and the same words
 * in strings, comments and property names are not. The statements the server declares checked (its
 * explorer queries, which are not parsed at run time) are each parsed here and proved clean.
 */
import { describe, expect, it } from "vitest";
import {
  checkedStatementTexts,
  findFileAccess,
  isFileAccessName,
  parseForFileAccess,
} from "../../../src/engine/file-access-check.ts";
import { EXPLORER_QUERIES } from "../../../src/server/explorer-queries.ts";
import { FILE_ACCESS_PAYLOADS, SAFE_QUERIES } from "../../fixtures/security-payloads.ts";

describe("findFileAccess", () => {
  it.each(FILE_ACCESS_PAYLOADS)("refuses %j (%s)", async (query, what) => {
    const found = await findFileAccess(query);
    expect(found?.what).toBe(what);
  });

  it.each(SAFE_QUERIES)("lets %j through", async (query) => {
    expect(await findFileAccess(query)).toBeNull();
  });

  it("still finds LOAD CSV in a query the grammar cannot parse", async () => {
    expect(await findFileAccess("MATCH (n RETURN n LOAD CSV FROM 'x' AS l")).toMatchObject({
      what: "LOAD CSV",
    });
  });
});

describe("statements declared checked", () => {
  it("are the explorer's queries", () => {
    expect(checkedStatementTexts().sort()).toEqual(Object.values(EXPLORER_QUERIES).sort());
  });

  it.each(checkedStatementTexts().map((q) => [q.split("\n")[0], q] as const))(
    "%s … reads no file, by the grammar's own verdict",
    async (_first, query) => {
      expect(await parseForFileAccess(query)).toBeNull();
    },
  );

  it("do not let a file-reading text through because it resembles one of them", async () => {
    const [first] = checkedStatementTexts();
    const query = `${first} UNION LOAD CSV FROM '/etc/passwd' AS l RETURN l AS n`;
    expect(await findFileAccess(query)).toMatchObject({ what: "LOAD CSV" });
  });
});

describe("isFileAccessName", () => {
  it.each([
    ["apoc.load.json", true],
    ["apoc.export.json.all", true],
    ["gds.graph.export", true],
    ["custom.fetchUrl", true],
    ["apoc.text.join", false],
    ["db.labels", false],
    ["toUpper", false],
    ["apoc.coll.sum", false],
  ] as const)("%s → %s", (name, expected) => {
    expect(isFileAccessName(name)).toBe(expected);
  });
});
