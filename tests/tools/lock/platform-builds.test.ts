/**
 * Installs on every platform: the committed lock file names every optional native build of every
 * package (so `npm ci` accepts it here and fetches the real build elsewhere), and none is a stand-in.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addPlatformBuilds,
  missingOptional,
  platformOf,
  type LockFile,
} from "../../../tools/lock/platform-builds.ts";

const ROOT = new URL("../../../", import.meta.url);
const lock = JSON.parse(readFileSync(new URL("package-lock.json", ROOT), "utf8")) as LockFile;
const manifest = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as Record<string, unknown>;

describe("platformOf", () => {
  it.each([
    ["@grafeo-db/js-darwin-arm64", { os: "darwin", cpu: "arm64" }],
    ["@grafeo-db/js-darwin-x64", { os: "darwin", cpu: "x64" }],
    ["@grafeo-db/js-linux-x64-gnu", { os: "linux", cpu: "x64", libc: "glibc" }],
    ["@grafeo-db/js-linux-arm64-musl", { os: "linux", cpu: "arm64", libc: "musl" }],
    ["@grafeo-db/js-win32-x64-msvc", { os: "win32", cpu: "x64" }],
  ])("reads %s as its platform", (name, platform) => {
    expect(platformOf(name)).toEqual(platform);
  });

  it("names the package and the expected shape when it cannot tell", () => {
    expect(() => platformOf("@grafeo-db/js-wasm")).toThrow(
      /@grafeo-db\/js-wasm: cannot tell its platform; expected/,
    );
  });
});

describe("addPlatformBuilds", () => {
  it("adds each missing build with its platform and the owner's version, and leaves present ones alone", () => {
    const draft: LockFile = {
      packages: {
        "": { name: "x" },
        "node_modules/native": {
          version: "1.2.0",
          license: "MIT",
          optionalDependencies: { "native-linux-x64-gnu": "1.2.0", "native-darwin-arm64": "1.2.0" },
        },
        "node_modules/native-linux-x64-gnu": { version: "1.2.0", resolved: "r", optional: true },
      },
    };
    expect(addPlatformBuilds(draft, "native")).toEqual(["native-darwin-arm64"]);
    expect(draft.packages["node_modules/native-darwin-arm64"]).toEqual({
      version: "1.2.0",
      license: "MIT",
      optional: true,
      os: ["darwin"],
      cpu: ["arm64"],
    });
    expect(draft.packages["node_modules/native-linux-x64-gnu"]).toEqual({
      version: "1.2.0",
      resolved: "r",
      optional: true,
    });
    expect(Object.keys(draft.packages)).toEqual([
      "",
      "node_modules/native",
      "node_modules/native-darwin-arm64",
      "node_modules/native-linux-x64-gnu",
    ]);
  });
});

describe("the committed package-lock.json", () => {
  const owners = Object.entries(lock.packages).filter(([path, e]) => path !== "" && e.optionalDependencies);

  it.each(owners.map(([path]) => [path.replace(/^node_modules\//, "")]))(
    "lists every optional dependency of %s (else npm ci refuses it; fix with npm run lock:platforms)",
    (owner) => {
      expect(missingOptional(lock, owner)).toEqual([]);
    },
  );

  it("installs Grafeo's real build on each of its platforms, never a stand-in package", () => {
    const builds = Object.entries(lock.packages).filter(([path]) =>
      path.startsWith("node_modules/@grafeo-db/js-"),
    );
    expect(builds.map(([path]) => path.split("/").pop()).sort()).toEqual([
      "js-darwin-arm64",
      "js-darwin-x64",
      "js-linux-arm64-gnu",
      "js-linux-arm64-musl",
      "js-linux-x64-gnu",
      "js-win32-x64-msvc",
    ]);
    for (const [, entry] of builds) {
      expect(entry.name).toBeUndefined();
      expect(entry.version).toBe("0.6.0");
    }
    expect(manifest.overrides).toBeUndefined();
  });

  it("declares which dependencies may run install scripts", () => {
    expect(manifest.allowScripts).toEqual({ esbuild: true });
  });
});
