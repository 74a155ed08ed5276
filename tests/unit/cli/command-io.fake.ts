/**
 * A CommandIo for running commands in tests without a terminal: stdin is not a TTY, stdout is kept
 * so the test can read what the command printed, stderr (progress bars) is dropped, and the working
 * directory does not exist so no `.env` or local Neo4j settings of this machine are read.
 */
import { PassThrough } from "node:stream";
import type { CommandIo } from "../../../src/cli/command-io.ts";

/** A fake CommandIo with `env`; `output()` is everything written to stdout so far. */
export function fakeCommandIo(env: NodeJS.ProcessEnv = {}): CommandIo & { output: () => string } {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c.toString()));
  return {
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    stdout,
    stderr: new PassThrough(),
    env,
    cwd: "/nonexistent-lagebild-dir",
    output: () => chunks.join(""),
  };
}
