/**
 * Neo4j connection: opens the one driver a process uses (it pools connections and routes reads and
 * writes itself) and checks that the server answers, failing fast with a message naming the URI.
 *
 * Timeouts are short on purpose: a wrong URI or a stopped server must be reported within seconds, not
 * after the driver's default 30 s retry window. `maxTransactionRetryTime` still gives managed
 * transactions a few seconds of retries for transient errors (leader switch, deadlock).
 */
import neo4j, { type Config, type Driver, type ServerInfo } from "neo4j-driver";
import type { Neo4jConfig } from "./neo4j-config.ts";
import { unavailableError } from "./neo4j-errors.ts";

/** Driver settings used unless overridden. */
export const DEFAULT_DRIVER_CONFIG: Readonly<Config> = {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxConnectionPoolSize: 20,
  maxTransactionRetryTime: 5_000,
  userAgent: "lagebild",
};

/** Longest wait for the first answer of the server before giving up. */
export const CONNECT_DEADLINE_MS = 12_000;

/** Opens a driver (no network traffic yet); throws naming the URI when the driver rejects it. */
export function createNeo4jDriver(config: Neo4jConfig, overrides: Config = {}): Driver {
  try {
    return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      ...DEFAULT_DRIVER_CONFIG,
      ...overrides,
    });
  } catch (error) {
    throw new Error(
      `neo4j: cannot open a driver for ${config.uri}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** Asks the server who it is; throws EngineUnavailableError naming the URI and cause within the deadline. */
export async function verifyNeo4j(
  driver: Driver,
  config: Pick<Neo4jConfig, "uri" | "database">,
  deadlineMs: number = CONNECT_DEADLINE_MS,
): Promise<ServerInfo> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${Math.round(deadlineMs / 1000)} s`)),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([driver.getServerInfo({ database: config.database }), deadline]);
  } catch (error) {
    throw unavailableError({ uri: config.uri, database: config.database }, error);
  } finally {
    clearTimeout(timer);
  }
}
