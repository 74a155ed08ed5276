/**
 * Neo4j as the registry sees it: connection settings from flags > environment > `.env`; `open` gives
 * an engine on the graph loaded earlier (not contacted yet, so a server can start while Neo4j is down
 * and report it in /api/health); `load` upserts graph-data in batches (optionally pruning or wiping
 * first); `check` asks the server who it is.
 *
 * `--wipe` needs a confirmation: typed on a terminal, or `--yes`. Without a terminal and without
 * `--yes` the load stops before it connects.
 */
import type { EngineDefinition, EngineFlagValues, LoadIo } from "../engine-definition.ts";
import { describeNeo4jConfig, resolveNeo4jConfig, type Neo4jConfig } from "./neo4j-config.ts";
import { createNeo4jDriver, verifyNeo4j } from "./neo4j-connection.ts";
import { Neo4jEngine } from "./neo4j-engine.ts";
import { mapNeo4jError } from "./neo4j-errors.ts";
import { DEFAULT_BATCH_SIZE, loadNeo4j, type Neo4jLoadSummary } from "./neo4j-loader.ts";

const MAX_BATCH_SIZE = 100_000;
const CONNECTION = ["uri", "username", "password", "database"] as const;

/** The connection settings among the flags. */
function connectionFlags(flags: EngineFlagValues): Partial<Neo4jConfig> {
  const out: Partial<Neo4jConfig> = {};
  for (const key of CONNECTION) {
    const value = flags[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** `--batch-size`: a whole number of rows per transaction. */
export function batchSizeFlag(value: string | boolean | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  const size = Number(value);
  if (typeof value !== "string" || !Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new Error(`--batch-size "${String(value)}": expected a whole number from 1 to ${MAX_BATCH_SIZE}`);
  }
  return size;
}

/** Asks before --wipe; anything but "yes" stops the load with nothing changed. */
async function confirmWipe(target: string, io: LoadIo): Promise<void> {
  const answer = await io.ask(
    `--wipe deletes every node and relationship of ${target}. Type "yes" to go on: `,
  );
  if (answer.trim().toLowerCase() !== "yes") {
    throw new Error(`--wipe not confirmed (answer "${answer.trim()}"); nothing changed`);
  }
}

function summaryLines(summary: Neo4jLoadSummary, batchSize: number): string[] {
  const { entities: e, relationships: r, totals, wiped } = summary;
  return [
    `loaded into Neo4j in ${summary.ms} ms (${summary.batches} transactions, batches of up to ${batchSize} rows)`,
    `  rows prepared in ${summary.rowsMs} ms, written in ${summary.writeMs} ms`,
    ...(wiped ? [`  wiped first: ${wiped.nodes} nodes, ${wiped.relationships} relationships`] : []),
    `  entities: ${e.created} created, ${e.updated} updated, ${e.deleted} deleted`,
    `  relationships: ${r.created} created, ${r.updated} updated, ${r.deleted} deleted`,
    `  database now holds ${totals.nodes} nodes, ${totals.relationships} relationships`,
  ];
}

const everywhere = ["start", "query", "load", "check"] as const;

export const neo4jDefinition: EngineDefinition = {
  name: "neo4j",
  summary:
    "a Neo4j 5 (or 2025.x) server, cluster or Aura instance, loaded with npm run load -- --engine neo4j",
  flags: {
    uri: {
      type: "string",
      help: "Bolt URI, e.g. neo4j://localhost:7687 (else NEO4J_URI)",
      commands: everywhere,
    },
    username: { type: "string", help: "user name (else NEO4J_USERNAME)", commands: everywhere },
    password: { type: "string", help: "password (else NEO4J_PASSWORD)", commands: everywhere },
    database: {
      type: "string",
      help: "database (else NEO4J_DATABASE; default: the server's)",
      commands: everywhere,
    },
    prune: {
      type: "boolean",
      help: "also delete entities and relationships graph-data no longer has",
      commands: ["load"],
    },
    wipe: {
      type: "boolean",
      help: "delete everything in the database first (asks for confirmation)",
      commands: ["load"],
    },
    yes: { type: "boolean", help: "confirm --wipe without asking", commands: ["load"] },
    "batch-size": {
      type: "string",
      help: `rows per transaction (default ${DEFAULT_BATCH_SIZE})`,
      commands: ["load"],
    },
  },

  async open({ flags, env, cwd }) {
    return Neo4jEngine.fromSettings({ flags: connectionFlags(flags), env, cwd });
  },

  async load({ flags, graph, io, env, cwd }) {
    const batchSize = batchSizeFlag(flags["batch-size"]);
    const wipe = flags["wipe"] === true;
    const yes = flags["yes"] === true;
    const config = resolveNeo4jConfig({ flags: connectionFlags(flags), env, cwd });
    const target = describeNeo4jConfig(config);
    // Without a terminal, an unconfirmed --wipe is refused before anything connects.
    if (wipe && !yes && !io.interactive) {
      throw new Error(
        `--wipe deletes every node and relationship of ${target}; stdin is not a terminal to confirm on, so pass --yes to confirm`,
      );
    }
    const driver = createNeo4jDriver(config, { maxTransactionRetryTime: 15_000 });
    try {
      const server = await verifyNeo4j(driver, config);
      io.info(`connected to ${server.agent ?? "Neo4j"} at ${target}`);
      if (wipe && !yes) await confirmWipe(target, io);
      const bar = io.progress(graph.entities.length + graph.relationships.length);
      let summary: Neo4jLoadSummary;
      try {
        summary = await loadNeo4j(driver, graph, {
          batchSize,
          prune: flags["prune"] === true,
          wipe,
          database: config.database,
          onProgress: (p) => bar.update(p.done, p.label),
        });
      } finally {
        bar.stop();
      }
      for (const line of summaryLines(summary, batchSize)) io.info(line);
    } catch (error) {
      throw mapNeo4jError(error, { uri: config.uri, database: config.database });
    } finally {
      await driver.close();
    }
  },

  async check({ flags, env, cwd }) {
    const engine = Neo4jEngine.fromSettings({ flags: connectionFlags(flags), env, cwd });
    try {
      const server = await engine.verify();
      const stats = await engine.stats();
      return `${server.agent ?? "Neo4j"} at ${engine.describe()}: ${stats.nodes} nodes, ${stats.relationships} relationships`;
    } finally {
      await engine.close();
    }
  },
};
