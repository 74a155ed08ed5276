/**
 * `npm start --store`: serving a store written by `npm run load`, the server reads only the sources of
 * graph-data (the documents behind the quotes), not every entity and relationship again: it starts
 * and shows evidence even when an entities file has since been broken, while a broken sources.yaml
 * still stops it with the file, line and field.
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeDetailsResponse } from "../../../src/contract/api/nodes.ts";
import type { SourceResponse } from "../../../src/contract/api/sources.ts";
import { runLoad } from "../../../src/cli/load.ts";
import { fakeCommandIo as io } from "./command-io.fake.ts";

const scratch = mkdtempSync(join(tmpdir(), "lagebild-serve-store-"));
const store = join(scratch, "seed.grafeo");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  expect(await runLoad(["--store", store], io())).toBe(0);
});

/** Starts `npm start` on `dir` and the store; resolves with its URL, or its exit code and output. */
function start(
  dir: string,
): Promise<{ url?: string; code?: number | null; output: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--store", store, "--dir", dir, "--port", "0", "--api-only"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const stop = (): void => {
    child.kill("SIGTERM");
  };
  return new Promise((resolve) => {
    const seen = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Lagebild explorer: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, output, stop });
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("exit", (code) => resolve({ code, output, stop }));
  });
}

describe("npm start --store", () => {
  it("reads only the sources: serves the store and its evidence with a broken entities file", async () => {
    const dir = join(scratch, "entities-broken");
    cpSync("graph-data", dir, { recursive: true });
    appendFileSync(join(dir, "entities.yaml"), "\n- id: [unterminated\n");
    const server = await start(dir);
    try {
      expect(server.url, server.output).toBeDefined();
      const sources = (await (await fetch(`${server.url}/api/sources`)).json()) as { sources: unknown[] };
      expect(sources.sources).toHaveLength(1);
      const rutte = (await (await fetch(`${server.url}/api/nodes/mark-rutte`)).json()) as NodeDetailsResponse;
      const evidence = rutte.relationships.flatMap((r) => r.evidence);
      expect(evidence.length).toBeGreaterThan(0);
      const source = (await (
        await fetch(`${server.url}/api/sources/${evidence[0]!.source}`)
      ).json()) as SourceResponse;
      expect(source.text.slice(evidence[0]!.start, evidence[0]!.end)).toBe(evidence[0]!.quote);
    } finally {
      server.stop();
    }
  });

  it("stops with the file, line and field when sources.yaml is broken", async () => {
    const dir = join(scratch, "sources-broken");
    cpSync("graph-data", dir, { recursive: true });
    writeFileSync(join(dir, "sources.yaml"), "- id: afp-x\n  title: 7\n");
    const server = await start(dir);
    server.stop();
    expect(server.url).toBeUndefined();
    expect(server.code).not.toBe(0);
    expect(server.output).toMatch(/sources\.yaml:\d+: field "/);
  });
});
