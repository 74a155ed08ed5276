/**
 * `npm run load [-- --dir DIR] [--engine NAME] [engine settings]`: validates graph-data, then writes it
 * into the chosen engine's storage: the embedded store (`--store PATH`, default
 * .lagebild/embedded.grafeo) or Neo4j (`--engine neo4j`, with --uri … --prune --wipe --yes
 * --batch-size). Invalid data is never loaded, and a failed load leaves what was loaded before.
 * `--neo4j` is kept as an alias of `--engine neo4j` (older scripts and notes use it).
 */
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import type { ValidateOptions } from "../model/validate-graph-data.ts";
import { reportCliError } from "./cli-error.ts";
import { loadIo, processIo, type CommandIo } from "./command-io.ts";
import { parseEngineCommand } from "./engine-args.ts";
import type { LoadIo } from "../engine/engine-definition.ts";

/** Validation's progress on the command's display, which appears with the first step reported. */
function validationProgress(lines: LoadIo): {
  onProgress: NonNullable<ValidateOptions["onProgress"]>;
  stop: () => void;
} {
  let shown: ReturnType<LoadIo["progress"]> | null = null;
  return {
    onProgress(done, total, step) {
      shown ??= lines.progress(total, "files");
      shown.update(done, step);
    },
    stop: () => shown?.stop(),
  };
}

/**
 * Runs the command; returns the exit code. `readGraph` reads and validates graph-data from a folder;
 * the graph it returns is the command's to spend (the engine may empty it as it writes).
 */
export async function runLoad(
  argv: string[],
  io: CommandIo = processIo(),
  readGraph: (dir: string, onProgress?: ValidateOptions["onProgress"]) => KnowledgeGraph = loadGraphData,
): Promise<number> {
  try {
    const line = parseEngineCommand(
      "load",
      argv,
      { dir: { type: "string" }, neo4j: { type: "boolean" } },
      {
        env: io.env,
        engineName: (values) => {
          if (values["neo4j"] !== true) return undefined;
          if (values["engine"] !== undefined && values["engine"] !== "neo4j") {
            throw new Error(
              `--neo4j and --engine ${String(values["engine"])} disagree; --neo4j means --engine neo4j`,
            );
          }
          return "neo4j";
        },
      },
    );
    const dir = typeof line.values["dir"] === "string" ? line.values["dir"] : DEFAULT_GRAPH_DATA_DIR;
    const validating = performance.now();
    const lines = loadIo(io);
    const progress = validationProgress(lines);
    let graph: KnowledgeGraph;
    try {
      graph = readGraph(dir, progress.onProgress);
    } finally {
      progress.stop();
    }
    const peakSoFar = ((process.resourceUsage().maxRSS * 1024) / 2 ** 30).toFixed(2);
    io.stdout.write(
      `validated graph-data: ${graph.entities.length} entities, ${graph.relationships.length} relationships in ${Math.round(performance.now() - validating)} ms; peak so far ${peakSoFar} GB resident\n`,
    );
    await line.engine.load({
      flags: line.engineFlags,
      graph,
      io: lines,
      env: io.env,
      cwd: io.cwd,
      releaseGraph: true,
    });
    const usage = process.resourceUsage();
    const peak = usage.maxRSS * 1024;
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    io.stdout.write(
      `peak memory: ${(peak / 2 ** 30).toFixed(2)} GB (${peak} bytes resident); CPU time ${cpuMs} ms\n`,
    );
    return 0;
  } catch (error) {
    return reportCliError("load", error);
  }
}
