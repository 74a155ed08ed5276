/**
 * Command I/O: the streams, environment and working directory a command uses, passed in so tests can
 * run commands without a terminal; and the LoadIo an engine's load talks through (lines on stdout,
 * questions on the terminal, a progress bar on stderr).
 */
import { createInterface } from "node:readline/promises";
import cliProgress from "cli-progress";
import type { LoadIo } from "../engine/engine-definition.ts";

export interface CommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process. */
export function processIo(): CommandIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A LoadIo on the command's streams. */
export function loadIo(io: CommandIo): LoadIo {
  return {
    info: (line) => io.stdout.write(`${line}\n`),
    interactive: io.stdin.isTTY === true,
    async ask(question) {
      const rl = createInterface({ input: io.stdin, output: io.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    progress(total) {
      const bar = new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: "  {bar} {value}/{total} rows | {label}",
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { label: "starting" });
      return { update: (done, label) => bar.update(done, { label }), stop: () => bar.stop() };
    },
  };
}
