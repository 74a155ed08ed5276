/**
 * Explorer UX v2 in Chromium: the timeline (histogram, brush handles, playback) filtering the graph
 * in place, the Export menu (PNG, SVG, GEXF, GraphML, CSV, JSON of what is visible, each file read
 * back), keyboard help and the keyboard route through the graph, Copy link, plain-language errors,
 * and a query cancelled on a 768×1024 tablet. Screenshots go to artifacts/e2e/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start-server.ts";
import { openExplorer, waitForGraph, type ExplorerSession } from "./browser.ts";

let session: ExplorerSession;
let server: RunningServer;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);

/** Downloads the export `format` and returns the file's path. */
async function exportAs(format: string): Promise<string> {
  await page.locator("#export-button").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`#export-menu [data-format='${format}']`).click(),
  ]);
  const path = join(session.artifacts, `export-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

beforeAll(async () => {
  session = await openExplorer({
    viewport: { width: 1440, height: 900 },
    context: { acceptDownloads: true },
    permissions: ["clipboard-read", "clipboard-write"],
    expectedConsole: /\b(400|403|499)\b/,
  });
  ({ server, page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("explorer UX v2", () => {
  it("says on the first screen which article the graph is and what to do first", async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    const intro = page.locator("#intro");
    await intro.waitFor();
    expect(await intro.textContent()).toMatch(/AFP, 2024-10: „Rutte übernimmt die NATO-Spitze/);
    await shot("30-intro");
    await page.locator("#intro-dismiss").click();
    await expect.poll(() => intro.count()).toBe(0);
  });

  it("filters the graph with the timeline's handles and plays it month by month", async () => {
    await page.locator("#toggle-timeline").click();
    const region = page.getByRole("group", { name: "Timeline" });
    await region.waitFor();
    const start = page.getByRole("slider", { name: "Timeline start month" });
    const end = page.getByRole("slider", { name: "Timeline end month" });
    const before = (await page.evaluate(() => window.__lagebild?.hidden().edges.length)) ?? 0;
    expect(before).toBe(0);
    // Keyboard on the end handle: back from the last month to Sep 2024 (two steps).
    await end.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateTo === "2024-09-30");
    await expect.poll(() => end.getAttribute("aria-valuetext")).toBe("Sep 2024");
    const hiddenSep = (await page.evaluate(() => window.__lagebild?.hidden().edges.length)) ?? 0;
    expect(hiddenSep).toBeGreaterThan(0);
    expect(page.url()).toContain("to=2024-09-30");
    await shot("31-timeline-until-sep-2024");
    // Both handles on Oct 2024: only October's relationships stay.
    await end.fill(String(Number(await end.getAttribute("max")) - 1));
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateTo === "2024-10-31");
    await start.fill(String(Number(await start.getAttribute("max")) - 1));
    await page.waitForFunction(
      () =>
        window.__lagebild?.state().filters.dateFrom === "2024-10-01" &&
        window.__lagebild?.state().filters.dateTo === "2024-10-31",
    );
    await expect
      .poll(() => page.locator("#timeline-summary").textContent())
      .toMatch(/^Oct 2024 – Oct 2024 · \d+ dated/);
    // Playback grows the range month by month, then stops at the last month.
    await page.locator("#timeline-all").click();
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateTo === null);
    // Playback starts at the view's first month (the whole seed: January 2016) and steps several
    // months at a time so that it ends in about ten seconds.
    await page.locator("#timeline-play").click();
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateFrom === "2016-01-01");
    await page.waitForFunction(() => (window.__lagebild?.state().filters.dateTo ?? "") >= "2016-03-31");
    await shot("32-timeline-playing");
    await page.locator("#timeline-play").click();
    expect(await page.locator("#timeline-play").getAttribute("aria-pressed")).toBe("false");
    await page.locator("#timeline-all").click();
    await page.waitForFunction(() => window.__lagebild?.state().filters.dateFrom === null);
  });

  it("exports the visible subgraph as GEXF, GraphML, CSV and JSON, and the view as PNG and SVG", async () => {
    await page.goto(`${server.url}/?actors=russia`);
    await waitForGraph(page);
    const shown = await page.evaluate(() => {
      const h = window.__lagebild!.hidden();
      const all = Object.keys(window.__lagebild!.positions());
      return { nodes: all.length - h.nodes.length, hiddenEdges: h.edges.length };
    });
    const total = await (await fetch(`${server.url}/api/health`)).json();
    const edges = total.relationships - shown.hiddenEdges;
    expect(shown.nodes).toBeLessThan(total.nodes);

    const fromGexf = gexf.parse(MultiDirectedGraph, readFileSync(await exportAs("gexf"), "utf8"));
    expect([fromGexf.order, fromGexf.size]).toEqual([shown.nodes, edges]);
    expect(fromGexf.hasNode("russia")).toBe(true);

    const fromGraphml = graphml.parse(MultiDirectedGraph, readFileSync(await exportAs("graphml"), "utf8"));
    expect([fromGraphml.order, fromGraphml.size]).toEqual([shown.nodes, edges]);
    expect(fromGraphml.getNodeAttribute("russia", "label")).toBe("Russia");

    const json = JSON.parse(readFileSync(await exportAs("json"), "utf8"));
    expect(json.nodes).toHaveLength(shown.nodes);
    expect(json.edges).toHaveLength(edges);
    expect(
      json.edges.every((e: { attributes: { evidence_quote: string } }) => e.attributes.evidence_quote),
    ).toBe(true);

    const rows = readFileSync(await exportAs("csv-relationships"), "utf8")
      .trim()
      .split("\r\n");
    expect(rows).toHaveLength(edges + 1);
    expect(rows[0]).toContain('"evidence_quote"');
    const entities = readFileSync(await exportAs("csv-entities"), "utf8")
      .trim()
      .split("\r\n");
    expect(entities).toHaveLength(shown.nodes + 1);

    const png = readFileSync(await exportAs("png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
    const svg = readFileSync(await exportAs("svg"), "utf8");
    expect(svg.match(/<circle /g)).toHaveLength(shown.nodes);
    expect(svg).toContain(">Russia</text>");
    await shot("33-export-menu-done");
  });

  it("opens keyboard help with ?, and walks the graph with the keyboard", async () => {
    await page.locator("body").press("?");
    const help = page.locator("#keyboard-help");
    await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await help.textContent()).toContain("Select the nearest entity in that direction");
    await shot("34-keyboard-help");
    await page.keyboard.press("Escape");
    await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.locator("#graph").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__lagebild?.selection() !== null);
    const first = await page.evaluate(() => window.__lagebild?.selection());
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"]) {
      await page.locator("#graph").focus();
      await page.keyboard.press(key);
    }
    await page.waitForTimeout(200);
    const hidden = await page.evaluate(() => window.__lagebild?.hidden().nodes ?? []);
    const now = await page.evaluate(() => window.__lagebild?.selection());
    expect(now).toBeTruthy();
    expect(hidden).not.toContain(now);
    expect(first).toBeTruthy();
  });

  it("lays the graph out radially around the selection and by time, and keeps a dragged entity pinned", async () => {
    await page.goto(`${server.url}/?sel=russia`);
    await waitForGraph(page);
    await page.locator("#layout").selectOption("radial");
    await page.waitForFunction(() => {
      const p = window.__lagebild?.positions().russia;
      return !!p && Math.abs(p[0]) < 1e-6 && Math.abs(p[1]) < 1e-6;
    });
    await page.waitForTimeout(800);
    await shot("38-layout-radial");
    // Drag Ukraine somewhere else: it moves and stays there when the layout changes.
    const box = await page.locator("#graph").boundingBox();
    const at = await page.evaluate(() => window.__lagebild?.nodeViewport("ukraine"));
    const before = await page.evaluate(() => window.__lagebild?.positions().ukraine);
    await page.mouse.move(box!.x + at!.x, box!.y + at!.y);
    await page.mouse.down();
    await page.mouse.move(box!.x + at!.x + 60, box!.y + at!.y + 40, { steps: 8 });
    await page.mouse.up();
    const dragged = await page.evaluate(() => window.__lagebild?.positions().ukraine);
    expect(dragged).not.toEqual(before);
    await page.locator("#layout").selectOption("time");
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => window.__lagebild?.positions().ukraine)).toEqual(dragged);
    await shot("39-layout-time");
    await page.locator("#layout").selectOption("force");
  });

  it("copies a link to the current view", async () => {
    await page.locator("#copy-link").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toContain("sel=russia");
  });

  it("shows query errors in plain words with the engine's text one click away", async () => {
    await page.locator("#toggle-console").click();
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("MATCH (a RETURN a", { delay: 2 });
    await page.keyboard.press("Control+Enter");
    const error = page.locator("#console-error .console-error-message");
    await expect.poll(() => error.textContent()).toBe("Expected ')' at line 1, column 10.");
    const raw = page.locator("#console-error details");
    await raw.locator("summary").click();
    expect(await raw.locator("code").textContent()).toContain("SYNTAX_ERROR");
    await page.keyboard.press("Control+a");
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("CREATE (n) RETURN n", { delay: 2 });
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.locator("#console-error").textContent()).toContain("--allow-writes");
    await shot("35-plain-errors");
  });

  it("cancels a running query on a 768×1024 tablet", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    const slow = "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c";
    await page.locator("#console-panel .cm-content").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(slow, { delay: 1 });
    await page.keyboard.press("Control+Enter");
    const cancel = page.locator("#cancel-query");
    await cancel.waitFor({ state: "visible" });
    await shot("36-tablet-running");
    await cancel.click();
    await expect.poll(() => page.locator("#console-panel .console-status").textContent()).toBe("Cancelled");
    expect(await page.locator("#console-error .console-error-message").textContent()).toBe(
      "You cancelled the query.",
    );
    await page.locator("#toggle-timeline").click();
    await shot("37-tablet-cancelled-timeline");
  });

  it("raised no console or page error", () => {
    expect(problems).toEqual([]);
  });
});
