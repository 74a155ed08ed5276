/**
 * The Neo4j the TCK runs on. A configured server (NEO4J_URI … from the environment, `.env` or the local
 * Neo4j's `.lagebild/neo4j/env`, as every Lagebild command reads them) is used when there is one; the TCK
 * deletes everything in it between scenarios, so a database that holds data is refused unless `--wipe`
 * is given. Without a configured server, or with `--own-server`, a throwaway local Neo4j is started from
 * tools/neo4j-server in `.lagebild/neo4j-tck` and stopped after the run.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createNeo4jDriver, verifyNeo4j } from "../../src/engine/neo4j/neo4j-connection.ts";
import {
  describeNeo4jConfig,
  resolveNeo4jConfig,
  type Neo4jConfig,
} from "../../src/engine/neo4j/neo4j-config.ts";
import { startLocalNeo4j, stopLocalNeo4j } from "../neo4j-server/launcher/local-neo4j.ts";

export interface Neo4jTarget {
  driver: Driver;
  config: Neo4jConfig;
  /** The server's version and default Cypher language, e.g. `Neo4j 2026.08.1 community, CYPHER 5`. */
  version: string;
  /** Says which server this is and where, for the report's first line. */
  description: string;
  /** Closes the driver, and stops the server if the TCK started it. */
  close(): Promise<void>;
}

export interface Neo4jTargetOptions {
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  /** Directory whose `.env` and `.lagebild/neo4j/env` are read (the working directory). */
  cwd: string;
  ownServer: boolean;
  wipe: boolean;
  log: (line: string) => void;
}

/** Where the throwaway server keeps its state, below the repository. */
export const TCK_STATE_DIR = path.join(".lagebild", "neo4j-tck");

function configured(options: Neo4jTargetOptions): Neo4jConfig | undefined {
  if (options.ownServer) return undefined;
  try {
    return resolveNeo4jConfig({ env: options.env, cwd: options.cwd });
  } catch (error) {
    // Only "nothing configured" falls back to a throwaway server; a wrong setting is reported.
    if (error instanceof Error && error.message.includes("missing NEO4J_URI")) return undefined;
    throw error;
  }
}

async function serverVersion(driver: Driver, config: Neo4jConfig): Promise<string> {
  const session = driver.session(config.database === undefined ? {} : { database: config.database });
  try {
    const kernel = await session.run(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const record = kernel.records[0];
    const version = record
      ? `Neo4j ${String(record.get("version"))} ${String(record.get("edition"))}`
      : "Neo4j";
    const languages = await session
      .run("SHOW DATABASES YIELD name, home, defaultLanguage WHERE home RETURN defaultLanguage")
      .then((r) => r.records.map((row) => String(row.get("defaultLanguage"))))
      .catch(() => []);
    return languages.length > 0 ? `${version}, ${languages[0]}` : version;
  } finally {
    await session.close();
  }
}

async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = createNeo4jDriver(config, { useBigInt: true, userAgent: "lagebild-tck" });
  try {
    await verifyNeo4j(driver, config);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

async function refuseData(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = driver.session(config.database === undefined ? {} : { database: config.database });
  try {
    const result = await session.run("MATCH (n) RETURN count(n) AS n");
    const nodes = Number(result.records[0]?.get("n") ?? 0);
    if (nodes > 0) {
      throw new Error(
        `tck: the Neo4j at ${describeNeo4jConfig(config)} holds ${nodes} nodes, and the TCK deletes every node, ` +
          "relationship, index and constraint between scenarios; expected an empty database. Pass --wipe to " +
          "run on it anyway, or --own-server to run on a throwaway local Neo4j.",
      );
    }
  } finally {
    await session.close();
  }
}

/** Connects to the configured Neo4j, or starts a throwaway one; throws saying why it cannot. */
export async function openNeo4jTarget(options: Neo4jTargetOptions): Promise<Neo4jTarget> {
  const config = configured(options);
  if (config) {
    const driver = await openDriver(config);
    try {
      if (!options.wipe) await refuseData(driver, config);
      const version = await serverVersion(driver, config);
      return {
        driver,
        config,
        version,
        description: `${version} at ${describeNeo4jConfig(config)}`,
        close: () => driver.close(),
      };
    } catch (error) {
      await driver.close();
      throw error;
    }
  }
  const stateDir = path.join(options.repoRoot, TCK_STATE_DIR);
  const server = await startLocalNeo4j({
    stateDir,
    moduleDir: path.join(options.repoRoot, "tools", "neo4j-server"),
    fresh: true,
    watchPid: process.pid,
    log: options.log,
  });
  const local: Neo4jConfig = { uri: server.uri, username: server.username, password: server.password };
  try {
    const driver = await openDriver(local);
    const version = await serverVersion(driver, local);
    return {
      driver,
      config: local,
      version,
      description: `${version}, a throwaway local server on ${server.uri} (${stateDir})`,
      close: async () => {
        await driver.close();
        await stopLocalNeo4j(stateDir);
      },
    };
  } catch (error) {
    await stopLocalNeo4j(stateDir);
    throw error;
  }
}
