/**
 * UI build check: `npm start` builds the explorer with Vite when dist/ui is missing or older than any
 * file in src/ui (or the Vite config), so one command after `npm install` is enough.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when dist/ui is missing or older than its sources. */
export function uiIsStale(): boolean {
  const built = join(ROOT, "dist/ui/index.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(join(ROOT, "src/ui")), newestMtime(join(ROOT, "vite.config.ts")));
  return statSync(built).mtimeMs < sources;
}

/** Builds the UI with Vite (dist/ui). */
export async function buildUi(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
}
