/**
 * The explorer under attack, in Chromium: graph-data whose every text field (names, aliases,
 * descriptions, summaries, quotes, source title and publisher) carries markup and script, and query
 * results carrying the same, all render as text — no element is injected, no script runs — under the
 * server's Content-Security-Policy, which the page itself never violates. The console's "Cancel query"
 * button shows while a query runs and stops it. Screenshots go to artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_UI_DIR } from "../../src/server/start-server.ts";
import { XSS_PAYLOADS } from "../fixtures/security-payloads.ts";
import { startMiniServer, type MiniServer } from "../security/mini-server.ts";
import { openExplorer, waitForGraph, type ExplorerSession } from "./browser.ts";

const SLOW = "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c";

let session: ExplorerSession<MiniServer>;
let server: MiniServer;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Elements a payload would create if it were parsed as HTML. */
async function injected(): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], iframe, svg[onload], script:not([src]), [onerror], [onload]')
        .length,
  );
}

async function expectInert(): Promise<void> {
  expect(await injected()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
}

async function typeQuery(query: string): Promise<void> {
  await page.locator("#console-panel .cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(query, { delay: 2 });
}

beforeAll(async () => {
  session = await openExplorer({
    startServer: () =>
      startMiniServer({
        port: 0,
        uiDir: DEFAULT_UI_DIR,
        dir: "tests/fixtures/xss-graph-data",
        limits: { timeoutMs: 60_000 },
      }),
    recordCsp: true,
  });
  ({ server, page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("markup in graph-data and results renders as text", () => {
  it("renders the overview without running any payload", async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await expectInert();
  });

  it("shows names, aliases, descriptions, summaries and quotes as text in the details panel", async () => {
    const input = page.locator("#entity-search");
    await input.pressSequentially("Putin", { delay: 20 });
    const first = page.locator("#entity-search-listbox [role=option]").first();
    await expect.poll(() => first.getAttribute("data-id"), { timeout: 5000 }).toBe("vladimir-putin");
    await expect.poll(() => first.textContent()).toContain(XSS_PAYLOADS[0]);
    await input.press("Enter");
    await page.waitForFunction(() => window.__lagebild?.selection() === "vladimir-putin");
    const details = page.locator("#details-panel");
    for (const text of [
      `Putin ${XSS_PAYLOADS[0]}`,
      `Beschreibung ${XSS_PAYLOADS[3]}`,
      `Summary ${XSS_PAYLOADS[0]}`,
      XSS_PAYLOADS[1],
    ]) {
      await expect.poll(() => details.textContent()).toContain(text);
    }
    await expectInert();
    await shot("20-xss-details");
  });

  it("shows the source's title, publisher and text as text in the source reader", async () => {
    await page.locator("#details-panel .quote").first().click();
    const reader = page.locator("#source-reader");
    await reader.locator("mark").waitFor();
    await expect.poll(() => reader.textContent()).toContain(`Quelle ${XSS_PAYLOADS[1]}`);
    await expect.poll(() => reader.locator("mark").textContent()).toContain(XSS_PAYLOADS[0]);
    await expectInert();
    await shot("21-xss-source");
    await page.keyboard.press("Escape");
  });

  it("shows who a claim is attributed to, and every quote of it, as text", async () => {
    const input = page.locator("#entity-search");
    await input.fill("");
    await input.pressSequentially("China", { delay: 20 });
    const first = page.locator("#entity-search-listbox [role=option]").first();
    await expect.poll(() => first.getAttribute("data-id"), { timeout: 5000 }).toBe("china");
    await input.press("Enter");
    await page.waitForFunction(() => window.__lagebild?.selection() === "china");
    const details = page.locator("#details-panel");
    for (const text of [`Diplomats ${XSS_PAYLOADS[2]}`, XSS_PAYLOADS[3], `Diplomaten ${XSS_PAYLOADS[1]}`]) {
      await expect.poll(() => details.textContent()).toContain(text);
    }
    await expectInert();
    await shot("20b-xss-attribution");
  });

  it("shows query results as text in the table and the JSON view", async () => {
    await page.locator("#toggle-console").click();
    await typeQuery(
      `MATCH (n:Entity) RETURN n.name AS name, n.description AS description, '${XSS_PAYLOADS[1]}' AS literal`,
    );
    await page.keyboard.press("Control+Enter");
    await page.locator("#result-tab-table").click();
    const panel = page.locator("#result-panel");
    await expect.poll(() => panel.locator("tbody tr").count()).toBe(5);
    for (const payload of XSS_PAYLOADS) await expect.poll(() => panel.textContent()).toContain(payload);
    await expectInert();
    await page.locator("#result-tab-json").click();
    await expect.poll(() => panel.textContent()).toContain("window.__xss=2");
    await expectInert();
    await shot("22-xss-results");
  });

  it("never violated the Content-Security-Policy", async () => {
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
  });
});

describe("Cancel query", () => {
  it("shows while a query runs, stops it, and the next query runs", async () => {
    const cancel = page.locator("#cancel-query");
    expect(await cancel.isHidden()).toBe(true);
    await typeQuery(SLOW);
    await page.keyboard.press("Control+Enter");
    await cancel.waitFor({ state: "visible" });
    await shot("23-cancel-visible");
    await cancel.click();
    await expect.poll(() => page.locator(".console-status").textContent()).toBe("Cancelled");
    await expect.poll(() => cancel.isHidden()).toBe(true);
    // A cancel is not a failure of the query: the console says the person stopped it, nothing more.
    expect(await page.locator("#console-error").textContent()).toContain("You cancelled the query.");
    await shot("24-cancelled");
    await typeQuery("MATCH (n:Entity) RETURN count(n) AS c");
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.locator(".console-status").textContent()).toMatch(/^1 rows/);
  });
});

describe("the page", () => {
  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
