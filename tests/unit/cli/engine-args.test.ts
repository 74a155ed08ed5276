/**
 * Engine flags on the command line: `--engine` picks an engine from the registry, each engine's
 * settings are flags, and a flag that is unknown, belongs to another engine or does not apply to the
 * command is refused with a message naming it, never ignored.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { engineUsage, parseEngineCommand } from "../../../src/cli/engine-args.ts";
import { ENGINES } from "../../../src/engine/engines.ts";
import { batchSizeFlag } from "../../../src/engine/neo4j/neo4j-definition.ts";

const QUERY_OPTIONS = { format: { type: "string" }, write: { type: "boolean" } } as const;

describe("parseEngineCommand", () => {
  it("picks the default engine, then LAGEBILD_ENGINE, then --engine", () => {
    expect(parseEngineCommand("query", [], QUERY_OPTIONS, { env: {} }).engine.name).toBe("grafeo");
    expect(
      parseEngineCommand("query", [], QUERY_OPTIONS, { env: { LAGEBILD_ENGINE: "neo4j" } }).engine.name,
    ).toBe("neo4j");
    const line = parseEngineCommand("query", ["--engine", "grafeo"], QUERY_OPTIONS, {
      env: { LAGEBILD_ENGINE: "neo4j" },
    });
    expect(line.engine.name).toBe("grafeo");
  });

  it("separates the command's own flags from the engine's settings", () => {
    const line = parseEngineCommand(
      "load",
      ["--engine", "neo4j", "--uri", "bolt://127.0.0.1:9", "--prune", "--batch-size", "10", "--dir", "x"],
      { dir: { type: "string" } },
      { env: {} },
    );
    expect(line.engine.name).toBe("neo4j");
    expect(line.engineFlags).toEqual({ uri: "bolt://127.0.0.1:9", prune: true, "batch-size": "10" });
    expect(line.values).toEqual({ dir: "x" });
  });

  it.each([
    [
      "an unknown engine",
      "query",
      ["--engine", "memgraph"],
      /--engine "memgraph" is unknown; expected one of grafeo, neo4j/,
    ],
    [
      "an unknown flag",
      "query",
      ["--prun"],
      /Unknown option '--prun'.*expected one of .*--format.*--engine.*--uri/,
    ],
    [
      "a Neo4j setting with grafeo",
      "query",
      ["--uri", "bolt://127.0.0.1:9"],
      /--uri is a setting of --engine neo4j, not of grafeo/,
    ],
    [
      "a grafeo setting with Neo4j",
      "start",
      ["--engine", "neo4j", "--store", "x"],
      /--store is a setting of --engine grafeo, not of neo4j/,
    ],
    [
      "a load-only setting in a query",
      "query",
      ["--engine", "neo4j", "--wipe"],
      /--wipe applies to load with --engine neo4j, not to query/,
    ],
    ["a positional where none is taken", "load", ["extra"], /Unexpected argument 'extra'/],
  ] as const)("refuses %s", (_what, command, argv, message) => {
    expect(() => parseEngineCommand(command, [...argv], QUERY_OPTIONS, { env: {} })).toThrow(message);
  });

  it("lets a command map an alias to an engine", () => {
    const line = parseEngineCommand(
      "load",
      ["--neo4j", "--uri", "bolt://x:1"],
      { neo4j: { type: "boolean" } },
      {
        env: {},
        engineName: (values) => (values["neo4j"] ? "neo4j" : undefined),
      },
    );
    expect(line.engine.name).toBe("neo4j");
    expect(line.engineFlags).toEqual({ uri: "bolt://x:1" });
  });
});

describe("the engine registry", () => {
  it("gives every engine a name, a summary and flags that apply somewhere", () => {
    for (const engine of ENGINES) {
      expect(engine.name).toMatch(/^[a-z0-9]+$/);
      expect(engine.summary.length).toBeGreaterThan(10);
      for (const flag of Object.values(engine.flags)) expect(flag.commands.length).toBeGreaterThan(0);
    }
  });

  it.each(ENGINES.flatMap((e) => Object.keys(e.flags).map((flag) => [e.name, flag] as const)))(
    "documents --engine %s's flag --%s in the README",
    (_engine, flag) => {
      const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
      expect(readme).toContain(`--${flag}`);
    },
  );

  it("lists the settings each command takes in its usage", () => {
    expect(engineUsage("load")).toMatch(/--batch-size VALUE/);
    expect(engineUsage("query")).not.toMatch(/--batch-size/);
    expect(engineUsage("query")).toMatch(/with --engine grafeo:\n\s+--store VALUE/);
  });
});

describe("batchSizeFlag", () => {
  it.each([
    [undefined, 500],
    ["250", 250],
  ])("reads %j as %i rows per transaction", (value, size) => {
    expect(batchSizeFlag(value)).toBe(size);
  });

  it.each(["0", "ten", "1.5", "100001"])("refuses %j naming the expectation", (value) => {
    expect(() => batchSizeFlag(value)).toThrow(
      `--batch-size "${value}": expected a whole number from 1 to 100000`,
    );
  });
});
