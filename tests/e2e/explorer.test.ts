/**
 * End-to-end journey through the explorer in Debian's Chromium, on the real seed graph served by the
 * real server: overview, search, details, click-through, ego filter, Cypher query with highlight and
 * table, source reader, back/forward, URL reload, accented search. Any console or page error fails
 * the run; every step leaves a screenshot in artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start-server.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import type { HealthResponse } from "../../src/contract/api/health.ts";
import type { NeighborsResponse } from "../../src/contract/api/nodes.ts";
import { openExplorer, waitForGraph, type ExplorerSession } from "./browser.ts";

let session: ExplorerSession;
let server: RunningServer;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);

async function searchAndPick(text: string, id: string): Promise<void> {
  const input = page.locator("#entity-search");
  await input.fill("");
  await input.pressSequentially(text, { delay: 20 });
  const first = page.locator("#entity-search-listbox [role=option]").first();
  await expect.poll(() => first.getAttribute("data-id"), { timeout: 5000 }).toBe(id);
  await expect.poll(() => first.getAttribute("aria-selected")).toBe("true");
  await input.press("Enter");
  await page.waitForFunction((want) => window.__lagebild?.selection() === want, id);
}

beforeAll(async () => {
  session = await openExplorer();
  ({ server, page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("explorer journey", () => {
  it("renders the overview graph with legend and status", async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await expect.poll(() => page.locator("#status-engine").textContent()).toMatch(/grafeo/);
    await expect.poll(() => page.locator("#status-counts").textContent()).toMatch(/Hidden: 0 entities/);
    const marks = await page.evaluate(() => performance.getEntriesByName("lagebild:first-render").length);
    expect(marks).toBe(1);
    // The overview's screenshot shows the labels as they rest, not mid-placement.
    await page.waitForFunction(() => window.__lagebild?.labelsSettled(), null, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.waitForFunction(() => window.__lagebild?.labelsSettled(), null, { timeout: 15_000 });
    await shot("01-overview");
  });

  it("highlights a node's neighbours on hover and selects it on click", async () => {
    const box = await page.locator("#graph").boundingBox();
    const at = await page.evaluate(() => window.__lagebild?.nodeViewport("russia"));
    expect(box && at).toBeTruthy();
    if (!box || !at) return;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.__lagebild?.highlighted().nodes.includes("russia"));
    const neighbours = await page.evaluate(() => window.__lagebild?.highlighted().nodes ?? []);
    expect(neighbours).toContain("china");
    await shot("01b-hover-russia");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.__lagebild?.selection() === "russia");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => window.__lagebild?.selection() === null);
    await page.mouse.move(box.x + 5, box.y + 5);
  });

  it("searches China and shows its ENABLES relationship to Russia with the quote", async () => {
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("entity-search");
    await searchAndPick("China", "china");
    const group = page.locator("#details-panel [data-group='out:ENABLES']");
    await group.waitFor();
    await expect.poll(() => group.locator(".rel-other").first().textContent()).toBe("Russia");
    await expect
      .poll(() => group.locator(".quote").first().textContent())
      .toContain("„entscheidenden Befähiger“");
    expect(await page.evaluate(() => window.__lagebild?.highlighted().nodes.includes("russia"))).toBe(true);
    expect(page.url()).toContain("sel=china");
    await shot("02-china-details");
  });

  it("clicks through to Russia, and back/forward move the selection", async () => {
    await page.locator("#details-panel [data-group='out:ENABLES'] .rel-other").first().click();
    await page.waitForFunction(() => window.__lagebild?.selection() === "russia");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Russia");
    await shot("03-russia-details");
    await page.goBack();
    await page.waitForFunction(() => window.__lagebild?.selection() === "china");
    await page.goForward();
    await page.waitForFunction(() => window.__lagebild?.selection() === "russia");
  });

  it("filters to Russia's ego network and shows the counts the API agrees with", async () => {
    const expected = (await (
      await fetch(`${server.url}/api/nodes/russia/neighbors?depth=1`)
    ).json()) as NeighborsResponse;
    const total = (await (await fetch(`${server.url}/api/health`)).json()) as HealthResponse;
    await page.locator("#details-panel button", { hasText: "Ego network" }).click();
    await page.waitForFunction(() => window.__lagebild?.state().filters.actors.join() === "russia");
    const counts = page.locator("#filter-counts");
    await expect
      .poll(() => counts.textContent())
      .toContain(
        `Showing ${expected.nodes.length} of ${total.nodes} entities and ${expected.relationships.length} of ${total.relationships} relationships`,
      );
    const hidden = await page.evaluate(() => window.__lagebild?.hidden());
    expect(hidden?.nodes.length).toBe(total.nodes - expected.nodes.length);
    expect(page.url()).toContain("actors=russia");
    await shot("04-russia-ego");
  });

  it("restores selection and filters from the URL on reload", async () => {
    await page.reload();
    await waitForGraph(page);
    const state = await page.evaluate(() => window.__lagebild?.state());
    expect(state?.selection).toBe("russia");
    expect(state?.filters.actors).toEqual(["russia"]);
    await page.locator("#reset-filters").click();
    const entities = loadGraphData().entities.length;
    await expect
      .poll(() => page.locator("#filter-counts").textContent())
      .toContain(`Showing ${entities} of ${entities} entities`);
  });

  it("runs a Cypher query with Ctrl+Enter and highlights the result in graph and table", async () => {
    await page.locator("#toggle-console").click();
    const editor = page.locator("#console-panel .cm-content");
    await editor.click();
    await page.keyboard.type("MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b", { delay: 5 });
    await page.keyboard.press("Control+Enter");
    const result = await (
      await fetch(`${server.url}/api/query`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b" }),
      })
    ).json();
    // Wait for the result's highlight itself: until the query answers, the selection's neighbourhood
    // (Russia's, from the previous step) is highlighted, which a loaded machine shows for longer.
    const expected = result.graph.relationships.map((r: { id: string }) => r.id).sort();
    await page.waitForFunction(
      (ids) => JSON.stringify(window.__lagebild?.highlighted().edges.sort()) === JSON.stringify(ids),
      expected,
    );
    const highlighted = await page.evaluate(() => window.__lagebild?.highlighted());
    expect(highlighted?.edges.sort()).toEqual(
      result.graph.relationships.map((r: { id: string }) => r.id).sort(),
    );
    // The measure is taken on the frame after the highlight, which a loaded machine may delay.
    await page.waitForFunction(() => performance.getEntriesByName("lagebild:query-to-highlight").length > 0);
    const measure = await page.evaluate(
      () => performance.getEntriesByName("lagebild:query-to-highlight").length,
    );
    expect(measure).toBeGreaterThan(0);
    await shot("05-query-graph");
    await page.locator("#result-tab-table").click();
    const rows = page.locator("#result-panel tbody tr");
    await expect.poll(() => rows.count()).toBe(result.rows.length);
    await shot("06-query-table");
  });

  it("highlights Cypher and completes labels from the schema", async () => {
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (n:Pe", { delay: 20 });
    const completion = page.locator(".cm-tooltip-autocomplete li", { hasText: "Person" });
    await completion.first().waitFor();
    const keywordColour = await page
      .locator("#console-panel .cm-content span", { hasText: "MATCH" })
      .first()
      .evaluate((s) => getComputedStyle(s).color);
    expect(keywordColour).not.toBe(
      await page.locator("#console-panel .cm-content").evaluate((c) => getComputedStyle(c).color),
    );
    await shot("07-editor-autocomplete");
  });

  it("shows a query error at its position in the editor", async () => {
    const editor = page.locator("#console-panel .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (a RETURN a", { delay: 5 });
    await page.keyboard.press("Control+Enter");
    await page
      .locator("#console-error")
      .filter({ hasText: /line 1/ })
      .waitFor();
    await page.locator("#console-panel .cm-lintRange-error").first().waitFor();
    await shot("08-query-error");
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("400 (Bad Request)")));
  });

  it("opens the source of a quote with the quoted span highlighted", async () => {
    await searchAndPick("China", "china");
    const quote = page.locator("#details-panel [data-group='out:ENABLES'] .quote").first();
    await quote.click();
    const mark = page.locator("#source-reader mark");
    await mark.waitFor();
    await expect.poll(() => mark.textContent()).toContain("„entscheidenden Befähiger“");
    expect(await mark.evaluate((m) => m.closest("dialog")?.open)).toBe(true);
    const visible = await mark.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const text = m.closest(".source-text")?.getBoundingClientRect();
      return !!text && box.top >= text.top && box.bottom <= text.bottom;
    });
    expect(visible).toBe(true);
    expect(page.url()).toContain("doc=");
    await shot("09-source-reader");
    await page.keyboard.press("Escape");
    await expect
      .poll(() => page.locator("#source-reader").evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    // The URL follows the state on its own schedule (replaceState after the render).
    await expect.poll(() => page.url()).not.toContain("doc=");
  });

  it("finds Zelensky by 'selenskyj' and China by its capital 'peking'", async () => {
    await searchAndPick("selenskyj", "volodymyr-zelensky");
    await shot("10-search-selenskyj");
    await searchAndPick("peking", "china");
  });

  it("says whom a claim is attributed to and what it depends on, lists every quote and its sources", async () => {
    await searchAndPick("China", "china");
    const enables = page.locator("#details-panel li.rel-item[data-relationship='china-enables-russia']");
    await expect(enables.locator(".rel-attribution").textContent()).resolves.toBe("according to NATO");
    await expect(enables.locator(".rel-sources").textContent()).resolves.toBe("1 source");
    await expect(enables.locator(".quote-list .quote").count()).resolves.toBe(1);
    const supplies = page.locator("#details-panel li.rel-item[data-relationship='china-supplies-russia']");
    await expect(supplies.locator(".rel-attribution").textContent()).resolves.toBe(
      "according to Western observers",
    );
    await shot("12-details-attribution");
    await supplies.locator(".rel-speaker").click();
    await expect
      .poll(() => page.evaluate(() => window.__lagebild?.state().selection))
      .toBe("western-observers");
    await searchAndPick("Rutte", "mark-rutte");
    const prevents = page.locator(
      "#details-panel li.rel-item[data-relationship='rutte-prevents-us-withdrawal-from-nato']",
    );
    await expect(prevents.locator(".rel-condition").textContent()).resolves.toBe(
      "if Donald Trump WINS 2024 US presidential election",
    );
    await prevents.scrollIntoViewIfNeeded();
    await shot("12-details-condition");
    await searchAndPick("NATO-Länder", "nato-member-states");
    const meets = page.locator(
      "#details-panel li.rel-item[data-relationship='nato-member-states-meet-two-percent-target']",
    );
    await expect(meets.locator(".rel-quantity").textContent()).resolves.toBe("23 of 32");
    await meets.scrollIntoViewIfNeeded();
    await shot("13-details-quantity");
    await searchAndPick("Ramstein-Treffen", "ramstein-meeting-2024-10-12");
    await expect.poll(() => page.locator("#details-panel .entity-date").textContent()).toBe("2024-10-12");
    await searchAndPick("NATO", "nato");
    const calls = page.locator(
      "#details-panel li.rel-item[data-relationship='nato-calls-china-decisive-enabler']",
    );
    await expect(calls.locator(".rel-says").textContent()).resolves.toBe("saying: China ENABLES Russia");
  });

  it.each([
    ["landscape", 1024, 768],
    ["portrait", 768, 1024],
  ])("lays the panels over the graph on a %s tablet", async (name, width, height) => {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(400);
    const graphWidth = await page.locator("#graph").evaluate((g) => g.getBoundingClientRect().width);
    expect(graphWidth).toBe(width);
    const details = await page.locator("#details-panel").evaluate((d) => getComputedStyle(d).position);
    expect(details).toBe("absolute");
    await shot(`11-tablet-${name}`);
  });

  it("sends a query named by a link exactly once, while the graph is still loading", async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const sent: string[] = [];
    const count = (request: { method(): string; url(): string; postData(): string | null }) => {
      if (request.method() === "POST" && request.url().endsWith("/api/query"))
        sent.push(request.postData() ?? "");
    };
    page.on("request", count);
    try {
      const query = "MATCH (a)-[r:SUPPLIES]->(b) RETURN a, r, b";
      await page.goto(`${server.url}/?q=${encodeURIComponent(query)}&panels=console`);
      await waitForGraph(page);
      await page.waitForFunction(() => (window.__lagebild?.highlighted().edges.length ?? 0) > 0);
      await page.waitForTimeout(300);
      expect(sent).toHaveLength(1);
      expect(JSON.parse(sent[0] ?? "{}")).toMatchObject({ query });
      const state = await page.evaluate(() => window.__lagebild?.state());
      expect(state?.run.status).toBe("done");
      expect(state?.history[0]).toBe(query);
    } finally {
      page.off("request", count);
    }
  });

  it("cancels a running query from the console", async () => {
    const slow = "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c";
    await page.evaluate(() => window.__lagebild?.ready);
    const editor = page.locator("#console-panel .cm-content");
    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(slow, { delay: 1 });
    await page.keyboard.press("Control+Enter");
    const cancel = page.locator("#cancel-query");
    await cancel.waitFor({ state: "visible" });
    await cancel.click();
    await expect.poll(() => page.locator("#console-panel .console-status").textContent()).toBe("Cancelled");
    await expect(cancel.isHidden()).resolves.toBe(true);
    const run = await page.evaluate(() => window.__lagebild?.state().run);
    expect(run).toMatchObject({ status: "error", code: "CANCELLED", query: slow });
  });

  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
