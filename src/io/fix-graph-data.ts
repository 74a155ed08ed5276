/**
 * `validate --fix` on disk: reads sources.yaml and the source texts of a graph-data directory, fixes
 * the evidence offsets of every relationships file (`relationships.yaml` and `relationships/*.yaml`,
 * src/model/fix-offsets.ts) and writes a file back only when something in it changed. Reading sources.yaml is lenient here (a record without id or file is
 * skipped): the validation that follows reports every problem with its line.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { fixEvidenceOffsets, type OffsetFixResult } from "../model/fix-offsets.ts";

function sourceTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const path = join(dir, "sources.yaml");
  if (!existsSync(path)) return texts;
  let records: unknown;
  try {
    records = (parse(readFileSync(path, "utf8")) as { sources?: unknown } | null)?.sources;
  } catch {
    return texts;
  }
  if (!Array.isArray(records)) return texts;
  for (const record of records as { id?: unknown; file?: unknown }[]) {
    if (typeof record?.id !== "string" || typeof record.file !== "string") continue;
    const file = join(dir, "sources", record.file);
    if (existsSync(file)) texts.set(record.id, readFileSync(file, "utf8"));
  }
  return texts;
}

/** The relationships files of a directory, in the order the loader reads them. */
function relationshipFiles(dir: string): string[] {
  const files: string[] = [];
  const single = join(dir, "relationships.yaml");
  if (existsSync(single)) files.push(single);
  const folder = join(dir, "relationships");
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const names = readdirSync(folder).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"));
    files.push(...names.sort().map((f) => join(folder, f)));
  }
  return files;
}

/** What fixing a directory did: every line fixed, every quote not placed, the files rewritten. */
export interface GraphDataFixResult {
  fixed: string[];
  problems: OffsetFixResult["problems"];
  written: string[];
}

/** Fixes the evidence offsets in every relationships file of `dir`; returns what it did. */
export function fixGraphDataOffsets(dir: string): GraphDataFixResult {
  const texts = sourceTexts(dir);
  const out: GraphDataFixResult = { fixed: [], problems: [], written: [] };
  for (const path of relationshipFiles(dir)) {
    const shown = relative(process.cwd(), path) || path;
    const text = readFileSync(path, "utf8");
    const result = fixEvidenceOffsets(shown, text, texts);
    out.fixed.push(...result.fixed);
    out.problems.push(...result.problems);
    if (result.text !== text) {
      writeFileSync(path, result.text);
      out.written.push(shown);
    }
  }
  return out;
}
