/**
 * `validate --fix` on a directory: offsets left out of relationships.yaml and of a split
 * relationships/*.yaml file are filled in on disk, after which graph-data validates; a directory
 * with nothing to fix is left untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixGraphDataOffsets } from "../../../src/io/fix-graph-data.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";

const scratch = mkdtempSync(join(tmpdir(), "lagebild-fix-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyFixture(name: string): string {
  const dir = join(scratch, name);
  cpSync("tests/fixtures/mini-graph-data", dir, { recursive: true });
  return dir;
}

describe("fixGraphDataOffsets", () => {
  it("fills in offsets left out of relationships.yaml and of relationships/*.yaml", () => {
    const dir = copyFixture("split");
    const file = join(dir, "relationships.yaml");
    const withoutOffsets = readFileSync(file, "utf8").replace(/\n {8}(start|end): \d+/g, "");
    writeFileSync(file, withoutOffsets);
    mkdirSync(join(dir, "relationships"));
    writeFileSync(
      join(dir, "relationships", "more.yaml"),
      `relationships:
  - id: "russia-threatens-ukraine-allies"
    type: "THREATENS"
    source: "russia"
    target: "ukraine-allies"
    summary: "Through its president, Russia threatened Ukraine's allies."
    date: "2024-09"
    modality: "asserted"
    evidence:
      - source: "mini-source"
        quote: "Der russische Präsident Wladimir Putin drohte den Verbündeten der Ukraine"
`,
    );
    expect(() => loadGraphData(dir)).toThrow(/missing; expected number/);
    const result = fixGraphDataOffsets(dir);
    expect(result.problems).toEqual([]);
    expect(result.written).toHaveLength(2);
    expect(result.fixed).toHaveLength(5);
    const graph = loadGraphData(dir);
    expect(graph.relationships.find((r) => r.id === "russia-threatens-ukraine-allies")?.evidence).toEqual([
      {
        source: "mini-source",
        quote: "Der russische Präsident Wladimir Putin drohte den Verbündeten der Ukraine",
        start: 0,
        end: 73,
      },
    ]);
    expect(readFileSync(file, "utf8")).toBe(
      readFileSync("tests/fixtures/mini-graph-data/relationships.yaml", "utf8"),
    );
  });

  it("writes nothing when every offset is right", () => {
    const dir = copyFixture("clean");
    const before = statSync(join(dir, "relationships.yaml")).mtimeMs;
    expect(fixGraphDataOffsets(dir)).toEqual({ fixed: [], problems: [], written: [] });
    expect(statSync(join(dir, "relationships.yaml")).mtimeMs).toBe(before);
  });
});
