/**
 * The Neo4j the load bench writes to, empty before every load so that each one starts from the same
 * state: by default a local Neo4j of its own (tools/neo4j-server, state in `.lagebild/neo4j-bench`)
 * restarted on fresh store files before each load, so neither load inherits the other's store or warm
 * JVM; or, with `--target env --yes`, the server of NEO4J_URI (flags, environment or .env), whose
 * database is wiped (every node, relationship, index and constraint) before each load.
 */
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { resolveNeo4jConfig, type Neo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { startLocalNeo4j, stopLocalNeo4j } from "../neo4j-server/launcher/local-neo4j.ts";

export interface BenchNeo4j {
  /** What the table names as the server. */
  describe: string;
  /** An empty database to load into. */
  empty(): Promise<Neo4jConfig>;
  close(): Promise<void>;
}

/** A local Neo4j in `<repoRoot>/.lagebild/neo4j-bench`, restarted fresh for every load. */
export function localBenchNeo4j(repoRoot: string, log: (line: string) => void): BenchNeo4j {
  const stateDir = join(repoRoot, ".lagebild", "neo4j-bench");
  const moduleDir = join(repoRoot, "tools", "neo4j-server");
  return {
    describe: "local Neo4j (tools/neo4j-server), fresh store files before each load",
    async empty() {
      const server = await startLocalNeo4j({ stateDir, moduleDir, fresh: true, watchPid: process.pid, log });
      return { uri: server.uri, username: server.username, password: server.password };
    },
    async close() {
      await stopLocalNeo4j(stateDir);
    },
  };
}

/** Deletes every node and relationship (in batches), then every constraint and index. */
export async function wipeNeo4j(config: Neo4jConfig): Promise<void> {
  const driver = createNeo4jDriver(config);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: config.database });
  try {
    for (;;) {
      const result = await session.executeWrite((tx) =>
        tx.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted"),
      );
      if (Number(result.records[0]?.get("deleted") ?? 0) === 0) break;
    }
    const constraints = await session.run("SHOW CONSTRAINTS YIELD name RETURN name");
    for (const record of constraints.records)
      await session.run(`DROP CONSTRAINT \`${String(record.get("name")).replace(/`/g, "``")}\` IF EXISTS`);
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records)
      await session.run(`DROP INDEX \`${String(record.get("name")).replace(/`/g, "``")}\` IF EXISTS`);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** The server of NEO4J_URI (or flags, or .env), wiped before each load. */
export function configuredBenchNeo4j(flags: Partial<Neo4jConfig>, env: NodeJS.ProcessEnv): BenchNeo4j {
  const config = resolveNeo4jConfig({ flags, env });
  return {
    describe: `Neo4j at ${config.uri}${config.database ? ` (database ${config.database})` : ""}, wiped before each load`,
    async empty() {
      await wipeNeo4j(config);
      return config;
    },
    async close() {},
  };
}
