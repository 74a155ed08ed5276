/**
 * Lock-file entries for native builds the registry at hand does not serve. Grafeo publishes one npm
 * package per platform (`@grafeo-db/js-darwin-arm64`, …) as optional dependencies; where the registry
 * lacks them, `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock.
 * This adds each missing build with its `os`/`cpu`/`libc` so that npm skips it on other platforms and
 * fetches the real build (by name and version) on its own platform.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** The part of a package-lock.json entry this tool reads and writes. */
export interface LockEntry {
  version?: string;
  resolved?: string;
  license?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** A package-lock.json (lockfileVersion 3). */
export interface LockFile {
  packages: Record<string, LockEntry>;
  [key: string]: unknown;
}

const LIBC: Record<string, string> = { gnu: "glibc", musl: "musl" };

/** The platform a native build's package name targets (`js-linux-arm64-gnu` → linux, arm64, glibc). */
export function platformOf(name: string): { os: string; cpu: string; libc?: string } {
  const match =
    /-(darwin|linux|win32|freebsd|android)-(x64|arm64|ia32|arm)(?:-(gnu|musl|msvc|gnueabihf))?$/.exec(name);
  if (!match) {
    throw new Error(
      `lock: ${name}: cannot tell its platform; expected a name ending in -<os>-<cpu>[-<abi>], e.g. -linux-arm64-gnu`,
    );
  }
  const [, os, cpu, abi] = match;
  const libc = abi ? LIBC[abi] : undefined;
  return { os: os!, cpu: cpu!, ...(libc ? { libc } : {}) };
}

/** Optional dependencies of `owner` that have no entry in the lock. */
export function missingOptional(lock: LockFile, owner: string): string[] {
  const entry = lock.packages[`node_modules/${owner}`];
  if (!entry) throw new Error(`lock: ${owner} is not in package-lock.json; expected it as a dependency`);
  return Object.keys(entry.optionalDependencies ?? {}).filter(
    (name) => !lock.packages[`node_modules/${name}`],
  );
}

/** Adds an entry for every missing platform build of `owner`; returns the names it added. */
export function addPlatformBuilds(lock: LockFile, owner: string): string[] {
  const ownerEntry = lock.packages[`node_modules/${owner}`]!;
  const added = missingOptional(lock, owner);
  for (const name of added) {
    const { os, cpu, libc } = platformOf(name);
    lock.packages[`node_modules/${name}`] = {
      version: ownerEntry.optionalDependencies![name]!,
      ...(ownerEntry.license ? { license: ownerEntry.license } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
  }
  // npm keeps `packages` sorted by path; so do we, so that `npm install` leaves the file as it is.
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  return added;
}

/** Reads, completes and writes package-lock.json at `file`. */
export function completeLockFile(file: string, owners: string[]): string[] {
  const lock = JSON.parse(readFileSync(file, "utf8")) as LockFile;
  const added = owners.flatMap((owner) => addPlatformBuilds(lock, owner));
  if (added.length > 0) writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
  return added;
}
