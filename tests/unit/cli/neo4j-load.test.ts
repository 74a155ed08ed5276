/**
 * `load --neo4j` arguments: the load command's own flags pass, typos and bad batch sizes are named,
 * missing connection settings and an unconfirmable --wipe stop the command before any connection.
 */
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { parseNeo4jLoadArgs, runNeo4jLoad, type Neo4jLoadIo } from "../../../src/cli/neo4j-load.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";

const EMPTY_GRAPH: KnowledgeGraph = { sources: [], entities: [], relationships: [] };

describe("parseNeo4jLoadArgs", () => {
  it("reads connection flags, modes and the batch size, ignoring the load command's own flags", () => {
    const args = parseNeo4jLoadArgs([
      "--neo4j",
      "--dir",
      "graph-data",
      "--uri",
      "bolt://localhost:7687",
      "--database",
      "lagebild",
      "--prune",
      "--wipe",
      "--yes",
      "--batch-size",
      "250",
    ]);
    expect(args).toEqual({
      flags: { uri: "bolt://localhost:7687", database: "lagebild" },
      prune: true,
      wipe: true,
      yes: true,
      batchSize: 250,
    });
  });

  it("defaults to an upsert without prune or wipe, in batches of 500", () => {
    expect(parseNeo4jLoadArgs(["--neo4j"])).toEqual({
      flags: {},
      prune: false,
      wipe: false,
      yes: false,
      batchSize: 500,
    });
  });

  it.each([
    [["--neo4j", "--prun"], /Unknown option '--prun'.*expected --uri, --username/],
    [["--neo4j", "extra"], /expected --uri/],
    [["--batch-size", "0"], /--batch-size "0": expected a whole number from 1 to 100000/],
    [["--batch-size", "ten"], /--batch-size "ten": expected a whole number/],
  ])("refuses %j naming what was expected", (argv, message) => {
    expect(() => parseNeo4jLoadArgs(argv)).toThrow(message);
  });
});

describe("runNeo4jLoad before connecting", () => {
  function io(env: NodeJS.ProcessEnv): Neo4jLoadIo {
    return {
      stdin: Object.assign(new PassThrough(), { isTTY: false }),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      env,
      cwd: "/nonexistent-lagebild-dir",
    };
  }

  async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; message: string }> {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const code = await runNeo4jLoad(EMPTY_GRAPH, argv, io(env));
      return { code, message: printed.mock.calls.map((c) => c.join(" ")).join("\n") };
    } finally {
      printed.mockRestore();
    }
  }

  it("names the missing settings", async () => {
    const { code, message } = await run(["--neo4j"], {});
    expect(code).toBe(1);
    expect(message).toMatch(
      /missing NEO4J_URI \(or --uri\), NEO4J_USERNAME \(or --username\), NEO4J_PASSWORD/,
    );
  });

  it("refuses --wipe without --yes when stdin is not a terminal", async () => {
    const env = { NEO4J_URI: "neo4j://127.0.0.1:1", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "x" };
    const { code, message } = await run(["--neo4j", "--wipe"], env);
    expect(code).toBe(1);
    expect(message).toMatch(
      /--wipe deletes every node and relationship of neo4j:\/\/127\.0\.0\.1:1 .*pass --yes/,
    );
    expect(message).not.toMatch(/cannot reach/);
  });
});
