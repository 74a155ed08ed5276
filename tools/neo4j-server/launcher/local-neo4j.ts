/**
 * The local Neo4j: starts tools/neo4j-server in the background, reuses it when it already runs, and
 * stops it leaving no process behind.
 *
 * Everything lives in one state directory (`.lagebild/neo4j` for `npm run neo4j:start`, another for
 * the tests): `home/` (Neo4j's data and logs), `server.log`, `password` and `port` (kept so the same
 * settings work after a restart: a stopped server comes back on its old port when that port is free, so
 * a running explorer reconnects without a restart), `ready.json` (written by the Java side once Bolt listens: pid and port) and `env`
 * (the NEO4J_* lines a shell or the `.env` handling reads). A running server is recognised by its pid,
 * its command line naming the main class, and Bolt answering with the password.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j from "neo4j-driver";
import { buildServer, MAIN_CLASS } from "./build-server.ts";
import { findJava, findMaven, type JavaRuntime } from "./java-runtime.ts";

export const NEO4J_USERNAME = "neo4j";

export interface LocalNeo4jOptions {
  /** State directory, e.g. `.lagebild/neo4j`. */
  stateDir: string;
  /** The Maven module (tools/neo4j-server). */
  moduleDir: string;
  /** Delete the database files before starting (tests start from an empty database). */
  fresh?: boolean;
  /** Stop the server when this process exits (tests), instead of leaving it running. */
  watchPid?: number;
  /** Longest wait for Bolt after the JVM starts. */
  startTimeoutMs?: number;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  port: number;
  /** True when a server that was already running is reused. */
  reused: boolean;
  envFile: string;
}

interface Ready {
  pid: number;
  port: number;
}

const files = (stateDir: string) => ({
  home: join(stateDir, "home"),
  log: join(stateDir, "server.log"),
  password: join(stateDir, "password"),
  port: join(stateDir, "port"),
  ready: join(stateDir, "ready.json"),
  env: join(stateDir, "env"),
});

/** Whether `pid` is a live LagebildNeo4jServer JVM (not another process that got its pid). */
function isServerProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(MAIN_CLASS);
  } catch {
    return false;
  }
}

/** Every server JVM whose Neo4j home is in this state directory (a stale one still holds the store lock). */
function serverPidsOf(stateDir: string): number[] {
  const home = files(stateDir).home;
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
        return args.includes(MAIN_CLASS) && args[args.indexOf("--home") + 1] === home;
      } catch {
        return false;
      }
    });
}

function readReady(path: string): Ready | undefined {
  try {
    const ready = JSON.parse(readFileSync(path, "utf8")) as Ready;
    return Number.isInteger(ready.pid) && Number.isInteger(ready.port) ? ready : undefined;
  } catch {
    return undefined;
  }
}

/** Checks that Bolt answers with these credentials; rejects with the driver's message. */
export async function boltAnswers(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(NEO4J_USERNAME, password), { connectionTimeout: 5_000 });
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

/** The shell lines `neo4j:start` prints and writes to the env file. */
export function envLines(server: Pick<LocalNeo4j, "uri" | "username" | "password">): string {
  return `NEO4J_URI=${server.uri}\nNEO4J_USERNAME=${server.username}\nNEO4J_PASSWORD=${server.password}\n`;
}

function readOrCreatePassword(path: string): string {
  if (existsSync(path)) {
    const saved = readFileSync(path, "utf8").trim();
    if (saved.length >= 8) return saved;
  }
  const password = randomBytes(18).toString("base64url");
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Whether 127.0.0.1:port can be bound right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once("error", () => resolvePort(false));
    probe.listen({ host: "127.0.0.1", port, exclusive: true }, () => probe.close(() => resolvePort(true)));
  });
}

/** The port this state directory's server had last time if it is free, else 0 (any free port). */
async function portToUse(path: string): Promise<number> {
  const previous = existsSync(path) ? Number(readFileSync(path, "utf8").trim()) : 0;
  return Number.isInteger(previous) && previous > 0 && (await portIsFree(previous)) ? previous : 0;
}

function logTail(path: string, lines = 25): string {
  if (!existsSync(path)) return "(no log)";
  return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/** The running server of this state directory, if any (Bolt checked). */
export async function findRunningNeo4j(stateDir: string): Promise<LocalNeo4j | undefined> {
  const paths = files(stateDir);
  const ready = readReady(paths.ready);
  if (!ready || !isServerProcess(ready.pid) || !existsSync(paths.password)) return undefined;
  const password = readFileSync(paths.password, "utf8").trim();
  const uri = `bolt://127.0.0.1:${ready.port}`;
  try {
    await boltAnswers(uri, password);
  } catch {
    return undefined;
  }
  return { uri, username: NEO4J_USERNAME, password, ...ready, reused: true, envFile: paths.env };
}

/** Starts the server (building it first if needed) or reuses the one already running. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stateDir = resolve(options.stateDir);
  const paths = files(stateDir);
  mkdirSync(stateDir, { recursive: true });
  const running = await findRunningNeo4j(stateDir);
  if (running && !options.fresh) {
    writeFileSync(paths.env, envLines(running), { mode: 0o600 });
    return running;
  }
  await stopLocalNeo4j(stateDir);

  const java = findJava();
  if ("reason" in java) throw new Error(`neo4j: ${java.reason}`);
  const mvn = findMaven();
  if (!mvn) throw new Error("neo4j: Maven (mvn) is not on PATH; expected it to build tools/neo4j-server");
  const build = await buildServer(options.moduleDir, java, mvn, log);

  if (options.fresh) rmSync(paths.home, { recursive: true, force: true });
  rmSync(paths.ready, { force: true });
  rmSync(paths.env, { force: true });
  const password = readOrCreatePassword(paths.password);
  const port = await portToUse(paths.port);
  const pid = spawnServer(java, build, paths, password, port, options.watchPid);
  log(`neo4j: started Neo4j (pid ${pid}, Java ${java.major}); waiting for Bolt (log: ${paths.log})`);

  const ready = await waitForReady(paths.ready, paths.log, pid, options.startTimeoutMs ?? 180_000);
  const uri = `bolt://127.0.0.1:${ready.port}`;
  await boltAnswers(uri, password);
  const server: LocalNeo4j = {
    uri,
    username: NEO4J_USERNAME,
    password,
    pid,
    port: ready.port,
    reused: false,
    envFile: paths.env,
  };
  writeFileSync(paths.env, envLines(server), { mode: 0o600 });
  writeFileSync(paths.port, `${ready.port}\n`);
  return server;
}

function spawnServer(
  java: JavaRuntime,
  build: { classes: string; classpath: string },
  paths: ReturnType<typeof files>,
  password: string,
  port: number,
  watchPid: number | undefined,
): number {
  const heap = process.env["LAGEBILD_NEO4J_HEAP"] ?? "1g";
  const args = [
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "--enable-native-access=ALL-UNNAMED",
    "-cp",
    `${build.classes}:${build.classpath}`,
    MAIN_CLASS,
    "--home",
    paths.home,
    "--ready-file",
    paths.ready,
    "--port",
    String(port),
    ...(watchPid === undefined ? [] : ["--watch-pid", String(watchPid)]),
  ];
  const logFd = openSync(paths.log, "w");
  try {
    const child = spawn(java.java, args, {
      detached: true,
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, NEO4J_PASSWORD: password },
    });
    child.unref();
    if (child.pid === undefined) throw new Error(`neo4j: could not start ${java.java}`);
    return child.pid;
  } finally {
    closeSync(logFd);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForReady(
  readyPath: string,
  logPath: string,
  pid: number,
  timeoutMs: number,
): Promise<Ready> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = readReady(readyPath);
    if (ready) return ready;
    if (!isAlive(pid) || !isServerProcess(pid)) {
      throw new Error(
        `neo4j: the server process ${pid} exited before Bolt answered; its log ends:\n${logTail(logPath)}`,
      );
    }
    await sleep(250);
  }
  process.kill(pid, "SIGKILL");
  throw new Error(
    `neo4j: Bolt did not answer within ${Math.round(timeoutMs / 1000)} s; the server was killed. Its log ends:\n` +
      logTail(logPath),
  );
}

/**
 * Stops every server of this state directory (also one still starting); true if one was running.
 * SIGTERM lets Neo4j shut down cleanly; after `timeoutMs` it is killed. Waits until no JVM is left.
 */
export async function stopLocalNeo4j(stateDir: string, timeoutMs = 60_000): Promise<boolean> {
  const paths = files(resolve(stateDir));
  rmSync(paths.env, { force: true });
  const pids = serverPidsOf(resolve(stateDir));
  for (const pid of pids) process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isServerProcess) && Date.now() < deadline) await sleep(200);
  for (const pid of pids.filter(isServerProcess)) process.kill(pid, "SIGKILL");
  while (pids.some(isServerProcess)) await sleep(100);
  rmSync(paths.ready, { force: true });
  return pids.length > 0;
}
