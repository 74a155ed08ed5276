/**
 * `npm run bench -- --neo4j-load [--relationships N] [--entities N] [--batch-size N]
 * [--floor-batch-size N] [--target local|env --yes] [--out DIR]`: how fast our loader fills an empty
 * Neo4j, against a floor measured in the same run.
 *
 * 1. Generates a synthetic corpus (the gen:corpus machinery; default 100,000 relationships among
 *    20,000 entities) into a temporary folder.
 * 2. Our loader: `npm run load -- --engine neo4j --dir …` as a user runs it (a child process), into an
 *    empty database; its own output gives validation, row preparation and the Neo4j write step.
 * 3. The floor: the same rows, written with plain `UNWIND $rows … CREATE` (floor-load.ts) into an
 *    empty database.
 * 4. Checks that both databases hold the same graph (nodes, relationships, dated relationships), prints
 *    a table (time, relationships/s, ratio to the floor) and writes it to artifacts/bench/neo4j-load.md
 *    and .json.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "../../src/cli/gen-corpus.ts";
import type { Neo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { DEFAULT_BATCH_SIZE } from "../../src/engine/neo4j/neo4j-loader.ts";
import { graphRows } from "../../src/engine/graph-rows.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import { configuredBenchNeo4j, localBenchNeo4j, type BenchNeo4j } from "./bench-neo4j.ts";
import { FLOOR_BATCH_SIZE, floorLoad } from "./floor-load.ts";

export interface Neo4jLoadBenchOptions {
  relationships: number;
  entities: number;
  sources: number;
  seed: number;
  batchSize: number;
  floorBatchSize: number;
  out: string;
}

/** One line of the table; `ms` is the time of what the line names. */
export interface LoadBenchRow {
  name: string;
  transactions: number | null;
  ms: number;
  relationshipsPerSecond: number;
  /** ms / the floor's ms; 1 for the floor itself. */
  ratio: number;
}

export interface Neo4jLoadBenchReport {
  date: string;
  machine: string;
  server: string;
  corpus: { entities: number; relationships: number; sources: number; seed: number };
  /** What each database held after its load (the same for both, or the bench fails). */
  stored: StoredCounts;
  rows: LoadBenchRow[];
  markdown: string;
}

interface StoredCounts {
  nodes: number;
  relationships: number;
  datedRelationships: number;
}

/** What our loader's command printed: validation, row preparation and write step, and transactions. */
export interface LoaderTimings {
  wallMs: number;
  validateMs: number;
  rowsMs: number;
  writeMs: number;
  transactions: number;
}

const REPO_ROOT = new URL("../..", import.meta.url).pathname;

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} "${value}": expected a positive integer`);
  return n;
}

/** Reads the timings out of the load command's output; throws naming the line it did not find. */
export function parseLoaderOutput(output: string, wallMs: number): LoaderTimings {
  const find = (pattern: RegExp, what: string): RegExpMatchArray => {
    const match = output.match(pattern);
    if (!match) {
      throw new Error(
        `neo4j load bench: the load command's output has no ${what} (pattern ${pattern}); output:\n${output}`,
      );
    }
    return match;
  };
  const validated = find(/validated graph-data: .* in (\d+) ms/, "validation line");
  const loaded = find(/loaded into Neo4j in (\d+) ms \((\d+) transactions/, "summary line");
  const phases = find(/rows prepared in (\d+) ms, written in (\d+) ms/, "phase line");
  return {
    wallMs,
    validateMs: Number(validated[1]),
    transactions: Number(loaded[2]),
    rowsMs: Number(phases[1]),
    writeMs: Number(phases[2]),
  };
}

/** Runs `npm run load -- --engine neo4j --dir DIR` against `config`; resolves with its timings. */
function runLoader(dir: string, config: Neo4jConfig, batchSize: number): Promise<LoaderTimings> {
  const env = {
    ...process.env,
    NEO4J_URI: config.uri,
    NEO4J_USERNAME: config.username,
    NEO4J_PASSWORD: config.password,
    ...(config.database ? { NEO4J_DATABASE: config.database } : {}),
  };
  const args = [
    "--max-semi-space-size=64",
    "--expose-gc",
    "--import",
    "tsx",
    "scripts/load.ts",
    "--engine",
    "neo4j",
    "--dir",
    dir,
    "--batch-size",
    String(batchSize),
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`neo4j load bench: npm run load exited with ${code}; its output:\n${output}`));
        return;
      }
      try {
        resolve(parseLoaderOutput(output, wallMs));
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

async function storedCounts(config: Neo4jConfig): Promise<StoredCounts> {
  const driver = createNeo4jDriver(config);
  try {
    const { records } = await driver.executeQuery(
      `MATCH (n) WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->()
       RETURN nodes, count(r) AS relationships, count(r.date_from) AS dated`,
      {},
      { database: config.database },
    );
    const row = records[0];
    return {
      nodes: Number(row?.get("nodes") ?? 0),
      relationships: Number(row?.get("relationships") ?? 0),
      datedRelationships: Number(row?.get("dated") ?? 0),
    };
  } finally {
    await driver.close();
  }
}

function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${arch()}, Node ${process.version}`;
}

/** The Markdown table of the rows, with what was loaded and where. */
export function loadBenchMarkdown(report: Omit<Neo4jLoadBenchReport, "markdown">): string {
  const { corpus } = report;
  const lines = [
    `Lagebild Neo4j load benchmark, ${report.date}, ${report.machine}; ${report.server}`,
    "",
    `Synthetic corpus (gen:corpus, seed ${corpus.seed}): ${corpus.entities} entities, ${corpus.relationships} relationships, ${corpus.sources} sources; each database then held ${report.stored.nodes} nodes and ${report.stored.relationships} relationships.`,
    "",
    "| load | transactions | time s | relationships/s | ratio to the floor |",
    "|---|---:|---:|---:|---:|",
  ];
  for (const row of report.rows) {
    lines.push(
      `| ${row.name} | ${row.transactions ?? "–"} | ${(row.ms / 1000).toFixed(1)} | ${Math.round(row.relationshipsPerSecond)} | ${row.ratio.toFixed(2)}× |`,
    );
  }
  return lines.join("\n");
}

/** Runs the bench against `neo4jServer`; returns the report (also written to `options.out`). */
export async function neo4jLoadBench(
  options: Neo4jLoadBenchOptions,
  neo4jServer: BenchNeo4j,
  log: (line: string) => void = (line) => console.error(line),
): Promise<Neo4jLoadBenchReport> {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-neo4j-load-bench-"));
  try {
    const corpus = {
      entities: options.entities,
      relationships: options.relationships,
      sources: options.sources,
      seed: options.seed,
    };
    writeCorpus(dir, corpus);
    log(`neo4j load bench: corpus of ${corpus.relationships} relationships in ${dir}`);

    const loaderTarget = await neo4jServer.empty();
    log("neo4j load bench: our loader (npm run load -- --engine neo4j) …");
    const loader = await runLoader(dir, loaderTarget, options.batchSize);
    const loaderStored = await storedCounts(loaderTarget);

    const rows = graphRows(loadGraphData(dir));
    const floorTarget = await neo4jServer.empty();
    log("neo4j load bench: the floor (UNWIND $rows … CREATE) …");
    const floorDriver = createNeo4jDriver(floorTarget);
    let floor;
    try {
      floor = await floorLoad(floorDriver, rows, {
        batchSize: options.floorBatchSize,
        ...(floorTarget.database ? { database: floorTarget.database } : {}),
      });
    } finally {
      await floorDriver.close();
    }
    const floorStored = await storedCounts(floorTarget);
    if (JSON.stringify(loaderStored) !== JSON.stringify(floorStored)) {
      throw new Error(
        `neo4j load bench: the loader stored ${JSON.stringify(loaderStored)} but the floor ${JSON.stringify(floorStored)}; expected the same graph`,
      );
    }

    const n = corpus.relationships;
    const row = (name: string, transactions: number | null, ms: number): LoadBenchRow => ({
      name,
      transactions,
      ms,
      relationshipsPerSecond: n / (ms / 1000),
      ratio: ms / floor.ms,
    });
    const report: Omit<Neo4jLoadBenchReport, "markdown"> = {
      date: new Date().toISOString().slice(0, 10),
      machine: machineLine(),
      server: neo4jServer.describe,
      corpus,
      stored: floorStored,
      rows: [
        row(
          `floor: UNWIND $rows … CREATE, batches of ${options.floorBatchSize}`,
          floor.transactions,
          floor.ms,
        ),
        row(
          `our loader: Neo4j write step (MERGE, batches of ${options.batchSize})`,
          loader.transactions,
          loader.writeMs,
        ),
        row("our loader: preparing the rows (incl. overview layout)", null, loader.rowsMs),
        row("our loader: validating graph-data", null, loader.validateMs),
        row("our loader: whole `npm run load` command", loader.transactions, loader.wallMs),
      ],
    };
    const markdown = loadBenchMarkdown(report);
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, "neo4j-load.md"), `${markdown}\n`);
    writeFileSync(join(options.out, "neo4j-load.json"), `${JSON.stringify(report, null, 2)}\n`);
    return { ...report, markdown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command: parses the flags, runs the bench, prints the table; returns the exit code. */
export async function runNeo4jLoadBench(argv: string[]): Promise<number> {
  let server: BenchNeo4j | undefined;
  try {
    const { values } = parseArgs({
      args: argv.filter((a) => a !== "--neo4j-load"),
      options: {
        relationships: { type: "string" },
        entities: { type: "string" },
        sources: { type: "string" },
        seed: { type: "string" },
        "batch-size": { type: "string" },
        "floor-batch-size": { type: "string" },
        target: { type: "string" },
        yes: { type: "boolean" },
        out: { type: "string" },
      },
    });
    const relationships = whole("relationships", values.relationships, 100_000);
    const options: Neo4jLoadBenchOptions = {
      relationships,
      entities: whole("entities", values.entities, Math.max(2, Math.round(relationships / 5))),
      sources: whole("sources", values.sources, Math.max(1, Math.round(relationships / 250))),
      seed: whole("seed", values.seed, 7),
      batchSize: whole("batch-size", values["batch-size"], DEFAULT_BATCH_SIZE),
      floorBatchSize: whole("floor-batch-size", values["floor-batch-size"], FLOOR_BATCH_SIZE),
      out: values.out ?? join(REPO_ROOT, "artifacts", "bench"),
    };
    const target = values.target ?? "local";
    if (target === "local") {
      server = localBenchNeo4j(REPO_ROOT, (line) => console.error(line));
    } else if (target === "env") {
      if (!values.yes) {
        throw new Error(
          "--target env wipes the database of NEO4J_URI before each load; pass --yes to confirm",
        );
      }
      server = configuredBenchNeo4j({}, process.env);
    } else {
      throw new Error(`--target "${target}": expected local (a fresh local Neo4j) or env (NEO4J_URI)`);
    }
    const report = await neo4jLoadBench(options, server);
    console.log(report.markdown);
    return 0;
  } catch (error) {
    console.error(`bench --neo4j-load: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await server?.close();
  }
}
