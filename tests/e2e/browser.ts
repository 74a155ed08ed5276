/**
 * Browser helpers for the end-to-end tests: launch Debian's Chromium headless (WebGL 2 in software)
 * and wait until the explorer has rendered and laid out its graph.
 */
import type { Page } from "playwright-core";

export { launchChromium } from "../../src/cli/launch-chromium.ts";

/** Waits for the test hooks' ready promise and the laid-out graph. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lagebild !== undefined);
  await page.evaluate(() => window.__lagebild?.ready);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
}
