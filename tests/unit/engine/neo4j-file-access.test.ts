/**
 * The Neo4j engine refuses file and URL access before it connects, so the refusal does not depend on
 * the server's settings (apoc.import.file.enabled …): every payload of the corpus is FILE_ACCESS_FORBIDDEN
 * against a port where nothing listens, and a cancelled signal stops a query before it is sent.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Neo4jEngine } from "../../../src/engine/neo4j/neo4j-engine.ts";
import { FILE_ACCESS_PAYLOADS } from "../../fixtures/security-payloads.ts";

const engine = new Neo4jEngine({ uri: "neo4j://127.0.0.1:1", username: "neo4j", password: "not-used" });

afterAll(async () => {
  await engine.close();
});

describe("Neo4jEngine and file access", () => {
  it.each(FILE_ACCESS_PAYLOADS)("refuses %j before connecting", async (query, what) => {
    const error = await engine.run(query, { url: "/etc/passwd" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FILE_ACCESS_FORBIDDEN" });
    expect((error as Error).message).toContain(what);
    expect((error as Error).message).toMatch(/^neo4j: /);
  });

  it("does not refuse when the caller allows file access (npm run query --allow-file-access)", async () => {
    const error = await engine
      .run("LOAD CSV FROM 'file:///x.csv' AS l RETURN l", {}, { allowFileAccess: true, readOnly: false })
      .catch((e: unknown) => e);
    expect(error).not.toMatchObject({ code: "FILE_ACCESS_FORBIDDEN" });
  });

  it("answers CANCELLED for a signal that is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await engine
      .run("MATCH (n) RETURN n", {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CANCELLED" });
  });
});
