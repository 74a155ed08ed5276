/**
 * `validate --fix` on disk: reads sources.yaml and the source texts of a graph-data directory, fixes
 * the evidence offsets of relationships.yaml (src/model/fix-offsets.ts) and writes the file back only
 * when something changed. Reading sources.yaml is lenient here (a record without id or file is
 * skipped): the validation that follows reports every problem with its line.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

/** Fixes the evidence offsets in `dir`/relationships.yaml; returns what it did. */
export function fixGraphDataOffsets(dir: string): OffsetFixResult & { written: boolean } {
  const path = join(dir, "relationships.yaml");
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) return { text: "", fixed: [], problems: [], written: false };
  const text = readFileSync(path, "utf8");
  const result = fixEvidenceOffsets(shown, text, sourceTexts(dir));
  const written = result.text !== text;
  if (written) writeFileSync(path, result.text);
  return { ...result, written };
}
