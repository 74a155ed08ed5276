/**
 * Builds the Maven module tools/neo4j-server when its output is missing or older than its sources.
 *
 * The build compiles one class and writes the runtime classpath (jars in ~/.m2, never copied) to
 * target/classpath.txt. The first build downloads Neo4j from Maven Central (about 220 jars); Maven's
 * own "Downloading/Downloaded" lines are the progress, sent to stderr so stdout stays shell-readable.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { JavaRuntime } from "./java-runtime.ts";

export const MAIN_CLASS = "dev.lagebild.neo4j.LagebildNeo4jServer";

export interface ServerBuild {
  classes: string;
  classpath: string;
}

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** The build output if it is complete and newer than the sources, with every jar still in ~/.m2. */
export function currentBuild(moduleDir: string): ServerBuild | undefined {
  const classes = join(moduleDir, "target", "classes");
  const classFile = join(classes, ...MAIN_CLASS.split(".")) + ".class";
  const classpathFile = join(moduleDir, "target", "classpath.txt");
  const sources = [
    join(moduleDir, "pom.xml"),
    join(moduleDir, "src", "main", "java", ...MAIN_CLASS.split(".")) + ".java",
  ];
  const built = Math.min(mtime(classFile), mtime(classpathFile));
  if (built === 0 || sources.some((source) => mtime(source) > built)) return undefined;
  const classpath = readFileSync(classpathFile, "utf8").trim();
  if (!classpath.split(":").every((jar) => existsSync(jar))) return undefined;
  return { classes, classpath };
}

/** Runs `mvn compile` in the module with the given JDK; rejects naming the command and exit code. */
export async function buildServer(
  moduleDir: string,
  java: JavaRuntime,
  mvn: string,
  log: (line: string) => void,
): Promise<ServerBuild> {
  const existing = currentBuild(moduleDir);
  if (existing) return existing;
  log(`neo4j: building ${moduleDir} with Maven (the first build downloads Neo4j from Maven Central)`);
  const args = ["-B", "-Dstyle.color=never", "-f", join(moduleDir, "pom.xml"), "compile"];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(mvn, args, {
      env: { ...process.env, JAVA_HOME: java.home },
      stdio: ["ignore", process.stderr, process.stderr],
    });
    child.on("error", reject);
    child.on("exit", resolve);
  });
  const built = currentBuild(moduleDir);
  if (code !== 0 || !built) {
    throw new Error(
      `neo4j: "${mvn} ${args.join(" ")}" (JAVA_HOME=${java.home}) exited with code ${code}; ` +
        `expected it to compile ${MAIN_CLASS} and write target/classpath.txt (see Maven's output above)`,
    );
  }
  return built;
}
