/**
 * `npm run lock:platforms`: after `npm install` changed package-lock.json on a machine whose registry
 * lacks Grafeo's other platform builds, puts their entries back (see tools/lock/platform-builds.ts).
 */
import { fileURLToPath } from "node:url";
import { completeLockFile } from "../tools/lock/platform-builds.ts";

const LOCK = fileURLToPath(new URL("../package-lock.json", import.meta.url));
/** Packages whose native builds are optional dependencies, one per platform. */
const NATIVE = ["@grafeo-db/js"];

try {
  const added = completeLockFile(LOCK, NATIVE);
  console.log(
    added.length === 0
      ? "package-lock.json already lists every platform build."
      : `Added: ${added.join(", ")}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
