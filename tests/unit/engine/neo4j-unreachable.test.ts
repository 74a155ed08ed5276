/**
 * Pointing the Neo4j engine and `load --engine neo4j` at a port where nothing listens fails fast (well
 * within 15 s) with a message naming the URI and the cause; checks that need no server (the static
 * write refusal, option validation, the row cap) hold without one.
 */
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runLoad } from "../../../src/cli/load.ts";
import { consumeCapped, Neo4jEngine } from "../../../src/engine/neo4j/neo4j-engine.ts";
import { EngineUnavailableError, QueryError } from "../../../src/model/errors.ts";
import type { KnowledgeGraph } from "../../../src/model/knowledge-graph.ts";
import { fakeCommandIo } from "../cli/command-io.fake.ts";

const URI = "neo4j://127.0.0.1:1";
const DEADLINE_MS = 15_000;
const EMPTY_GRAPH: KnowledgeGraph = { sources: [], entities: [], relationships: [] };

const engine = new Neo4jEngine({ uri: URI, username: "neo4j", password: "not-used" });

afterAll(async () => {
  await engine.close();
});

async function timed(work: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await work();
    return { error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

describe("Neo4jEngine with no server at the URI", () => {
  it.each([
    ["run()", () => engine.run("MATCH (n) RETURN n LIMIT 1")],
    ["stats()", () => engine.stats()],
    ["load()", () => engine.load(EMPTY_GRAPH)],
  ])("%s fails with EngineUnavailableError naming the URI and the cause", async (_what, call) => {
    const { error, ms } = await timed(call);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toContain(`cannot reach Neo4j at ${URI}`);
    expect((error as Error).message).toMatch(/ECONNREFUSED|connect/);
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it("refuses a write before connecting, so the refusal does not depend on the server", async () => {
    const { error } = await timed(() => engine.run("MATCH (n:Entity)\nDETACH DELETE n"));
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ code: "WRITE_FORBIDDEN", position: { line: 2, column: 1 } });
  });

  it.each([
    [{ timeoutMs: 0 }, /timeoutMs 0 is invalid/],
    [{ maxRows: -1 }, /maxRows -1 is invalid/],
    [{ maxRows: 1.5 }, /maxRows 1.5 is invalid/],
  ])("rejects the options %o as BAD_REQUEST", async (options, message) => {
    const { error } = await timed(() => engine.run("RETURN 1", {}, options));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as Error).message).toMatch(message);
  });
});

describe("load --engine neo4j with no server at the URI", () => {
  const io = () => fakeCommandIo({ NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "not-used" });

  it("exits non-zero within 15 s, naming the URI and the cause", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const started = performance.now();
      const code = await runLoad(["--engine", "neo4j", "--uri", URI], io(), () => EMPTY_GRAPH);
      expect(performance.now() - started).toBeLessThan(DEADLINE_MS);
      expect(code).toBe(3);
      const message = printed.mock.calls.map((c) => c.join(" ")).join("\n");
      expect(message).toContain(`cannot reach Neo4j at ${URI}`);
      expect(message).toMatch(/ECONNREFUSED/);
    } finally {
      printed.mockRestore();
    }
  });
});

describe("consumeCapped", () => {
  function records(count: number): {
    iterable: AsyncIterable<InstanceType<typeof neo4j.types.Record>>;
    pulled: () => number;
  } {
    let pulled = 0;
    async function* generate() {
      for (let i = 0; i < count; i++) {
        pulled++;
        yield new neo4j.types.Record(["i"], [neo4j.int(i)]);
      }
    }
    return { iterable: generate(), pulled: () => pulled };
  }

  it.each([
    [5, 3, 3, true],
    [5, 5, 5, false],
    [5, 10, 5, false],
    [5, 0, 0, true],
    [0, 0, 0, false],
  ])(
    "of %i records with maxRows %i keeps %i (truncated: %s) and pulls at most one more",
    async (count, max, kept, truncated) => {
      const source = records(count);
      const result = await consumeCapped(source.iterable, max);
      expect(result.records).toHaveLength(kept);
      expect(result.truncated).toBe(truncated);
      expect(source.pulled()).toBeLessThanOrEqual(max + 1);
    },
  );
});
