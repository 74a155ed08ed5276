/**
 * No file or URL access from queries: every payload of the corpus is refused over HTTP with 403
 * FILE_ACCESS_FORBIDDEN before the engine runs it, without a byte of the file and without telling
 * whether the path exists; the graph stays as it was. Grafeo's own plan check refuses LOAD CSV as a
 * second line (its verdict kept per query text, so a text is planned once), and `npm run query` reads
 * a file only with --allow-file-access.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Writable } from "node:stream";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { processIo } from "../../src/cli/command-io.ts";
import { runQuery } from "../../src/cli/query.ts";
import { assertPlanReadsNoFiles } from "../../src/engine/grafeo/grafeo-plan-check.ts";
import { GrafeoDB } from "../../src/engine/grafeo/grafeo-module.ts";
import { startMiniServer, type MiniServer } from "./mini-server.ts";
import { FILE_ACCESS_PAYLOADS, SAFE_QUERIES } from "../fixtures/security-payloads.ts";
import { postQuery, send } from "./raw-http.ts";

let server: MiniServer;
let counts: unknown;
const FILE_PARAMS = { url: "/etc/passwd", path: "/etc/passwd" };

beforeAll(async () => {
  server = await startMiniServer({ port: 0, uiDir: "" });
  counts = (await send(server.url, { path: "/api/health" })).json;
});

afterAll(async () => {
  await server?.close();
});

describe("file access over the API", () => {
  it.each(FILE_ACCESS_PAYLOADS)("refuses %j with 403 FILE_ACCESS_FORBIDDEN", async (query, what) => {
    const res = await postQuery(server.url, query, FILE_PARAMS);
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe("FILE_ACCESS_FORBIDDEN");
    expect(res.json.error?.message).toContain(what);
    expect(res.text).not.toMatch(/root:|daemon:/);
  });

  it("answers an existing and a missing path alike (no existence oracle)", async () => {
    const existing = await postQuery(server.url, "LOAD CSV FROM '/etc/passwd' AS l RETURN l");
    const missing = await postQuery(server.url, "LOAD CSV FROM '/no/such/file' AS l RETURN l");
    expect(missing.status).toBe(existing.status);
    expect(missing.text).toBe(existing.text);
  });

  it.each(SAFE_QUERIES.filter((q) => !q.startsWith("CALL db.")))("runs %j", async (query) => {
    const res = await postQuery(server.url, query);
    expect(res.json.error?.code).not.toBe("FILE_ACCESS_FORBIDDEN");
    expect(res.status).toBe(200);
  });

  it("leaves the graph as it was", async () => {
    expect((await send(server.url, { path: "/api/health" })).json).toEqual(counts);
  });
});

describe("Grafeo's plan check (the second line)", () => {
  it("refuses a query whose plan reads a file, and passes one that does not", async () => {
    const db = GrafeoDB.create();
    await expect(
      assertPlanReadsNoFiles(db, "LOAD CSV FROM '/etc/passwd' AS l RETURN l", {}),
    ).rejects.toMatchObject({ code: "FILE_ACCESS_FORBIDDEN" });
    await expect(assertPlanReadsNoFiles(db, "MATCH (n) RETURN n", {})).resolves.toBeUndefined();
    db.close();
  });

  it("plans a clean text once, whatever its parameters, and refuses a file-reading text every time", async () => {
    const db = GrafeoDB.create();
    const explain = vi.spyOn(db, "executeCypher");
    const clean = "MATCH (n:Entity) WHERE n.id = $id RETURN n.name AS plan_cache_probe";
    await assertPlanReadsNoFiles(db, clean, { id: "a" });
    await assertPlanReadsNoFiles(db, clean, { id: "/etc/passwd" });
    expect(explain).toHaveBeenCalledTimes(1);
    const reads = "LOAD CSV FROM '/etc/passwd' AS l RETURN l AS plan_cache_probe";
    for (let i = 0; i < 3; i++) {
      await expect(assertPlanReadsNoFiles(db, reads, {})).rejects.toMatchObject({
        code: "FILE_ACCESS_FORBIDDEN",
      });
    }
    expect(explain).toHaveBeenCalledTimes(2);
    db.close();
  });
});

describe("npm run query", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-file-"));
  const csv = join(dir, "secret.csv");
  writeFileSync(csv, "secret-value,42\n");

  it("refuses LOAD CSV without --allow-file-access and reads the file with it", async () => {
    const out: string[] = [];
    const io = {
      ...processIo(),
      stdout: new Writable({ write: (chunk, _enc, done) => (out.push(String(chunk)), done()) }),
    };
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const query = `LOAD CSV FROM '${csv}' AS l RETURN l`;
      const flags = ["--engine-processes", "1"];
      expect(await runQuery([query, ...flags], io)).toBe(2);
      expect(err.mock.calls.flat().join(" ")).toMatch(/FILE_ACCESS_FORBIDDEN/);
      expect(out.join("")).not.toContain("secret-value");
      expect(await runQuery([query, ...flags, "--allow-file-access", "--format", "json"], io)).toBe(0);
      expect(out.join("")).toContain("secret-value");
    } finally {
      err.mockRestore();
    }
  });
});
