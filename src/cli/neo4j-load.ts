/**
 * `npm run load -- --neo4j [--uri U --username N --password P --database D] [--prune] [--wipe [--yes]]
 * [--batch-size N]`: writes validated graph-data into a Neo4j server, with a progress bar and a summary.
 *
 * Called by src/cli/load.ts once graph-data is validated:
 *
 *   runNeo4jLoad(graph: KnowledgeGraph, argv: string[], io?: Neo4jLoadIo): Promise<number>
 *
 * `argv` is the load command's argument list; the load command's own flags (--neo4j, --dir, --store)
 * may stay in it and are ignored here, any other unknown flag is an error. Connection settings come
 * from flags > environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) > `.env`. The
 * server is asked who it is before anything is written, so a stopped server or wrong credentials fail
 * within seconds, naming the URI. --wipe asks for confirmation on a terminal; without one it needs --yes.
 * Returns the exit code: 0 loaded, 1 failed or refused, 3 Neo4j unreachable (as reportCliError).
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { describeNeo4jConfig, resolveNeo4jConfig, type Neo4jConfig } from "../engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver, verifyNeo4j } from "../engine/neo4j/neo4j-connection.ts";
import { mapNeo4jError } from "../engine/neo4j/neo4j-errors.ts";
import { DEFAULT_BATCH_SIZE, loadNeo4j, type Neo4jLoadSummary } from "../engine/neo4j/neo4j-loader.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import { reportCliError } from "./cli-error.ts";
import { NEO4J_FLAG_OPTIONS } from "./open-engine.ts";

/** Where the command reads and writes; defaults are the real process. */
export interface Neo4jLoadIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const MAX_BATCH_SIZE = 100_000;

const OPTIONS = {
  neo4j: { type: "boolean" },
  dir: { type: "string" },
  store: { type: "string" },
  ...NEO4J_FLAG_OPTIONS,
  prune: { type: "boolean" },
  wipe: { type: "boolean" },
  yes: { type: "boolean" },
  "batch-size": { type: "string" },
} as const;

/** What the flags ask for. */
export interface Neo4jLoadArgs {
  flags: Partial<Neo4jConfig>;
  prune: boolean;
  wipe: boolean;
  yes: boolean;
  batchSize: number;
}

/** Parses the flags; throws naming the flag and what was expected. */
export function parseNeo4jLoadArgs(argv: string[]): Neo4jLoadArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(
      `--neo4j: ${error instanceof Error ? error.message : String(error)}; expected --uri, --username, --password, ` +
        `--database, --prune, --wipe, --yes, --batch-size N`,
    );
  }
  const batchSize = values["batch-size"] === undefined ? DEFAULT_BATCH_SIZE : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new Error(
      `--batch-size "${values["batch-size"]}": expected a whole number from 1 to ${MAX_BATCH_SIZE}`,
    );
  }
  const flags: Partial<Neo4jConfig> = {};
  for (const key of ["uri", "username", "password", "database"] as const) {
    const value = values[key];
    if (value !== undefined) flags[key] = value;
  }
  return {
    flags,
    prune: values.prune ?? false,
    wipe: values.wipe ?? false,
    yes: values.yes ?? false,
    batchSize,
  };
}

/** Refuses --wipe without --yes when there is no terminal to ask on (checked before connecting). */
function checkWipeCanBeConfirmed(args: Neo4jLoadArgs, config: Neo4jConfig, io: Neo4jLoadIo): void {
  if (args.wipe && !args.yes && !io.stdin.isTTY) {
    throw new Error(
      `--wipe deletes every node and relationship of ${describeNeo4jConfig(config)}; stdin is not a ` +
        `terminal to confirm on, so pass --yes to confirm`,
    );
  }
}

/** Asks before --wipe on the terminal; anything but "yes" stops the load. */
async function confirmWipe(config: Neo4jConfig, io: Neo4jLoadIo): Promise<void> {
  const target = describeNeo4jConfig(config);
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await rl.question(
      `--wipe deletes every node and relationship of ${target}. Type "yes" to go on: `,
    );
    if (answer.trim().toLowerCase() !== "yes") {
      throw new Error(`--wipe not confirmed (answer "${answer.trim()}"); nothing changed`);
    }
  } finally {
    rl.close();
  }
}

function summaryLines(summary: Neo4jLoadSummary, batchSize: number): string[] {
  const { entities: e, relationships: r, totals, wiped } = summary;
  return [
    `loaded into Neo4j in ${summary.ms} ms (${summary.batches} transactions, batches of up to ${batchSize} rows)`,
    ...(wiped ? [`  wiped first: ${wiped.nodes} nodes, ${wiped.relationships} relationships`] : []),
    `  entities: ${e.created} created, ${e.updated} updated, ${e.deleted} deleted`,
    `  relationships: ${r.created} created, ${r.updated} updated, ${r.deleted} deleted`,
    `  database now holds ${totals.nodes} nodes, ${totals.relationships} relationships`,
  ];
}

function defaultIo(): Neo4jLoadIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Runs `load --neo4j`; returns the exit code. */
export async function runNeo4jLoad(
  graph: KnowledgeGraph,
  argv: string[],
  io: Neo4jLoadIo = defaultIo(),
): Promise<number> {
  try {
    const args = parseNeo4jLoadArgs(argv);
    const config = resolveNeo4jConfig({ flags: args.flags, env: io.env, cwd: io.cwd });
    checkWipeCanBeConfirmed(args, config, io);
    const driver = createNeo4jDriver(config, { maxTransactionRetryTime: 15_000 });
    try {
      const server = await verifyNeo4j(driver, config);
      io.stdout.write(`connected to ${server.agent ?? "Neo4j"} at ${describeNeo4jConfig(config)}\n`);
      if (args.wipe && !args.yes) await confirmWipe(config, io);
      const bar = new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: "  {bar} {value}/{total} rows | {label}",
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(graph.entities.length + graph.relationships.length, 0, { label: "starting" });
      let summary: Neo4jLoadSummary;
      try {
        summary = await loadNeo4j(driver, graph, {
          batchSize: args.batchSize,
          prune: args.prune,
          wipe: args.wipe,
          database: config.database,
          onProgress: (p) => bar.update(p.done, { label: p.label }),
        });
      } finally {
        bar.stop();
      }
      for (const line of summaryLines(summary, args.batchSize)) io.stdout.write(`${line}\n`);
      return 0;
    } catch (error) {
      throw mapNeo4jError(error, { uri: config.uri, database: config.database });
    } finally {
      await driver.close();
    }
  } catch (error) {
    return reportCliError("load", error);
  }
}
