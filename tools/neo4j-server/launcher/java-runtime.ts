/**
 * Java and Maven for the local Neo4j: finds a JDK new enough for Neo4j 2026.x (Java 21+) and Maven.
 *
 * Debian's default java here is 17, so the JDKs under /usr/lib/jvm are searched too (the Temurin 25 JDK
 * on these machines). LAGEBILD_JAVA_HOME, then JAVA_HOME, win when they are new enough. The answer
 * says why nothing fits, so a skipped test or a failed start can name the reason.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Neo4j 2026.x runs on Java 21 or newer. */
export const MIN_JAVA_MAJOR = 21;

export interface JavaRuntime {
  home: string;
  major: number;
  java: string;
}

/** The major version a JDK's `release` file declares, or undefined if it has none. */
export function javaMajor(home: string): number | undefined {
  const release = join(home, "release");
  if (!existsSync(release)) return undefined;
  const match = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(readFileSync(release, "utf8"));
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

function candidate(home: string | undefined): JavaRuntime | undefined {
  if (!home) return undefined;
  const java = join(home, "bin", "java");
  const major = javaMajor(home);
  if (major === undefined || !existsSync(java)) return undefined;
  return { home, major, java };
}

/** The JDK to run Neo4j with, or a reason why none fits. */
export function findJava(
  env: NodeJS.ProcessEnv = process.env,
  jvmDir = "/usr/lib/jvm",
): JavaRuntime | { reason: string } {
  const seen: string[] = [];
  for (const name of ["LAGEBILD_JAVA_HOME", "JAVA_HOME"]) {
    const found = candidate(env[name]);
    if (found && found.major >= MIN_JAVA_MAJOR) return found;
    if (found) seen.push(`${name}=${found.home} (Java ${found.major})`);
  }
  const installed = existsSync(jvmDir)
    ? readdirSync(jvmDir)
        .map((name) => join(jvmDir, name))
        .filter((path) => statSync(path).isDirectory())
        .map(candidate)
        .filter((c): c is JavaRuntime => c !== undefined)
    : [];
  const best = installed.sort((a, b) => b.major - a.major)[0];
  if (best && best.major >= MIN_JAVA_MAJOR) return best;
  seen.push(...installed.map((c) => `${c.home} (Java ${c.major})`));
  return {
    reason:
      `no Java ${MIN_JAVA_MAJOR}+ found for Neo4j; expected LAGEBILD_JAVA_HOME, JAVA_HOME or a JDK under ` +
      `${jvmDir}${seen.length > 0 ? `; found only ${seen.join(", ")}` : ""}`,
  };
}

/** The `mvn` executable on PATH, or undefined. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    const mvn = join(dir, "mvn");
    if (dir && existsSync(mvn)) return mvn;
  }
  return undefined;
}
