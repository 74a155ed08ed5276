/**
 * Command I/O: the streams, environment and working directory a command uses, passed in so tests can
 * run commands without a terminal; and the LoadIo an engine's load talks through (lines on stdout,
 * questions on the terminal, progress on stderr: a bar on a terminal, a line every few seconds in a log).
 */
import { createInterface } from "node:readline/promises";
import type { LoadIo } from "../engine/engine-definition.ts";
import { progressDisplay } from "./progress-display.ts";

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
    progress: (total, unit = "rows") => progressDisplay(io.stderr, total, { unit }),
  };
}
