/**
 * Feature loading: finds the `.feature` files below the TCK features directory and turns them into
 * scenarios with the real Gherkin parser and pickle compiler, which expand Scenario Outlines (one
 * scenario per Examples row) and prepend Background steps.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from "@cucumber/gherkin";
import { IdGenerator, type GherkinDocument, type Location } from "@cucumber/messages";
import type { TckScenario, TckStep } from "./types.ts";

/** Feature files below `dir`, as sorted paths relative to it with `/` separators. */
export function findFeatureFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".feature")) found.push(child);
    }
  };
  walk("");
  return found.sort();
}

/** The area of a feature: its folder below the features directory, e.g. `clauses/match`. */
export function areaOf(file: string): string {
  const folder = path.posix.dirname(file);
  return folder === "." ? "(root)" : folder;
}

/** Lines of every AST node with an id (scenarios, steps, Examples rows), to locate pickles. */
function lineIndex(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as { id?: unknown; location?: Location };
    if (typeof record.id === "string" && record.location) lines.set(record.id, record.location.line);
    Object.values(node).forEach(visit);
  };
  visit(document.feature);
  return lines;
}

/** Parses one feature file's text into scenarios; `file` is its path relative to the features directory. */
export function parseFeature(text: string, file: string, firstId = 0): TckScenario[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  let document: GherkinDocument;
  try {
    document = parser.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid Gherkin: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lines = lineIndex(document);
  return compile(document, file, newId).map((pickle, i) => {
    const astIds = pickle.astNodeIds;
    const steps: TckStep[] = pickle.steps.map((step) => ({
      text: step.text,
      line: lines.get(step.astNodeIds[0] ?? "") ?? 0,
      ...(step.argument?.docString ? { docString: step.argument.docString.content } : {}),
      ...(step.argument?.dataTable
        ? { dataTable: step.argument.dataTable.rows.map((row) => row.cells.map((cell) => cell.value)) }
        : {}),
    }));
    return {
      id: firstId + i,
      area: areaOf(file),
      file,
      line: lines.get(astIds[astIds.length - 1] ?? "") ?? pickle.location?.line ?? 0,
      name: pickle.name,
      tags: pickle.tags.map((t) => t.name),
      steps,
    };
  });
}

/** Loads every scenario below `dir` whose area starts with one of `areas` (all when empty). */
export function loadScenarios(dir: string, areas: string[] = []): TckScenario[] {
  const wanted = (area: string) =>
    areas.length === 0 || areas.some((a) => area === a || area.startsWith(`${a}/`));
  const scenarios: TckScenario[] = [];
  for (const file of findFeatureFiles(dir)) {
    if (!wanted(areaOf(file))) continue;
    scenarios.push(...parseFeature(readFileSync(path.join(dir, file), "utf8"), file, scenarios.length));
  }
  return scenarios;
}
