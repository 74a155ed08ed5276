/**
 * The explorer on Neo4j, in Chromium: graph-data loaded into the live Neo4j, the server started with
 * `--engine neo4j`, then the journey's core (overview, search, details, click-through, a Cypher query
 * highlighted). Then Neo4j is stopped mid-session: /api/health answers 503 and the status bar says the
 * engine is down; Neo4j is started again and both recover without restarting the explorer.
 *
 * The stop/start part needs the local Neo4j of the global setup; on a NEO4J_URI of your own it is skipped.
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

const STATE_DIR = process.env["LAGEBILD_NEO4J_STATE_DIR"];
const MODULE_DIR = fileURLToPath(new URL("../../tools/neo4j-server", import.meta.url));

if (!NEO4J_ENABLED) it.skip(NEO4J_SKIP_REASON, () => undefined);

describe.skipIf(!NEO4J_ENABLED)("the explorer on Neo4j (writes graph-data to Neo4j)", () => {
  let session: ExplorerSession;
  let server: RunningServer;
  let page: Page;
  let problems: string[];

  const shot = (name: string) => session.shot(name);
  const health = async () => {
    const response = await fetch(`${server.url}/api/health`);
    return { status: response.status, body: (await response.json()) as HealthResponse };
  };

  beforeAll(async () => {
    session = await openExplorer({
      engine: "neo4j",
      artifacts: "e2e-neo4j",
      // While Neo4j is stopped the page's requests fail with 503 on purpose.
      expectedConsole: /503 \(Service Unavailable\)/,
    });
    ({ server, page, problems } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the whole graph from Neo4j, with Neo4j named in the status bar", async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await expect.poll(() => page.locator("#status-engine").textContent()).toMatch(/neo4j/);
    const graph = loadGraphData();
    await expect
      .poll(() => page.locator("#status-counts").textContent())
      .toContain(`Shown: ${graph.entities.length} entities`);
    await shot("01-overview");
  });

  it("searches an actor, shows its details and follows a relationship", async () => {
    const input = page.locator("#entity-search");
    await input.pressSequentially("china", { delay: 20 });
    const first = page.locator("#entity-search-listbox [role=option]").first();
    await expect.poll(() => first.getAttribute("data-id"), { timeout: 10_000 }).toBe("china");
    await input.press("Enter");
    await page.waitForFunction(() => window.__lagebild?.selection() === "china");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("China");
    const enables = page.locator("#details-panel [data-group='out:ENABLES']");
    await expect.poll(() => enables.textContent()).toMatch(/Russia/);
    await shot("02-china-details");
    await enables.locator(".rel-other").first().click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Russia");
  });

  it("runs a Cypher query on Neo4j and highlights its result", async () => {
    await page.locator("#toggle-console").click();
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.type("MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b", { delay: 5 });
    await page.keyboard.press("Control+Enter");
    const expected = [
      "putin-threatens-ukraine-allies",
      "russia-threatens-ukraine-allies",
      "trump-threatens-ukraine",
    ];
    await expect
      .poll(async () =>
        (await page.evaluate(() => window.__lagebild?.highlighted().edges ?? [])).slice().sort(),
      )
      .toEqual(expect.arrayContaining(expected));
    await shot("03-query");
  });

  it.skipIf(!STATE_DIR)(
    "reports Neo4j down (503, status bar) when it stops, and recovers when it starts again",
    { timeout: 240_000 },
    async () => {
      const stateDir = STATE_DIR ?? "";
      expect((await health()).status).toBe(200);
      await stopLocalNeo4j(stateDir);
      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, engine: "neo4j" });
      await expect
        .poll(() => page.locator("#status-engine").textContent(), { timeout: 20_000 })
        .toMatch(/down|unreachable/);
      await shot("04-neo4j-down");

      await startLocalNeo4j({ stateDir, moduleDir: MODULE_DIR, watchPid: process.ppid });
      await expect.poll(async () => (await health()).status, { timeout: 60_000, interval: 1_000 }).toBe(200);
      await expect
        .poll(() => page.locator("#status-engine").textContent(), { timeout: 20_000 })
        .not.toMatch(/down|unreachable/);
      const search = await fetch(`${server.url}/api/search?q=rutte`);
      expect(search.status).toBe(200);
      await shot("05-neo4j-back");
      expect(problems).toEqual([]);
    },
  );
});
