/**
 * The page half of `npm run bench -- --scale`: opens the explorer (or the bench's bare-sigma floor
 * page, src/ui/bench/floor.html) in Chromium and measures navigation to first rendered graph, the API
 * bytes fetched before it, page errors, and the longest task (long-task observer) while hovering
 * entities, selecting the most central one (from the search box) and adding 100 more of its
 * relationships.
 */
import type { Browser, Page } from "playwright-core";
import type { OverviewResponse } from "../contract/api/overview.ts";
import { FIRST_RENDER } from "../ui/bench/marks.ts";

export interface PageFigures {
  firstRender: number;
  apiBytes: number;
  errors: number;
  /** Longest task while hovering five entities, one at a time. */
  hover: number;
  /** Longest task from clicking the most central entity until its first page of neighbours is drawn. */
  select: number;
  /** Longest task from "+N more" until the next 100 are drawn. */
  expand: number;
}

type Where = { x: number; y: number } | null;

/** Page coordinates of a node; `hooks` is the page's test hook object (`__lagebild` or `__floor`). */
function nodeOnPage(page: Page, hooks: "__lagebild" | "__floor", id: string): Promise<Where> {
  return page.evaluate(
    ([name, node]) => {
      const h = (window as unknown as Record<string, { nodeViewport(id: string): Where } | undefined>)[name!];
      const at = h?.nodeViewport(node!);
      const box = document.getElementById("graph")?.getBoundingClientRect();
      return at && box ? { x: at.x + box.left, y: at.y + box.top } : null;
    },
    [hooks, id],
  );
}

/** The longest task since the last call. */
const longest = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const value = w.__longest;
    w.__longest = 0;
    return value;
  });

/** Opens `url` (the explorer, or the floor page with `floor`) and measures it; interacts if asked. */
export async function pageFigures(
  browser: Browser,
  url: string,
  options: { interact: boolean; floor?: boolean },
): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  let errors = 0;
  page.on("pageerror", () => errors++);
  const hooks = options.floor ? "__floor" : "__lagebild";
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER, {
      timeout: 180_000,
      polling: 50,
    });
    const { firstRender, apiBytes } = await page.evaluate((name) => {
      const at = performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const bytes = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.name.includes("/api/") && e.responseEnd <= at)
        .reduce((sum, e) => sum + e.transferSize, 0);
      return { firstRender: at, apiBytes: bytes };
    }, FIRST_RENDER);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 180_000 });
    const figures = {
      firstRender,
      apiBytes,
      errors,
      hover: Number.NaN,
      select: Number.NaN,
      expand: Number.NaN,
    };
    if (!options.interact) return { ...figures, errors };
    // Let the first frames and label placement settle, then interact.
    await page.waitForTimeout(2000);
    await longest(page);
    const ids = await page.evaluate((name) => {
      const w = window as unknown as {
        __lagebild?: { positions(): Record<string, unknown> };
        __floor?: { ids(): string[] };
      };
      return name === "__floor" ? (w.__floor?.ids() ?? []) : Object.keys(w.__lagebild?.positions() ?? {});
    }, hooks);
    for (const id of ids.slice(1, 6)) {
      const at = await nodeOnPage(page, hooks, id);
      if (at) await page.mouse.move(at.x, at.y);
      await page.waitForTimeout(400);
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    figures.hover = await longest(page);
    if (options.floor) return { ...figures, errors };
    // The most central entity, selected from the search box (in a dense overview a click at its
    // centre can land on a smaller entity drawn over it).
    const top = (await (await fetch(new URL("/api/overview?limit=1", url))).json()) as OverviewResponse;
    const [hub, , name] = top.nodes[0] ?? [];
    if (hub && name) {
      await page.locator("#entity-search").fill(name);
      const option = page.locator(`#entity-search-listbox [role=option][data-id="${hub}"]`);
      await option.waitFor({ state: "visible", timeout: 30_000 });
      await page.waitForTimeout(500);
      await longest(page);
      await option.click();
    }
    const more = page.locator("#expand-more");
    await more.waitFor({ state: "visible", timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    figures.select = await longest(page);
    if (await more.isVisible()) {
      const before = await page.evaluate(() => Object.keys(window.__lagebild?.positions() ?? {}).length);
      await more.click();
      await page
        .waitForFunction((n) => Object.keys(window.__lagebild?.positions() ?? {}).length > n, before, {
          timeout: 30_000,
        })
        .catch(() => undefined);
      await page.waitForTimeout(1500);
      figures.expand = await longest(page);
    }
    return { ...figures, errors };
  } finally {
    await page.close();
  }
}
