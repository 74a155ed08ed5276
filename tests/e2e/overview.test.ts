/**
 * End-to-end journey through the overview of a big graph in Debian's Chromium: a generated corpus
 * served with a small overview threshold, so the page opens on the most central entities at their
 * stored places instead of the whole graph; selecting and searching expand it, "+N more" adds the
 * next page, a Cypher result brings its entities into view, and nothing moves from visit to visit.
 * Any console or page error fails the run; steps leave screenshots in artifacts/e2e/.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/cli/gen-corpus.ts";
import type { OverviewFilterResponse, OverviewResponse } from "../../src/contract/api/overview.ts";
import type { RunningServer } from "../../src/server/start-server.ts";
import { openExplorer, waitForGraph, type ExplorerSession } from "./browser.ts";

const CORPUS = { entities: 800, relationships: 4000, sources: 8 };
const SHOWN = 150;

let dir: string;
let session: ExplorerSession;
let server: RunningServer;
let page: Page;
let full: OverviewResponse;
let problems: string[];
const shot = (name: string) => session.shot(name);

const order = () => page.evaluate(() => Object.keys(window.__lagebild?.positions() ?? {}).length);
const activity = () => page.locator("#status-activity").textContent();
const visible = () =>
  page.evaluate(() => {
    const hidden = new Set(window.__lagebild?.hidden().nodes ?? []);
    return Object.keys(window.__lagebild?.positions() ?? {}).filter((id) => !hidden.has(id));
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-overview-e2e-"));
  writeCorpus(dir, CORPUS);
  session = await openExplorer({ graphDataDir: dir, server: { overview: { threshold: 500, limit: SHOWN } } });
  ({ server, page, problems } = session);
  full = (await (
    await fetch(`${server.url}/api/overview?limit=${CORPUS.entities}`)
  ).json()) as OverviewResponse;
  await page.goto(server.url);
  await waitForGraph(page);
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("overview of a big graph", () => {
  it("opens on the most central entities at their stored places and says what part is shown", async () => {
    expect(await order()).toBe(SHOWN);
    await expect.poll(activity).toContain(`Overview: ${SHOWN} of ${CORPUS.entities} entities`);
    const positions = await page.evaluate(() => window.__lagebild?.positions() ?? {});
    for (const [id, , , x, y, , , rank] of full.nodes.slice(0, SHOWN)) {
      expect(rank).toBeLessThan(SHOWN);
      expect(positions[id]).toEqual([x, y]);
    }
    await shot("overview-01-open");
  });

  it("draws the same picture on the next visit", async () => {
    const before = await page.evaluate(() => window.__lagebild?.positions());
    await page.reload();
    await waitForGraph(page);
    expect(await page.evaluate(() => window.__lagebild?.positions())).toEqual(before);
  });

  it("brings a searched entity that is not drawn into view, expanded, with its details", async () => {
    const [id, , name] = full.nodes.at(-1)!;
    const input = page.locator("#entity-search");
    await input.fill("");
    await input.pressSequentially(name, { delay: 10 });
    const option = page.locator(`#entity-search-listbox [role=option][data-id="${id}"]`);
    await option.click();
    await page.waitForFunction((want) => window.__lagebild?.selection() === want, id);
    await page.waitForFunction((want) => want in (window.__lagebild?.positions() ?? {}), id);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(name);
    expect(await order()).toBeGreaterThan(SHOWN);
    await expect.poll(activity).not.toContain(`Overview: ${SHOWN} of`);
  });

  it("expands the most central entity and adds the next page with +N more", async () => {
    const hub = full.nodes[0]![0];
    await page.goto(`${server.url}/?sel=${hub}`);
    await waitForGraph(page);
    const more = page.locator("#expand-more");
    await expect.poll(() => more.isVisible(), { timeout: 10_000 }).toBe(true);
    const label = (await more.textContent()) ?? "";
    expect(label).toMatch(/^\+\d[\d,]* more of /);
    const before = await order();
    await more.click();
    await expect.poll(order).toBeGreaterThan(before);
    await shot("overview-02-expanded");
  });

  it("brings the entities of a Cypher result into view and highlights them", async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    const far = full.nodes.slice(-3).map((n) => n[0]);
    await page.locator("#toggle-console").click();
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.type(`MATCH (n:Entity) WHERE n.overview_rank >= ${CORPUS.entities - 3} RETURN n`, {
      delay: 2,
    });
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(
      (ids) => ids.every((id) => window.__lagebild?.highlighted().nodes.includes(id)),
      far,
    );
  });

  it("filters the whole graph through the server, not only the entities drawn", async () => {
    const kind = full.kinds[full.nodes[0]![1]]!;
    await page.goto(`${server.url}/?hk=${kind}`);
    await waitForGraph(page);
    await expect.poll(activity, { timeout: 15_000 }).toContain("Filtered on the whole graph");
    const answer = (await (
      await fetch(`${server.url}/api/overview/filtered?hiddenKinds=${kind}&limit=${SHOWN}`)
    ).json()) as OverviewFilterResponse;
    const shown = await visible();
    expect(shown.sort()).toEqual(answer.nodes.map((n) => n[0]).sort());
    const rank = new Map(full.nodes.map((n) => [n[0], n]));
    expect(shown.every((id) => full.kinds[rank.get(id)![1]] !== kind)).toBe(true);
    // Entities the first overview did not draw are brought in from the whole graph.
    expect(shown.some((id) => rank.get(id)![7] >= SHOWN)).toBe(true);
    expect(await activity()).toContain(
      `showing the ${SHOWN} most central of ${answer.matched.nodes.toLocaleString("en")} matching entities`,
    );
    await shot("overview-03-filtered-kind");
  });

  it("shows the ego network of an actor far outside the overview", async () => {
    // The least central entity that has relationships: none of its network is in the first overview.
    const [id] = full.nodes.filter((n) => n[5] >= 2).at(-1)!;
    await page.goto(`${server.url}/?actors=${id}&depth=2`);
    await waitForGraph(page);
    await expect.poll(activity, { timeout: 15_000 }).toContain("Filtered on the whole graph");
    const answer = (await (
      await fetch(`${server.url}/api/overview/filtered?actors=${id}&depth=2&limit=${SHOWN}`)
    ).json()) as OverviewFilterResponse;
    expect(answer.nodes[0]![0]).toBe(id);
    expect(answer.nodes.length).toBeGreaterThan(2);
    expect(answer.relationships.length).toBeGreaterThan(1);
    const shown = await visible();
    expect(shown).toContain(id);
    expect(shown.sort()).toEqual(answer.nodes.map((n) => n[0]).sort());
    await shot("overview-04-filtered-actor");
  });

  it("goes back to the overview when the filters are reset", async () => {
    await page.locator("#toggle-filters").click();
    await page.locator("#reset-filters").click();
    await expect.poll(activity).toContain("Overview:");
    expect((await visible()).length).toBeGreaterThanOrEqual(SHOWN);
  });

  it("draws a budget of the overview's relationships, and all of an entity's when it is hovered or selected", async () => {
    const budget = 40;
    await page.addInitScript((n) => {
      (window as { __lagebildEdgeBudget?: number }).__lagebildEdgeBudget = n;
    }, budget);
    await page.goto(server.url);
    await waitForGraph(page);
    await expect.poll(activity).toContain(`Overview: ${SHOWN} of ${CORPUS.entities} entities, ${budget} of`);
    const drawn = new Set(full.nodes.slice(0, SHOWN).map((n) => n[0]));
    const among = full.relationships.filter((r) => drawn.has(r[2]) && drawn.has(r[3]));
    const of = (id: string) => among.filter((r) => r[2] === id || r[3] === id).map((r) => r[0]);
    const highlighted = () => page.evaluate(() => window.__lagebild?.highlighted().edges ?? []);
    const missing = async (id: string) => {
      const now = new Set(await highlighted());
      return of(id).filter((r) => !now.has(r));
    };
    // Hover the hub (or whatever entity lies over its centre): all its overview relationships are drawn.
    const hub = full.nodes[0]![0];
    await page.waitForFunction(() => window.__lagebild?.labelsSettled());
    const at = await page.evaluate((id) => {
      const p = window.__lagebild?.nodeViewport(id);
      const box = document.getElementById("graph")!.getBoundingClientRect();
      return p ? { x: p.x + box.left, y: p.y + box.top } : null;
    }, hub);
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction(() => window.__lagebild?.state().hovered !== null);
    const hovered = (await page.evaluate(() => window.__lagebild?.state().hovered))!;
    expect(of(hovered).length).toBeGreaterThan(1);
    await expect.poll(() => missing(hovered), { timeout: 10_000 }).toEqual([]);
    await expect.poll(activity).not.toContain(`entities, ${budget} of`);
    await shot("overview-05-budget-hover");
    // Selected, it keeps them after the pointer has left.
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction((want) => window.__lagebild?.selection() === want, hovered);
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => window.__lagebild?.state().hovered === null);
    await expect.poll(() => missing(hovered), { timeout: 10_000 }).toEqual([]);
  });

  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
