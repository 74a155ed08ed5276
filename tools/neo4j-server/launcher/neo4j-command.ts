/**
 * `npm run neo4j:start|stop|status|build`: the local Neo4j for people. `start` prints the settings as shell
 * lines on stdout (progress goes to stderr), so `eval "$(npm run -s neo4j:start)"` works, and writes
 * them to `.lagebild/neo4j/env`, which every Lagebild command reads after `.env`.
 */
import { join } from "node:path";
import { buildServer } from "./build-server.ts";
import { findJava, findMaven } from "./java-runtime.ts";
import { envLines, findRunningNeo4j, startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.ts";

export const USAGE = "usage: npm run neo4j:start | neo4j:stop | neo4j:status | neo4j:build";

/** The state directory of the local Neo4j people start (the tests use their own). */
export function defaultStateDir(repoRoot: string): string {
  return join(repoRoot, ".lagebild", "neo4j");
}

/** Runs one sub-command; returns the exit code. */
export async function runNeo4jCommand(command: string | undefined, repoRoot: string): Promise<number> {
  const stateDir = defaultStateDir(repoRoot);
  const moduleDir = join(repoRoot, "tools", "neo4j-server");
  switch (command) {
    case "start": {
      const server = await startLocalNeo4j({ stateDir, moduleDir });
      process.stderr.write(
        `neo4j: ${server.reused ? "already running" : "running"} (pid ${server.pid}); settings in ${server.envFile}\n`,
      );
      process.stdout.write(envLines(server));
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j(stateDir);
      process.stderr.write(stopped ? "neo4j: stopped\n" : "neo4j: was not running\n");
      return 0;
    }
    case "status": {
      const server = await findRunningNeo4j(stateDir);
      process.stdout.write(server ? `running: ${server.uri} (pid ${server.pid})\n` : "not running\n");
      return server ? 0 : 1;
    }
    case "build": {
      const java = findJava();
      if ("reason" in java) throw new Error(`neo4j: ${java.reason}`);
      const mvn = findMaven();
      if (!mvn) throw new Error("neo4j: Maven (mvn) is not on PATH; expected it to build tools/neo4j-server");
      await buildServer(moduleDir, java, mvn, (line) => process.stderr.write(`${line}\n`));
      process.stderr.write(`neo4j: ${moduleDir} is built (Java ${java.major} at ${java.home})\n`);
      return 0;
    }
    default:
      process.stderr.write(`neo4j: unknown command "${command ?? ""}"; ${USAGE}\n`);
      return 2;
  }
}
