/**
 * Finding a JDK for the local Neo4j: a new-enough JAVA_HOME wins, an old one is passed over for the
 * newest JDK in the JVM directory, and when nothing fits the reason names what was found.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findJava, javaMajor } from "../../../tools/neo4j-server/launcher/java-runtime.ts";

let dir: string;

function fakeJdk(name: string, version: string): string {
  const home = join(dir, name);
  mkdirSync(join(home, "bin"), { recursive: true });
  writeFileSync(join(home, "bin", "java"), "");
  writeFileSync(join(home, "release"), `IMPLEMENTOR="Test"\nJAVA_VERSION="${version}"\n`);
  return home;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-jvm-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("javaMajor", () => {
  it.each([
    ["17.0.15", 17],
    ["25.0.3", 25],
    ["21", 21],
    ["1.8.0_402", 8],
  ])("reads JAVA_VERSION=%s as Java %i", (version, major) => {
    expect(javaMajor(fakeJdk("jdk", version))).toBe(major);
  });
});

describe("findJava", () => {
  it("takes JAVA_HOME when it is Java 21 or newer", () => {
    const home = fakeJdk("temurin-21", "21.0.5");
    fakeJdk("temurin-25", "25.0.3");
    expect(findJava({ JAVA_HOME: home }, dir)).toMatchObject({ home, major: 21 });
  });

  it("passes over a Java 17 JAVA_HOME for the newest JDK in the JVM directory", () => {
    const old = fakeJdk("java-17-openjdk-amd64", "17.0.15");
    fakeJdk("temurin-21", "21.0.5");
    const newest = fakeJdk("temurin-25-jdk-amd64", "25.0.3");
    expect(findJava({ JAVA_HOME: old }, dir)).toMatchObject({ home: newest, major: 25 });
  });

  it("names every JDK it found when none is new enough", () => {
    const old = fakeJdk("java-17-openjdk-amd64", "17.0.15");
    const result = findJava({}, dir);
    expect(result).toEqual({ reason: expect.stringContaining(`${old} (Java 17)`) });
    expect(findJava({}, join(dir, "absent"))).toEqual({
      reason: expect.stringMatching(/no Java 21\+ found/),
    });
  });
});
