/**
 * `npm run load`: graph-data goes into the engine --engine names, through the registry. The embedded
 * store is written and then served by `query --store` and `engine:check --store`; for Neo4j, missing
 * settings and an unconfirmable --wipe stop the command before any connection; flags of the wrong
 * engine are refused instead of silently loading somewhere else.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCheck } from "../../../src/cli/check.ts";
import { runLoad } from "../../../src/cli/load.ts";
import { runQuery } from "../../../src/cli/query.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";
import { fakeCommandIo as io } from "./command-io.fake.ts";

const ENTITIES = loadGraphData().entities.length;
const EMPTY_GRAPH: KnowledgeGraph = { sources: [], entities: [], relationships: [] };
const scratch = mkdtempSync(join(tmpdir(), "lagebild-load-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function capture(run: () => Promise<number>): Promise<{ code: number; message: string }> {
  const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const code = await run();
    return { code, message: printed.mock.calls.map((c) => c.join(" ")).join("\n") };
  } finally {
    printed.mockRestore();
  }
}

describe("load into the embedded store", () => {
  const store = join(scratch, "seed.grafeo");

  it("writes graph-data to --store and prints counts by kind and type", async () => {
    const out = io();
    expect(await runLoad(["--store", store], out)).toBe(0);
    expect(out.output()).toMatch(/validated graph-data: \d+ entities, \d+ relationships/);
    expect(out.output()).toContain(`loaded into the embedded store ${store}`);
    expect(out.output()).toContain(`nodes: ${ENTITIES} (`);
  });

  it("serves that store to query and engine:check", async () => {
    const query = io();
    const code = await runQuery(
      ["--store", store, "--format", "json", "MATCH (n:Entity {id: 'mark-rutte'}) RETURN n.name AS name"],
      query,
    );
    expect(code).toBe(0);
    expect(JSON.parse(query.output())).toMatchObject({ columns: ["name"], rows: [{ name: "Mark Rutte" }] });
    const check = io();
    expect(await runCheck(["--store", store], check)).toBe(0);
    expect(check.output()).toMatch(
      new RegExp(`^grafeo: ok: Grafeo \\S+ \\(embedded\\), store .*: ${ENTITIES} nodes, \\d+ relationships`),
    );
  });

  it("reports a missing store as an unavailable engine (exit 3)", async () => {
    const { code, message } = await capture(() => runCheck(["--store", join(scratch, "none.grafeo")], io()));
    expect(code).toBe(3);
    expect(message).toMatch(/none\.grafeo" not found; expected a file written by npm run load/);
  });
});

describe("load into Neo4j before connecting", () => {
  it.each([["--engine", "neo4j"], ["--neo4j"]])("names the missing settings (%s)", async (...argv) => {
    const { code, message } = await capture(() => runLoad(argv, io(), () => EMPTY_GRAPH));
    expect(code).toBe(1);
    expect(message).toMatch(
      /missing NEO4J_URI \(or --uri\), NEO4J_USERNAME \(or --username\), NEO4J_PASSWORD/,
    );
  });

  it("refuses --wipe without --yes when stdin is not a terminal", async () => {
    const env = { NEO4J_URI: "neo4j://127.0.0.1:1", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "x" };
    const { code, message } = await capture(() =>
      runLoad(["--engine", "neo4j", "--wipe"], io(env), () => EMPTY_GRAPH),
    );
    expect(code).toBe(1);
    expect(message).toMatch(
      /--wipe deletes every node and relationship of neo4j:\/\/127\.0\.0\.1:1 .*pass --yes/,
    );
    expect(message).not.toMatch(/cannot reach/);
  });

  it.each([
    [["--uri", "bolt://127.0.0.1:9"], /--uri is a setting of --engine neo4j, not of grafeo/],
    [["--engine", "neo4j", "--store", "x.grafeo"], /--store is a setting of --engine grafeo, not of neo4j/],
    [["--neo4j", "--engine", "grafeo"], /--neo4j and --engine grafeo disagree/],
  ])("refuses %j instead of loading into another engine", async (argv, message) => {
    const { code, message: printed } = await capture(() => runLoad(argv, io(), () => EMPTY_GRAPH));
    expect(code).toBe(1);
    expect(printed).toMatch(message);
  });
});
