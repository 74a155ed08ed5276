/**
 * The shared page setup of the end-to-end tests: a server on graph-data (on the engine the test names,
 * or one the test starts itself), Debian's Chromium headless (WebGL 2 in software), one page, and a
 * problem recorder for console errors, page errors and (on demand) Content-Security-Policy violations.
 * Every e2e file opens its page through `openExplorer` so the setup is written once; the same journey
 * runs on Neo4j by passing `engine: "neo4j"`, which first loads the graph-data into the live Neo4j.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { startSeedServer } from "../../src/cli/seed-server.ts";
import { resolveNeo4jConfig } from "../../src/engine/neo4j/neo4j-config.ts";
import { createNeo4jDriver } from "../../src/engine/neo4j/neo4j-connection.ts";
import { loadNeo4j } from "../../src/engine/neo4j/neo4j-loader.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";
import type { RunningServer, StartOptions } from "../../src/server/start-server.ts";
import { launchChromium } from "../../src/cli/launch-chromium.ts";

export { launchChromium };

declare global {
  interface Window {
    /** CSP violations seen by the page, recorded when `recordCsp` is set. */
    __csp?: string[];
  }
}

/** Settings of the seed server that `openExplorer` starts (everything but engine and graph). */
export type SeedServerOptions = Omit<StartOptions, "engine" | "graph" | "port">;

export interface OpenExplorerOptions<S extends RunningServer> {
  /** Engine the seed server runs on (default grafeo); "neo4j" loads graph-data into NEO4J_URI first. */
  engine?: string;
  /** Graph-data folder (default: this repository's graph-data). */
  graphDataDir?: string;
  /** More settings of the seed server (overview, limits, …). */
  server?: SeedServerOptions;
  /** Starts a server of the test's own instead of the seed server; `engine` and `graphDataDir` are unused. */
  startServer?: () => Promise<S>;
  /** Default 1366×768. */
  viewport?: { width: number; height: number };
  /** More options of the browser context (downloads, …). */
  context?: Omit<BrowserContextOptions, "viewport">;
  /** Permissions granted to the server's origin (e.g. clipboard-read). */
  permissions?: string[];
  /** Folder of screenshots under artifacts/ (default "e2e"). */
  artifacts?: string;
  /** Console errors that the test provokes on purpose (a 400 of a bad query) and are not problems. */
  expectedConsole?: RegExp;
  /** Records CSP violations in window.__csp. */
  recordCsp?: boolean;
}

/** A running explorer: its server, Chromium and page, and the problems the page raised so far. */
export interface ExplorerSession<S extends RunningServer = RunningServer> {
  engine: string;
  server: S;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors (except expected ones) and page errors, in order; a test asserts it stays empty. */
  problems: string[];
  /** Folder the screenshots go to. */
  artifacts: string;
  /** Saves a screenshot of the page as `<artifacts>/<name>.png`. */
  shot(name: string): Promise<void>;
  /** Closes Chromium and the server. */
  close(): Promise<void>;
}

/** Replaces everything in the Neo4j database of NEO4J_URI (or .env) by the graph-data in `dir`. */
export async function loadGraphDataIntoNeo4j(dir?: string): Promise<void> {
  const config = resolveNeo4jConfig();
  const driver = createNeo4jDriver(config);
  try {
    await loadNeo4j(driver, loadGraphData(dir), { database: config.database, wipe: true });
  } finally {
    await driver.close();
  }
}

async function startSeed(options: OpenExplorerOptions<RunningServer>): Promise<RunningServer> {
  const engine = options.engine ?? "grafeo";
  if (engine === "neo4j") await loadGraphDataIntoNeo4j(options.graphDataDir);
  return startSeedServer({
    ...options.server,
    port: 0,
    engine,
    ...(options.graphDataDir ? { graphDataDir: options.graphDataDir } : {}),
  });
}

/** Starts the server and Chromium and opens a blank page on them (the test navigates it). */
export async function openExplorer<S extends RunningServer = RunningServer>(
  options: OpenExplorerOptions<S> = {},
): Promise<ExplorerSession<S>> {
  const artifacts = join(process.cwd(), "artifacts", options.artifacts ?? "e2e");
  mkdirSync(artifacts, { recursive: true });
  const server = options.startServer
    ? await options.startServer()
    : ((await startSeed(options as OpenExplorerOptions<RunningServer>)) as S);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      ...options.context,
    });
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: server.url });
    const page = await context.newPage();
    const problems = await recordProblems(page, options);
    const opened = browser;
    return {
      engine: server.engine.name,
      server,
      browser,
      context,
      page,
      problems,
      artifacts,
      shot: async (name) => {
        await page.screenshot({ path: join(artifacts, `${name}.png`) });
      },
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

async function recordProblems(
  page: Page,
  options: { expectedConsole?: RegExp; recordCsp?: boolean },
): Promise<string[]> {
  const problems: string[] = [];
  if (options.recordCsp) {
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  }
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (options.expectedConsole?.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  return problems;
}

/** Waits for the test hooks' ready promise and the laid-out graph. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lagebild !== undefined);
  await page.evaluate(() => window.__lagebild?.ready);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
}

/** A label's or element's box on the page, in CSS pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes overlap (touching edges do not count). */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Sizes the viewport, opens `url` and waits for the laid-out graph. */
export async function openAt(page: Page, url: string, width = 1440, height = 900): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(url);
  await waitForGraph(page);
}
