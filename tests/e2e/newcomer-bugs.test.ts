/**
 * Regression tests in Chromium for what a newcomer tripped over (issue #12, "Bugs seen"): queries sent
 * once and the previous error cleared, labels that never overlap (overview and a shortest-path
 * view), the narrow viewport, summary counts of what is visible, filter messages, and the camera
 * following filters and panels. Screenshots go to artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start-server.ts";
import { openAt, openExplorer, overlap, type Box, type ExplorerSession } from "./browser.ts";

let session: ExplorerSession;
let server: RunningServer;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);
const posts: string[] = [];

const open = (query: string, width = 1440, height = 900): Promise<void> =>
  openAt(page, `${server.url}/${query}`, width, height);

/** The labels drawn once the view is at rest (the camera and the label pass settle). */
async function labelsAtRest(): Promise<Record<string, Box>> {
  let previous = "";
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await page.evaluate(() => window.__lagebild?.labels()));
    if (now === previous && now !== "{}") break;
    previous = now;
  }
  return JSON.parse(previous) as Record<string, Box>;
}

function expectNoOverlap(labels: Record<string, Box>): void {
  const entries = Object.entries(labels);
  for (const [i, [a, boxA]] of entries.entries()) {
    for (const [b, boxB] of entries.slice(i + 1)) {
      expect(overlap(boxA, boxB), `labels of ${a} and ${b} overlap`).toBe(false);
    }
  }
}

async function runQuery(query: string): Promise<void> {
  await page.locator("#console-panel .cm-content").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type(query, { delay: 2 });
  await page.keyboard.press("Control+Enter");
}

beforeAll(async () => {
  session = await openExplorer({
    viewport: { width: 1440, height: 900 },
    expectedConsole: /400 \(Bad Request\)/,
  });
  ({ server, page, problems } = session);
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/query")) posts.push(r.postData() ?? "");
  });
});

afterAll(async () => {
  await session?.close();
});

describe("newcomer bugs", () => {
  it("draws labels of the overview without any overlap, and none under the legend", async () => {
    await open("");
    const labels = await labelsAtRest();
    expect(Object.keys(labels).length).toBeGreaterThan(30);
    expectNoOverlap(labels);
    const legend = await page.evaluate(() => {
      const g = document.getElementById("graph")!.getBoundingClientRect();
      const l = document.getElementById("legend")!.getBoundingClientRect();
      return { x: l.left - g.left, y: l.top - g.top, width: l.width, height: l.height };
    });
    for (const [id, box] of Object.entries(labels))
      expect(overlap(box, legend), `${id} under legend`).toBe(false);
    for (const id of ["usa", "us-president", "russia", "china"])
      expect(labels, `${id} labelled`).toHaveProperty(id);
    await shot("20-overview-labels");
  });

  it("labels both ends and every entity of a shortest-path view", async () => {
    await open("?actors=vladimir-putin,ukraine&focus=paths");
    const labels = await labelsAtRest();
    const shown = await page.evaluate(() => {
      const hidden = new Set(window.__lagebild?.hidden().nodes);
      return Object.keys(window.__lagebild?.positions() ?? {}).filter((id) => !hidden.has(id));
    });
    expect(shown).toContain("vladimir-putin");
    expect(Object.keys(labels).sort()).toEqual(shown.sort());
    expectNoOverlap(labels);
    await shot("21-paths-labels");
  });

  it("sends each query once, and clears the previous error while the next one runs", async () => {
    await open("?panels=console");
    posts.length = 0;
    await runQuery("MATCH (a RETURN a");
    await page
      .locator("#status-error")
      .filter({ hasText: /failed/i })
      .waitFor();
    await page.route("**/api/query", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await runQuery("MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b");
    await page.waitForFunction(() => window.__lagebild?.state().run.status === "running");
    expect(await page.locator("#status-error").textContent()).toBe("");
    await page.waitForFunction(() => window.__lagebild?.state().run.status === "done");
    await page.unroute("**/api/query");
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(2);
  });

  it("counts only what the graph shows in the query summary", async () => {
    await open("?panels=console&actors=russia");
    await runQuery("MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b");
    await page.waitForFunction(() => window.__lagebild?.state().run.status === "done");
    await page.locator("#result-tab-graph").click();
    const highlighted = await page.evaluate(() => window.__lagebild?.highlighted());
    const hidden = await page.evaluate(() => window.__lagebild?.hidden());
    const nodes = highlighted!.nodes.filter((id) => !hidden!.nodes.includes(id)).length;
    const summary = page.locator("#console-panel .result-summary p").first();
    await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${nodes} entit(y|ies) and `));
    await expect.poll(() => summary.textContent()).toContain("The filters hide");
  });

  it("says when a link names an actor the graph lacks", async () => {
    await open("?actors=nobody");
    const message = page.locator("#graph-message");
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain("“nobody”");
    await shot("22-unknown-actor");
    await message.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(() => message.isVisible()).toBe(false);
  });

  it("says in the details that the selected entity is hidden by the filters", async () => {
    await open("?actors=russia&sel=joe-biden");
    const notice = page.locator("#details-hidden-notice");
    await expect.poll(() => notice.isVisible()).toBe(true);
    await page.locator("#details-reset-filters").click();
    await expect.poll(() => notice.isVisible()).toBe(false);
  });

  it("refits the view to what the filters leave", async () => {
    await open("?panels=filters");
    await page.evaluate(() => {
      const input = document.getElementById("actor-search") as HTMLInputElement;
      input.focus();
    });
    await page.keyboard.type("Kamala", { delay: 20 });
    await page.locator("#actor-search-listbox [role=option]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__lagebild?.state().filters.actors.length === 1);
    await labelsAtRest();
    const inside = await page.evaluate(() => {
      const g = document.getElementById("graph")!.getBoundingClientRect();
      const hidden = new Set(window.__lagebild?.hidden().nodes);
      return Object.keys(window.__lagebild?.positions() ?? {})
        .filter((id) => !hidden.has(id))
        .map((id) => window.__lagebild?.nodeViewport(id))
        .every((p) => !!p && p.x > 0 && p.y > 0 && p.x < g.width && p.y < g.height);
    });
    expect(inside).toBe(true);
  });

  it("at 768×1024 centres the selection above the details sheet, and no panel covers another", async () => {
    await open("?sel=russia", 768, 1024);
    await labelsAtRest();
    const at = await page.evaluate(() => window.__lagebild?.nodeViewport("russia"));
    const sheetTop = await page.locator("#details-panel").evaluate((d) => {
      const g = document.getElementById("graph")!.getBoundingClientRect();
      return d.getBoundingClientRect().top - g.top;
    });
    expect(at!.y).toBeLessThan(sheetTop);
    expect(at!.y).toBeGreaterThan(0);
    await shot("23-narrow-selection");
    await page.locator("#toggle-filters").click();
    await page.locator("#toggle-console").click();
    await page.waitForTimeout(400);
    const boxes = await page.evaluate(() =>
      ["#filters-panel", "#details-panel", "#console-panel"].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    await shot("24-narrow-three-panels");
  });

  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
