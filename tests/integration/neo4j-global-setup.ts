/**
 * Vitest global setup of the `neo4j` project: gives the Neo4j tests a live server.
 *
 * - NEO4J_URI already set: those tests use that server (they write to it and wipe it).
 * - Otherwise, with Java 21+ and Maven here: starts the local Neo4j (tools/neo4j-server) in its own
 *   state directory, `.lagebild/neo4j-test`, on an empty database, and stops it in teardown. The server
 *   also stops by itself if this process dies.
 * - Otherwise the tests are skipped, and LAGEBILD_NEO4J_SKIP_REASON says why. With
 *   LAGEBILD_REQUIRE_NEO4J=1 (CI and `npm run test:neo4j`) a server that cannot start is a failure.
 * The settings reach the test workers through process.env, which they inherit.
 */
import { fileURLToPath } from "node:url";
import { startLocalNeo4j, stopLocalNeo4j } from "../../tools/neo4j-server/launcher/local-neo4j.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STATE_DIR = `${REPO_ROOT}.lagebild/neo4j-test`;
const MODULE_DIR = `${REPO_ROOT}tools/neo4j-server`;

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env["NEO4J_URI"]) {
    console.warn(
      `neo4j tests: using NEO4J_URI=${process.env["NEO4J_URI"]} (it will be written to and wiped)`,
    );
    return undefined;
  }
  const required = ["1", "true"].includes(process.env["LAGEBILD_REQUIRE_NEO4J"] ?? "");
  try {
    const server = await startLocalNeo4j({
      stateDir: STATE_DIR,
      moduleDir: MODULE_DIR,
      fresh: true,
      watchPid: process.pid,
      log: (line) => console.warn(line),
    });
    process.env["NEO4J_URI"] = server.uri;
    process.env["NEO4J_USERNAME"] = server.username;
    process.env["NEO4J_PASSWORD"] = server.password;
    process.env["LAGEBILD_NEO4J_STATE_DIR"] = STATE_DIR;
    console.warn(`neo4j tests: local Neo4j on ${server.uri} (pid ${server.pid})`);
  } catch (error) {
    const reason = `no Neo4j for the integration tests: ${error instanceof Error ? error.message : String(error)}`;
    if (required) throw new Error(`${reason} (LAGEBILD_REQUIRE_NEO4J is set, so this fails the run)`);
    process.env["LAGEBILD_NEO4J_SKIP_REASON"] = reason;
    console.warn(`${reason}; the Neo4j tests are skipped`);
    return undefined;
  }
  return async () => {
    await stopLocalNeo4j(STATE_DIR);
  };
}
