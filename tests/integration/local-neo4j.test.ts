/**
 * The local Neo4j (tools/neo4j-server) as `npm run neo4j:start|stop` drive it: a second start reuses
 * the running server, a stop leaves no process and no settings behind, and a restart comes back on the
 * same port with the data and the password it had, so a running explorer can reconnect.
 *
 * Runs only on the server the global setup started (not on a NEO4J_URI given by the user).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  boltAnswers,
  findRunningNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../tools/neo4j-server/launcher/local-neo4j.ts";
import { NEO4J_ENABLED } from "./neo4j-test-env.ts";

const STATE_DIR = process.env["LAGEBILD_NEO4J_STATE_DIR"];
const MODULE_DIR = fileURLToPath(new URL("../../tools/neo4j-server", import.meta.url));

/** Whether the process runs (a zombie awaiting its parent's wait() has stopped running). */
function isRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  const state = readFileSync(stat, "utf8").split(") ")[1]?.[0];
  return state !== "Z" && state !== "X";
}

async function countMarkers(uri: string, password: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    const { records } = await driver.executeQuery("MATCH (n:LagebildRestartMarker) RETURN count(n) AS n");
    return Number(records[0]?.get("n"));
  } finally {
    await driver.close();
  }
}

describe.skipIf(!NEO4J_ENABLED || !STATE_DIR)("the local Neo4j started by the project", () => {
  const stateDir = STATE_DIR ?? "";

  it("reuses the running server on a second start", async () => {
    const again = await startLocalNeo4j({ stateDir, moduleDir: MODULE_DIR });
    expect(again).toMatchObject({ reused: true, uri: process.env["NEO4J_URI"] });
    expect(readFileSync(again.envFile, "utf8")).toContain(`NEO4J_URI=${again.uri}\n`);
  });

  it(
    "stops leaving no process and no settings, then restarts on the same port with its data",
    { timeout: 180_000 },
    async () => {
      const before = await findRunningNeo4j(stateDir);
      if (!before) throw new Error("expected the local Neo4j of the global setup to be running");
      const driver = neo4j.driver(before.uri, neo4j.auth.basic("neo4j", before.password));
      await driver.executeQuery("CREATE (:LagebildRestartMarker)");
      await driver.close();

      expect(await stopLocalNeo4j(stateDir)).toBe(true);
      expect(isRunning(before.pid)).toBe(false);
      expect(existsSync(before.envFile)).toBe(false);
      await expect(boltAnswers(before.uri, before.password)).rejects.toThrow();
      expect(await stopLocalNeo4j(stateDir)).toBe(false);

      const after = await startLocalNeo4j({ stateDir, moduleDir: MODULE_DIR, watchPid: process.ppid });
      expect(after).toMatchObject({ reused: false, uri: before.uri, password: before.password });
      expect(after.pid).not.toBe(before.pid);
      expect(await countMarkers(after.uri, after.password)).toBe(1);
      const driver2 = neo4j.driver(after.uri, neo4j.auth.basic("neo4j", after.password));
      await driver2.executeQuery("MATCH (n:LagebildRestartMarker) DELETE n");
      await driver2.close();
    },
  );
});
