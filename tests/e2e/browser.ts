/**
 * Browser helpers for the end-to-end tests: launch Debian's Chromium headless (WebGL 2 in software)
 * and wait until the explorer has rendered and laid out its graph.
 */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Waits for the test hooks' ready promise and the laid-out graph. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lagebild !== undefined);
  await page.evaluate(() => window.__lagebild?.ready);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
}
