/**
 * Explorer UX v2, the remaining views in Chromium: the relationship-type filter grouped by family
 * (no scroller inside the panel, compact links), arrowheads beside edge labels on a small ego view,
 * the time layout on a date scale with its axis, layout and pins in a copied link, three panels at
 * 768×1024, labels at rest on the seed, and timeline playback from the view's first month.
 * Screenshots go to artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start-server.ts";
import { openAt, openExplorer, overlap, waitForGraph, type Box, type ExplorerSession } from "./browser.ts";

let session: ExplorerSession;
let server: RunningServer;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);

const open = (query: string, width = 1440, height = 900): Promise<void> =>
  openAt(page, `${server.url}/${query}`, width, height);

/** Waits until the labels are placed for the view at rest, twice in a row. */
async function labelsAtRest(): Promise<Record<string, Box>> {
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(() => window.__lagebild?.labelsSettled(), null, { timeout: 15_000 });
    await page.waitForTimeout(300);
  }
  return (await page.evaluate(() => window.__lagebild?.labels())) ?? {};
}

const search = () => new URL(page.url()).searchParams;
const shownNodes = () =>
  page.evaluate(() => {
    const hidden = new Set(window.__lagebild?.hidden().nodes);
    return Object.keys(window.__lagebild?.positions() ?? {}).filter((id) => !hidden.has(id));
  });

beforeAll(async () => {
  session = await openExplorer({
    viewport: { width: 1440, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  ({ server, page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("explorer views", () => {
  it("groups the relationship types by family, with no scroller inside the filter panel", async () => {
    await open("?panels=filters");
    const groups = page.locator("#filters-panel .type-group");
    expect(await groups.count()).toBeGreaterThanOrEqual(6);
    // Collapsed, each group says how many of its types are shown and how many relationships that is.
    expect(await page.locator("#filters-panel .checkbox-types:visible").count()).toBe(0);
    const conflict = page.locator(".type-group[data-family='conflict']");
    expect(await conflict.locator(".type-group-count").textContent()).toMatch(/^(\d+)\/\1 · \d+$/);
    // The panel is the only scroller: nothing inside it scrolls on its own.
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll("#filters-panel *")]
        .filter((e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowY))
        .filter((e) => e.scrollHeight > e.clientHeight + 1)
        .map((e) => e.className),
    );
    expect(scrollers.every((c) => c === "panel-scroll")).toBe(true);

    // Filter as you type: only matching types stay, in opened groups.
    await page.locator("#type-filter").fill("threat");
    const visible = await page
      .locator("#filters-panel .checkbox-types li:visible input")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(visible.sort()).toEqual(["PERCEIVES_AS_THREAT", "THREATENS"]);
    await page.locator("#filters-panel .panel-scroll").evaluate((e) => (e.scrollTop = e.scrollHeight));
    await shot("40-type-filter-search");
    await page.locator("#type-filter").fill("");

    // "None" on a family hides all its types; the link names the family, not nine types.
    await conflict.getByRole("button", { name: "Hide all Conflict types" }).click();
    await expect.poll(() => search().get("ht")).toBe("conflict");
    const hiddenEdges = await page.evaluate(() => window.__lagebild!.hidden().edges.length);
    expect(hiddenEdges).toBeGreaterThan(0);
    await conflict.locator(".type-group-toggle").click();
    expect(await conflict.locator(".type-group-toggle").getAttribute("aria-expanded")).toBe("true");
    await page.locator("#filters-panel .panel-scroll").evaluate((e) => (e.scrollTop = e.scrollHeight));
    await shot("41-type-groups");

    // Showing only one type: the link lists the one shown type instead of every hidden one.
    await page.getByRole("button", { name: "No types" }).click();
    await expect.poll(() => search().get("st")).toBe("");
    await conflict.locator("input[value='THREATENS']").check();
    await expect.poll(() => search().get("st")).toBe("THREATENS");
    expect(page.url().length).toBeLessThan(server.url.length + 60);
    const shown = await page.evaluate(() => {
      const h = new Set(window.__lagebild!.hidden().edges);
      return window.__lagebild!.state().filters.hiddenTypes.length + (h.size > 0 ? 0 : 1000);
    });
    expect(shown).toBeGreaterThan(30);
  });

  it("still reads an old link that lists every hidden type", async () => {
    const all = await page.evaluate(() => window.__lagebild!.state().filters.hiddenTypes);
    const old = all.filter((t) => t !== "THREATENS").join(",");
    await open(`?ht=${old}`);
    const state = await page.evaluate(() => window.__lagebild!.state().filters.hiddenTypes);
    expect(state).not.toContain("THREATENS");
    expect(state.length).toBe(all.filter((t) => t !== "THREATENS").length);
    // The next change of view rewrites the link in the compact form.
    await page.locator("#toggle-filters").click();
    await expect.poll(() => search().get("st")).toBe("THREATENS");
    expect(search().get("ht")).toBeNull();
  });

  it("draws the relationship types of a 7-entity ego view beside their edges, arrowheads clear", async () => {
    await open("?actors=russia");
    const labels = await labelsAtRest();
    expect(await shownNodes()).toHaveLength(7);
    expect(Object.keys(labels)).toHaveLength(7);
    const edgeLabels = await page.evaluate(() => window.__lagebild!.edgeLabels());
    expect(edgeLabels.length).toBe(9);
    expect(edgeLabels.every((e) => e.position === "above")).toBe(true);
    // No node label covers an arrowhead.
    const heads = await page.evaluate(() => window.__lagebild!.arrowheads());
    expect(heads.length).toBe(9);
    for (const [id, box] of Object.entries(labels))
      for (const h of heads) {
        const nx = Math.max(box.x, Math.min(h.x, box.x + box.width));
        const ny = Math.max(box.y, Math.min(h.y, box.y + box.height));
        expect(Math.hypot(nx - h.x, ny - h.y), `label of ${id} over an arrowhead`).toBeGreaterThanOrEqual(
          h.radius - 1,
        );
      }
    await shot("42-ego-arrowheads");
  });

  it("draws the seed at rest with no overlapping labels and its central entities labelled", async () => {
    await open("");
    await page.locator("#intro-dismiss").click();
    const labels = await labelsAtRest();
    const entries = Object.entries(labels);
    for (const [i, [a, boxA]] of entries.entries())
      for (const [b, boxB] of entries.slice(i + 1))
        expect(overlap(boxA, boxB), `${a} and ${b} overlap`).toBe(false);
    // Before: 44 of 55 labels at rest (full names, 13 px, noverlap margin 0.4).
    expect(entries.length).toBeGreaterThanOrEqual(47);
    for (const id of ["nato", "usa", "russia", "ukraine", "china", "mark-rutte", "donald-trump", "germany"])
      expect(labels, `${id} labelled`).toHaveProperty(id);
    await shot("43-seed-labels-at-rest");
  });

  it("lays the graph out on a date scale with an axis that follows the camera", async () => {
    await page.locator("#layout").selectOption("time");
    await page.waitForFunction(() => window.__lagebild?.timeAxis());
    await labelsAtRest();
    expect(search().get("layout")).toBe("time");
    const ticks = await page.locator("#time-axis .time-tick").allTextContents();
    expect(ticks).toContain("2016");
    expect(ticks).toContain("2024");
    // After the refit the whole October 2024 column is on screen.
    const inside = await page.evaluate(() => {
      const g = document.getElementById("graph")!.getBoundingClientRect();
      return Object.keys(window.__lagebild!.positions()).every((id) => {
        const p = window.__lagebild!.nodeViewport(id);
        return !!p && p.x >= 0 && p.y >= 0 && p.x <= g.width && p.y <= g.height;
      });
    });
    expect(inside).toBe(true);
    // x is linear in time: years are equally far apart on the axis.
    const left = (label: string) =>
      page
        .locator("#time-axis .time-tick", { hasText: label })
        .evaluate((e) => parseFloat((e as HTMLElement).style.left));
    const [y17, y18, y19] = [await left("2017"), await left("2018"), await left("2019")];
    expect(Math.abs(y19 - y18 - (y18 - y17))).toBeLessThanOrEqual(2);
    await shot("44-time-layout-axis");
    // Zooming in on October 2024: the axis moves with the camera and shows months.
    const box = (await page.locator("#graph").boundingBox())!;
    const october = await page.evaluate(() => window.__lagebild!.nodeViewport("mark-rutte"));
    await page.mouse.move(box.x + october!.x, box.y + october!.y);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(150);
    }
    await expect
      .poll(() => page.locator("#time-axis .time-tick").allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^(Sep|Oct|Nov) 2024$|^\d+ (Sep|Oct) 2024$/)]));
    await labelsAtRest();
    await shot("45-time-axis-zoomed");
  });

  it("keeps the layout and dragged entities in a copied link", async () => {
    await open("?layout=time");
    await page.waitForFunction(() => window.__lagebild?.timeAxis());
    await labelsAtRest();
    const box = (await page.locator("#graph").boundingBox())!;
    const at = await page.evaluate(() => window.__lagebild!.nodeViewport("donald-trump"));
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await page.mouse.down();
    await page.mouse.move(box.x + at!.x + 120, box.y + at!.y + 90, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => search().get("pins") ?? "").toMatch(/^donald-trump\*-?\d+(\.\d)?\*-?\d+(\.\d)?$/);
    const dragged = (await page.evaluate(() => window.__lagebild!.positions()["donald-trump"]))!;
    await page.locator("#copy-link").click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link.length).toBeLessThan(server.url.length + 80);

    const other = await session.context.newPage();
    await other.setViewportSize({ width: 1440, height: 900 });
    await other.goto(link);
    await waitForGraph(other);
    await other.waitForFunction(() => window.__lagebild?.timeAxis());
    const again = await other.evaluate(() => ({
      state: window.__lagebild!.state(),
      trump: window.__lagebild!.positions()["donald-trump"],
    }));
    expect(again.state.layout).toBe("time");
    expect(again.trump![0]).toBeCloseTo(dragged[0], 0);
    expect(again.trump![1]).toBeCloseTo(dragged[1], 0);
    expect(await other.locator("#layout").inputValue()).toBe("time");
    // The pin holds in another layout, and "Unpin" lets it go back to its place.
    await other.locator("#layout").selectOption("force");
    await other.waitForTimeout(700);
    const kept = await other.evaluate(() => window.__lagebild!.positions()["donald-trump"]);
    expect(kept![0]).toBeCloseTo(dragged[0], 0);
    await other.locator("#unpin-all").click();
    await other.waitForTimeout(800);
    const released = await other.evaluate(() => window.__lagebild!.positions()["donald-trump"]);
    expect(Math.abs(released![0] - dragged[0]) + Math.abs(released![1] - dragged[1])).toBeGreaterThan(1);
    expect(new URL(other.url()).searchParams.get("pins")).toBeNull();
    await other.close();
  });

  it("plays the timeline from the first month of the current view, across its range in about ten seconds", async () => {
    await open("?actors=russia&panels=timeline");
    await page.locator("#timeline-play").click();
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateFrom !== null);
    const first = await page.evaluate(() => window.__lagebild!.state().filters.dateFrom);
    expect(first).not.toBe("2016-01-01");
    expect(first! >= "2024-01-01").toBe(true);
    const step = Number(await page.locator("#timeline-play").getAttribute("data-step-ms"));
    const months = await page.evaluate(() => {
      const f = window.__lagebild!.state().filters.dateFrom!;
      return (2024 - Number(f.slice(0, 4))) * 12 + (11 - Number(f.slice(5, 7))) + 1;
    });
    expect(step * months).toBeGreaterThan(8_000);
    expect(step * months).toBeLessThan(12_000);
    await shot("46-timeline-playing-from-first-month");
    await page.waitForFunction(
      () =>
        window.__lagebild?.state().filters.dateTo === null ||
        document.getElementById("timeline-play")?.getAttribute("aria-pressed") === "false",
      null,
      { timeout: 20_000 },
    );
  });

  it("keeps the graph usable at 768×1024 with Filters, Details and Cypher open", async () => {
    await open("?sel=russia&panels=filters,console", 768, 1024);
    await labelsAtRest();
    const tabs = page.getByRole("tablist", { name: "Open panels" });
    expect(await tabs.getByRole("tab").allTextContents()).toEqual(["Filters", "Entity details", "Cypher"]);
    const graph = await page.evaluate(() => {
      const g = document.getElementById("graph")!.getBoundingClientRect();
      const covers = [...document.querySelectorAll<HTMLElement>(".panel, .sheet-tabs")]
        .filter((e) => !e.hidden && e.getClientRects().length > 0)
        .map((e) => e.getBoundingClientRect());
      const top = Math.min(...covers.map((r) => r.top));
      return { free: top - g.top, width: g.width, height: g.height, open: covers.length };
    });
    // One sheet and its tabs: the graph keeps at least 45% of its height, full width.
    expect(graph.open).toBe(2);
    expect(graph.free / graph.height).toBeGreaterThan(0.45);
    const russia = await page.evaluate(() => window.__lagebild!.nodeViewport("russia"));
    expect(russia!.y).toBeGreaterThan(0);
    expect(russia!.y).toBeLessThan(graph.free);
    await shot("47-narrow-three-panels");
    await tabs.getByRole("tab", { name: "Filters" }).click();
    expect(await page.locator("#filters-panel").isVisible()).toBe(true);
    expect(await page.locator("#console-panel").isVisible()).toBe(false);
    await shot("48-narrow-filters-tab");
  });

  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
