/**
 * graph-data split over several files: entities.yaml and/or entities/*.yaml, relationships.yaml and/or
 * relationships/*.yaml, read in name order, with every problem still named file:line: field.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { DataError, formatDataIssue } from "../../../src/model/errors.ts";

const MINI = "tests/fixtures/mini-graph-data";
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The mini fixture with entities and relationships split one record per file. */
function splitFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-split-"));
  dirs.push(dir);
  cpSync(join(MINI, "sources"), join(dir, "sources"), { recursive: true });
  cpSync(join(MINI, "sources.yaml"), join(dir, "sources.yaml"));
  for (const list of ["entities", "relationships"]) {
    const text = readFileSync(join(MINI, `${list}.yaml`), "utf8");
    const records = text.split(/\n(?= {2}- )/).slice(1);
    mkdirSync(join(dir, list));
    records.forEach((record, i) => writeFileSync(join(dir, list, `part-${i}.yaml`), `${list}:\n${record}\n`));
  }
  return dir;
}

function issuesOf(dir: string): string[] {
  try {
    loadGraphData(dir);
  } catch (error) {
    if (error instanceof DataError) return error.issues.map(formatDataIssue);
    throw error;
  }
  throw new Error("expected the graph-data to be refused");
}

describe("graph-data split over several files", () => {
  it("reads the same graph as the single-file fixture", () => {
    const split = loadGraphData(splitFixture());
    const single = loadGraphData(MINI);
    expect(split.entities).toEqual(single.entities);
    expect(split.relationships).toEqual(single.relationships);
  });

  it("reads entities.yaml and entities/*.yaml together", () => {
    const dir = splitFixture();
    const moved = join(dir, "entities", "part-0.yaml");
    writeFileSync(join(dir, "entities.yaml"), readFileSync(moved, "utf8"));
    rmSync(moved);
    expect(
      loadGraphData(dir)
        .entities.map((e) => e.id)
        .sort(),
    ).toEqual(["china", "diplomats", "russia", "ukraine-allies", "vladimir-putin"]);
  });

  it("names both files of an id defined twice", () => {
    const dir = splitFixture();
    const copy = readFileSync(join(dir, "entities", "part-2.yaml"), "utf8");
    writeFileSync(join(dir, "entities", "part-9.yaml"), copy);
    const shown = (p: string) => relative(process.cwd(), join(dir, p));
    expect(issuesOf(dir)).toEqual([
      `${shown("entities/part-9.yaml")}:2: field "id": duplicate id "china"; first defined at ${shown("entities/part-2.yaml")}:2, expected ids to be unique`,
    ]);
  });

  it("names the file and line of a dangling reference in the second relationships file", () => {
    const dir = splitFixture();
    const file = join(dir, "relationships", "part-1.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("target: russia", "target: moscow"));
    const [issue] = issuesOf(dir);
    expect(issue).toMatch(
      /relationships\/part-1\.yaml:5: field "target": unknown entity id "moscow"; expected one of the ids in .*entities\/part-0\.yaml/,
    );
  });

  it("names the missing list when neither entities.yaml nor entities/ exists", () => {
    const dir = splitFixture();
    rmSync(join(dir, "entities"), { recursive: true });
    expect(issuesOf(dir)).toEqual([
      expect.stringMatching(
        /entities\.yaml:0: field "\(file\)": file not found; expected entities\.yaml or entities\/\*\.yaml in /,
      ),
    ]);
  });

  it("reports a YAML error in one file with its own line, and still checks the others", () => {
    const dir = splitFixture();
    const file = join(dir, "entities", "part-1.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("aliases: []", "aliases: [Verbündete"));
    const issues = issuesOf(dir);
    expect(issues[0]).toMatch(/entities\/part-1\.yaml:\d+: field "\(yaml\)": .*expected valid YAML/);
  });
});

describe("validation progress", () => {
  it("reports each file read and then the checks, in order, ending at the total", () => {
    const dir = splitFixture();
    const steps: [number, number, string][] = [];
    loadGraphData(dir, (done, total, step) => steps.push([done, total, step]));
    const total = steps[0]![1];
    expect(total).toBeGreaterThan(4);
    expect(steps[0]).toEqual([0, total, "reading sources"]);
    expect(steps.at(-2)).toEqual([total - 1, total, "checking references, quotes and rules"]);
    expect(steps.at(-1)).toEqual([total, total, "checked"]);
    // One before the first file, then one per file: sources.yaml and each entities and relationships file.
    expect(steps.filter(([, , s]) => s.startsWith("reading"))).toHaveLength(total);
    expect(steps.map(([done]) => done)).toEqual([...steps.map(([done]) => done)].sort((a, b) => a - b));
    expect(steps.map(([, , s]) => s)).toContain("reading relationships");
  });
});
