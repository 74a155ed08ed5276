/**
 * The explorer when its Neo4j goes away, in Chromium: graph-data loaded into the live Neo4j, the
 * explorer serving it with `--engine neo4j` and open on an entity. Neo4j is stopped mid-session:
 * /api/health answers 503, the status bar says the engine is down (in red, with the driver's reason),
 * the graph already drawn stays, and a console query says in plain words that the engine cannot be
 * reached. Neo4j is started again: health, status bar, console and search recover in the same page,
 * without restarting the explorer.
 *
 * The whole explorer journey on Neo4j is tests/e2e/explorer.test.ts, which this project runs on Neo4j.
 * This test needs the local Neo4j of the global setup (to stop and start it); on a NEO4J_URI of your
 * own it is skipped.
 */
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HealthResponse } from "../../src/contract/api/health.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import type { RunningServer } from "../../src/server/start-server.ts";
import { startLocalNeo4j, stopLocalNeo4j } from "../../tools/neo4j-server/launcher/local-neo4j.ts";
import { openExplorer, waitForGraph, type ExplorerSession } from "../e2e/browser.ts";
import { NEO4J_ENABLED, NEO4J_SKIP_REASON } from "./neo4j-test-env.ts";

/** The status bar's engine line for the graph-data loaded into Neo4j. */
const ENGINE_LINE = new RegExp(`^Engine: neo4j · ${loadGraphData().entities.length} entities`);

const STATE_DIR = process.env["LAGEBILD_NEO4J_STATE_DIR"];
const MODULE_DIR = fileURLToPath(new URL("../../tools/neo4j-server", import.meta.url));
const RUN = NEO4J_ENABLED && STATE_DIR !== undefined;

if (!NEO4J_ENABLED) it.skip(NEO4J_SKIP_REASON, () => undefined);
else if (!STATE_DIR)
  it.skip("Neo4j down/up test skipped: NEO4J_URI is a server of yours, which it cannot stop", () =>
    undefined);

describe.skipIf(!RUN)("the explorer when Neo4j stops and starts again (writes graph-data to Neo4j)", () => {
  let session: ExplorerSession;
  let server: RunningServer;
  let page: Page;
  let problems: string[];

  const shot = (name: string) => session.shot(name);
  const health = async () => {
    const response = await fetch(`${server.url}/api/health`);
    return { status: response.status, body: (await response.json()) as HealthResponse };
  };
  const statusEngine = () => page.locator("#status-engine");

  async function runQuery(query: string): Promise<void> {
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(query, { delay: 2 });
    await page.keyboard.press("Control+Enter");
  }

  async function search(text: string): Promise<void> {
    const input = page.locator("#entity-search");
    await input.fill("");
    await input.pressSequentially(text, { delay: 20 });
  }

  beforeAll(async () => {
    session = await openExplorer({
      engine: "neo4j",
      artifacts: "e2e-neo4j",
      // While Neo4j is stopped the page's requests fail with 503 on purpose.
      expectedConsole: /503 \(Service Unavailable\)/,
    });
    ({ server, page, problems } = session);
    await page.goto(`${server.url}/?sel=china&panels=console`);
    await waitForGraph(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it(
    "says Neo4j is down (503, status bar, console) and recovers in the same page (search too)",
    { timeout: 240_000 },
    async () => {
      const stateDir = STATE_DIR ?? "";
      await expect.poll(() => statusEngine().textContent()).toMatch(ENGINE_LINE);
      expect((await health()).status).toBe(200);
      await stopLocalNeo4j(stateDir);

      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, engine: "neo4j" });
      expect(down.body.problem).toMatch(/Neo4j/i);
      await expect.poll(() => statusEngine().textContent(), { timeout: 20_000 }).toMatch(/down/);
      expect(await statusEngine().getAttribute("data-ok")).toBe("false");
      // The graph already drawn stays; what needs the engine says it cannot reach it.
      expect(await page.evaluate(() => window.__lagebild?.selection())).toBe("china");
      await runQuery("MATCH (n:Entity) RETURN count(n) AS c");
      await expect
        .poll(() => page.locator("#console-error").textContent(), { timeout: 20_000 })
        .toContain("The graph engine cannot be reached.");
      await shot("14-neo4j-down");

      await startLocalNeo4j({ stateDir, moduleDir: MODULE_DIR, watchPid: process.ppid });
      await expect.poll(async () => (await health()).status, { timeout: 60_000, interval: 1_000 }).toBe(200);
      await expect.poll(() => statusEngine().textContent(), { timeout: 20_000 }).toMatch(ENGINE_LINE);
      expect(await statusEngine().getAttribute("data-ok")).toBe("true");
      await runQuery("MATCH (n:Entity) RETURN count(n) AS c");
      await expect
        .poll(() => page.locator("#console-panel .console-status").textContent(), { timeout: 20_000 })
        .toMatch(/^1 rows/);
      expect(await page.locator("#console-error").textContent()).toBe("");
      await search("rutte");
      const first = page.locator("#entity-search-listbox [role=option]").first();
      await expect.poll(() => first.getAttribute("data-id"), { timeout: 10_000 }).toBe("mark-rutte");
      await expect.poll(() => first.getAttribute("aria-selected")).toBe("true");
      await page.locator("#entity-search").press("Enter");
      await page.waitForFunction(() => window.__lagebild?.selection() === "mark-rutte");
      await expect
        .poll(() => page.locator("#details-title").textContent(), { timeout: 10_000 })
        .toBe("Mark Rutte");
      await shot("15-neo4j-back");
      expect(problems).toEqual([]);
    },
  );
});
