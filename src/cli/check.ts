/**
 * `npm run engine:check [-- --engine NAME [engine settings]]`: checks that the chosen engine answers and
 * prints what it is and holds, changing nothing. Exit 0 when it answers, 3 when it cannot be reached,
 * 1 for bad settings (as every command, see cli-error.ts).
 */
import { loadGraphData } from "../io/load-graph-data.ts";
import { reportCliError } from "./cli-error.ts";
import { processIo, type CommandIo } from "./command-io.ts";
import { parseEngineCommand } from "./engine-args.ts";

/** Runs the command; returns the exit code. */
export async function runCheck(argv: string[], io: CommandIo = processIo()): Promise<number> {
  try {
    const line = parseEngineCommand("check", argv, {}, { env: io.env });
    const detail = await line.engine.check({
      flags: line.engineFlags,
      readGraph: () => loadGraphData(),
      env: io.env,
      cwd: io.cwd,
    });
    io.stdout.write(`${line.engine.name}: ok: ${detail}\n`);
    return 0;
  } catch (error) {
    return reportCliError("engine:check", error);
  }
}
