/**
 * Chromium for benchmarks and end-to-end tests: Debian's /usr/bin/chromium (LAGEBILD_CHROMIUM to
 * change) driven by playwright-core, headless with the flags this closed-network machine needs.
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH =
  process.env["LAGEBILD_CHROMIUM"] ?? process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
