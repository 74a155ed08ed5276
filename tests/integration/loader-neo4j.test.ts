/**
 * The loader command on a live Neo4j, as a user runs it (`npm run load -- --engine neo4j …` as a child
 * process): a load killed in the middle and run again completes with every element once; `--wipe
 * --yes` leaves only graph-data. Works on a synthetic corpus (gen:corpus) big enough to be killed
 * mid-load. Writes to the target database and wipes it at the end.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/cli/gen-corpus.ts";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { loadNeo4j } from "../../src/engine/neo4j/neo4j-loader.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { NEO4J_ENABLED, NEO4J_SKIP_REASON } from "./neo4j-test-env.ts";

const CORPUS = { entities: 2_000, relationships: 6_000, sources: 3, seed: 9 };

if (!NEO4J_ENABLED) it.skip(NEO4J_SKIP_REASON, () => undefined);

/**
 * Runs the load command; with `killWhen`, kills it as soon as that check (polled every 100 ms once it
 * has connected to Neo4j) says it has written part of the corpus. Polling the database, not a fixed
 * delay, because on a busy machine the load may not have written anything 3 s after connecting.
 */
function runLoad(
  args: string[],
  killWhen?: () => Promise<boolean>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/load.ts", "--engine", "neo4j", ...args],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: process.env,
      },
    );
    let output = "";
    let exited = false;
    const poll = async (check: () => Promise<boolean>) => {
      while (!exited && !(await check())) await new Promise((wait) => setTimeout(wait, 100));
      if (!exited) child.kill("SIGKILL");
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (killWhen !== undefined && output.includes("connected to Neo4j")) {
        void poll(killWhen).catch(reject);
        killWhen = undefined;
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      exited = true;
      resolve({ code, output });
    });
  });
}

describe.skipIf(!NEO4J_ENABLED)("the load command on a live Neo4j", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-corpus-"));
  const config = NEO4J_ENABLED ? resolveNeo4jConfig() : undefined;

  async function counts(): Promise<{ nodes: number; relationships: number; duplicates: number }> {
    const driver = createNeo4jDriver(config!);
    try {
      const { records } = await driver.executeQuery(
        `MATCH (n:Entity) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids
         OPTIONAL MATCH ()-[r]->() WITH nodes, ids, count(r) AS relationships, count(DISTINCT r.id) AS rids
         RETURN nodes, relationships, (nodes - ids) + (relationships - rids) AS duplicates`,
        {},
        { database: config!.database },
      );
      const row = records[0]!;
      return {
        nodes: Number(row.get("nodes")),
        relationships: Number(row.get("relationships")),
        duplicates: Number(row.get("duplicates")),
      };
    } finally {
      await driver.close();
    }
  }

  beforeAll(async () => {
    writeCorpus(dir, CORPUS);
    const driver = createNeo4jDriver(config!);
    await loadNeo4j(
      driver,
      { sources: [], entities: [], relationships: [] },
      { database: config!.database, wipe: true },
    );
    await driver.close();
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const driver = createNeo4jDriver(config!);
    await loadNeo4j(
      driver,
      { sources: [], entities: [], relationships: [] },
      { database: config!.database, wipe: true },
    );
    await driver.close();
  });

  it(
    "completes a load that was killed mid-way when run again, with every element once",
    { timeout: 240_000 },
    async () => {
      const started = async () => {
        const { nodes, relationships } = await counts();
        return nodes + relationships > 0;
      };
      const killed = await runLoad(["--dir", dir, "--batch-size", "50"], started);
      expect(killed.code).toBeNull();
      const partial = await counts();
      expect(partial.nodes + partial.relationships).toBeGreaterThan(0);
      expect(partial.nodes + partial.relationships).toBeLessThan(CORPUS.entities + CORPUS.relationships);

      const rerun = await runLoad(["--dir", dir]);
      expect(rerun.code, rerun.output).toBe(0);
      expect(await counts()).toEqual({
        nodes: CORPUS.entities,
        relationships: CORPUS.relationships,
        duplicates: 0,
      });
    },
  );

  it("leaves only graph-data after --wipe --yes", { timeout: 120_000 }, async () => {
    const result = await runLoad(["--wipe", "--yes"]);
    expect(result.code, result.output).toBe(0);
    const graph = loadGraphData();
    expect(await counts()).toEqual({
      nodes: graph.entities.length,
      relationships: graph.relationships.length,
      duplicates: 0,
    });
  });
});
