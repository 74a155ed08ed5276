/**
 * Neo4j connection settings: flags win over the environment, the environment over `.env`, the `.env`
 * file never leaks into process.env, and a missing or malformed setting is named in the error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeNeo4jConfig, resolveNeo4jConfig } from "../../../src/engine/neo4j/neo4j-config.ts";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-neo4j-config-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FULL_ENV = {
  NEO4J_URI: "neo4j://env-host:7687",
  NEO4J_USERNAME: "env-user",
  NEO4J_PASSWORD: "env-secret",
  NEO4J_DATABASE: "envdb",
};

function writeDotEnv(text: string): void {
  writeFileSync(join(dir, ".env"), text);
}

describe("resolveNeo4jConfig", () => {
  it("reads every setting from the environment", () => {
    expect(resolveNeo4jConfig({ env: FULL_ENV, cwd: dir })).toEqual({
      uri: "neo4j://env-host:7687",
      username: "env-user",
      password: "env-secret",
      database: "envdb",
    });
  });

  it("lets flags win over the environment, setting by setting", () => {
    const config = resolveNeo4jConfig({ flags: { uri: "bolt://flag-host:7687" }, env: FULL_ENV, cwd: dir });
    expect(config).toMatchObject({ uri: "bolt://flag-host:7687", username: "env-user", database: "envdb" });
  });

  it("reads a .env file in the working directory when the environment lacks a setting", () => {
    writeDotEnv(
      "# Aura credentials\nNEO4J_URI=neo4j+s://abc.databases.neo4j.io\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD='s3cret'\n",
    );
    expect(resolveNeo4jConfig({ env: {}, cwd: dir })).toEqual({
      uri: "neo4j+s://abc.databases.neo4j.io",
      username: "neo4j",
      password: "s3cret",
    });
  });

  it("falls back to .lagebild/neo4j/env, which npm run neo4j:start writes, after .env", () => {
    mkdirSync(join(dir, ".lagebild", "neo4j"), { recursive: true });
    writeFileSync(
      join(dir, ".lagebild", "neo4j", "env"),
      "NEO4J_URI=bolt://127.0.0.1:40001\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=local-secret\n",
    );
    expect(resolveNeo4jConfig({ env: {}, cwd: dir })).toEqual({
      uri: "bolt://127.0.0.1:40001",
      username: "neo4j",
      password: "local-secret",
    });
    writeDotEnv("NEO4J_PASSWORD=dotenv-secret\n");
    expect(resolveNeo4jConfig({ env: {}, cwd: dir }).password).toBe("dotenv-secret");
  });

  it("never lets the .env file override a real environment variable", () => {
    writeDotEnv("NEO4J_URI=neo4j://dotenv-host:7687\nNEO4J_USERNAME=dotenv-user\nNEO4J_PASSWORD=dotenv\n");
    const config = resolveNeo4jConfig({ env: { NEO4J_PASSWORD: "from-env" }, cwd: dir });
    expect(config).toMatchObject({ uri: "neo4j://dotenv-host:7687", password: "from-env" });
  });

  it("does not write the .env file into process.env", () => {
    writeDotEnv(
      "NEO4J_URI=neo4j://dotenv-host:7687\nLAGEBILD_TEST_ONLY=1\nNEO4J_USERNAME=u\nNEO4J_PASSWORD=p\n",
    );
    resolveNeo4jConfig({ env: {}, cwd: dir });
    expect(process.env["LAGEBILD_TEST_ONLY"]).toBeUndefined();
  });

  it("treats an empty value as missing", () => {
    expect(() => resolveNeo4jConfig({ env: { ...FULL_ENV, NEO4J_PASSWORD: "  " }, cwd: dir })).toThrow(
      /missing NEO4J_PASSWORD \(or --password\)/,
    );
  });

  it("names every missing setting, where it may come from and the .env path", () => {
    expect(() => resolveNeo4jConfig({ env: { NEO4J_USERNAME: "neo4j" }, cwd: dir })).toThrow(
      `neo4j settings: missing NEO4J_URI (or --uri), NEO4J_PASSWORD (or --password); expected each as a ` +
        `command-line flag, an environment variable or a line NAME=value in ${join(dir, ".env")}`,
    );
  });

  it.each(["http://localhost:7474", "localhost:7687", "neo4j://"])(
    "refuses the URI %s naming the expected schemes",
    (uri) => {
      expect(() => resolveNeo4jConfig({ env: { ...FULL_ENV, NEO4J_URI: uri }, cwd: dir })).toThrow(
        /is not a Neo4j URI; expected neo4j:\/\/, neo4j\+s:\/\/, bolt:\/\/ or bolt\+s:\/\//,
      );
    },
  );

  it("describes the settings without the password", () => {
    const text = describeNeo4jConfig(resolveNeo4jConfig({ env: FULL_ENV, cwd: dir }));
    expect(text).toBe("neo4j://env-host:7687 as env-user, database envdb");
    expect(text).not.toContain("env-secret");
  });
});
