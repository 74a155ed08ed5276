/**
 * Graph-data validation: turns the three graph-data files and the source texts into a KnowledgeGraph,
 * or into every problem found at once (schema, duplicate ids, dangling references, unknown kinds and
 * types, quotes not at their offsets, dates that do not parse, and the model's rules on attribution,
 * conditions, state types and quotes naming an end: relationship-rules.ts), each naming file, line and
 * field.
 * Pure: the caller reads the files (src/io/load-graph-data.ts).
 */
import type { z } from "zod";
import { dateRange } from "./date-range.ts";
import type { DataIssue } from "./errors.ts";
import type { KnowledgeGraph, SourceDocument } from "./knowledge-graph.ts";
import { EntitySchema, RelationshipSchema, SourceSchema } from "./schema.ts";
import type { Entity, Relationship, SourceMeta } from "./schema.ts";
import { checkEntityRules, checkRelationshipRules } from "./relationship-rules.ts";
import { parseYamlRecords, type YamlRecord } from "./yaml-records.ts";

/** The raw inputs: file names (as shown in messages) and their text. */
export interface GraphDataInput {
  sources: { file: string; text: string };
  entities: { file: string; text: string };
  relationships: { file: string; text: string };
  /** Source texts by file name (the `file` field of sources.yaml); a missing one is an issue. */
  sourceTexts: Map<string, string>;
  /** Directory shown for source files in messages, e.g. "graph-data/sources". */
  sourcesDir: string;
}

interface Located<T> {
  value: T;
  record: YamlRecord;
}

/** The line of the deepest field of `path` the record knows, else the record's own line. */
export function lineOfPath(record: YamlRecord, path: readonly string[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = record.fieldLines.get(path.slice(0, n).join("."));
    if (line !== undefined) return line;
  }
  return record.line;
}

function zodIssues(file: string, record: YamlRecord, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      const key = issue.keys[0] ?? "?";
      const path = [...issue.path, key].join(".");
      return {
        file,
        line: record.fieldLines.get(String(issue.path[0] ?? key)) ?? record.line,
        field: path,
        message: `unknown field; expected only the fields listed in graph-data/README.md`,
      };
    }
    const path = issue.path.map(String).join(".") || "(record)";
    const line = lineOfPath(record, issue.path.map(String));
    const got = issue.path.reduce<unknown>(
      (v, k) =>
        v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k as string] : undefined,
      record.value,
    );
    const kind = got === null ? "null" : Array.isArray(got) ? "array" : typeof got;
    let message: string;
    if (issue.code === "invalid_value" && "values" in issue) {
      message = `unknown value ${JSON.stringify(got)}; expected one of ${issue.values.join(", ")}`;
    } else if (issue.code === "invalid_type" && got === undefined) {
      message = `missing; expected ${issue.expected}`;
    } else if (issue.code === "invalid_type") {
      message = `expected ${issue.expected}, got ${kind} ${JSON.stringify(got)}`;
    } else if (issue.code === "invalid_format" || (issue.code === "too_small" && typeof got === "string")) {
      message = `${JSON.stringify(got)} is not valid; expected ${issue.message.replace(/^Invalid string: /, "")}`;
    } else {
      message = issue.message;
    }
    return { file, line, field: path, message };
  });
}

/** Parsed records that passed the schema, and the ids of those that did not (to avoid cascades). */
interface Parsed<T> {
  items: Located<T>[];
  invalidIds: Set<string>;
  /** The file could not be read as YAML: references into it are not checked. */
  unreadable: boolean;
}

function parseAll<S extends z.ZodType>(
  file: string,
  text: string,
  listKey: string,
  schema: S,
  issues: DataIssue[],
): Parsed<z.infer<S>> {
  const parsed = parseYamlRecords(file, text, listKey);
  issues.push(...parsed.issues);
  const items: Located<z.infer<S>>[] = [];
  const invalidIds = new Set<string>();
  for (const record of parsed.records) {
    const result = schema.safeParse(record.value);
    if (result.success) items.push({ value: result.data, record });
    else {
      issues.push(...zodIssues(file, record, result.error));
      const id = (record.value as { id?: unknown } | null)?.id;
      if (typeof id === "string") invalidIds.add(id);
    }
  }
  return { items, invalidIds, unreadable: parsed.issues.length > 0 };
}

function uniqueIds<T extends { id: string }>(
  file: string,
  items: Located<T>[],
  issues: DataIssue[],
): Map<string, T> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first) {
      issues.push({
        file,
        line: item.record.fieldLines.get("id") ?? item.record.line,
        field: "id",
        message: `duplicate id "${item.value.id}"; first defined at line ${first.record.line}, expected ids to be unique`,
      });
    } else byId.set(item.value.id, item);
  }
  return new Map([...byId].map(([id, located]) => [id, located.value]));
}

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(Math.max(0, start), Math.min(text.length, end));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function checkEvidence(
  file: string,
  item: Located<Relationship>,
  sources: Map<string, SourceDocument>,
  issues: DataIssue[],
): void {
  const seen = new Map<string, number>();
  item.value.evidence.forEach((evidence, i) => {
    const at = (field: string): number => lineOfPath(item.record, ["evidence", String(i), field]);
    const field = (name: string): string => `evidence.${i}.${name}`;
    const key = `${evidence.source}:${evidence.start}:${evidence.end}`;
    const twin = seen.get(key);
    if (twin !== undefined) {
      issues.push({
        file,
        line: at("quote"),
        field: field("quote"),
        message: `the same quote as evidence.${twin}; expected each piece of evidence once`,
      });
    }
    seen.set(key, i);
    const source = sources.get(evidence.source);
    if (!source) {
      issues.push({
        file,
        line: at("source"),
        field: field("source"),
        message: `unknown source id "${evidence.source}"; expected one of the ids in sources.yaml (${[...sources.keys()].join(", ")})`,
      });
      return;
    }
    if (evidence.end <= evidence.start || evidence.end > source.text.length) {
      issues.push({
        file,
        line: at("end"),
        field: field("end"),
        message: `offsets ${evidence.start}..${evidence.end} are out of range; expected start < end <= ${source.text.length} (length of ${source.file}); npm run validate -- --fix sets them`,
      });
      return;
    }
    if (source.text.slice(evidence.start, evidence.end) === evidence.quote) return;
    const found = source.text.indexOf(evidence.quote);
    const where =
      found >= 0
        ? `the quote stands at ${found}..${found + evidence.quote.length} (npm run validate -- --fix sets it)`
        : `the quote is nowhere in ${source.file}`;
    issues.push({
      file,
      line: at("quote"),
      field: field("quote"),
      message: `quote not found at ${evidence.start}..${evidence.end} of "${evidence.source}" (the text there is ${JSON.stringify(excerpt(source.text, evidence.start, evidence.end))}); ${where}; expected the verbatim quote at its offsets`,
    });
  });
}

/** Validates graph-data; returns the graph when there is no issue, and every issue found. */
export function validateGraphData(input: GraphDataInput): {
  graph: KnowledgeGraph | null;
  issues: DataIssue[];
} {
  const issues: DataIssue[] = [];
  const srcFile = input.sources.file;
  const entFile = input.entities.file;
  const relFile = input.relationships.file;
  const parsedSources = parseAll(srcFile, input.sources.text, "sources", SourceSchema, issues);
  const parsedEntities = parseAll(entFile, input.entities.text, "entities", EntitySchema, issues);
  const relItems = parseAll(
    relFile,
    input.relationships.text,
    "relationships",
    RelationshipSchema,
    issues,
  ).items;
  const sourceItems = parsedSources.items;
  const entityItems = parsedEntities.items;

  const sourceMetas = uniqueIds<SourceMeta>(srcFile, sourceItems, issues);
  const sources = new Map<string, SourceDocument>();
  const textless = new Set(parsedSources.invalidIds);
  for (const item of sourceItems) {
    if (sourceMetas.get(item.value.id) !== item.value) continue;
    const text = input.sourceTexts.get(item.value.file);
    if (text === undefined) {
      issues.push({
        file: srcFile,
        line: item.record.fieldLines.get("file") ?? item.record.line,
        field: "file",
        message: `file "${input.sourcesDir}/${item.value.file}" not found; expected the document's text there`,
      });
      textless.add(item.value.id);
    } else sources.set(item.value.id, { ...item.value, text });
    if (!dateRange(item.value.date)) {
      issues.push({
        file: srcFile,
        line: item.record.fieldLines.get("date") ?? item.record.line,
        field: "date",
        message: `"${item.value.date}" is not a real date; expected an ISO date such as 2024-10`,
      });
    }
  }

  const entities = uniqueIds<Entity>(entFile, entityItems, issues);
  const relationships = uniqueIds<Relationship>(relFile, relItems, issues);
  const relIds = new Set(relationships.values());
  for (const item of relItems) {
    if (!relIds.has(item.value)) continue;
    for (const end of ["source", "target"] as const) {
      const ref = item.value[end];
      if (!parsedEntities.unreadable && !entities.has(ref) && !parsedEntities.invalidIds.has(ref)) {
        issues.push({
          file: relFile,
          line: item.record.fieldLines.get(end) ?? item.record.line,
          field: end,
          message: `unknown entity id "${ref}"; expected one of the ids in ${entFile}`,
        });
      }
    }
    if (!dateRange(item.value.date)) {
      issues.push({
        file: relFile,
        line: item.record.fieldLines.get("date") ?? item.record.line,
        field: "date",
        message: `"${item.value.date}" is not a real date; expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval A/B with A not after B, either end possibly open (2024-10-01/.., ../2024-10-01)`,
      });
    }
    if (!parsedSources.unreadable && !item.value.evidence.some((e) => textless.has(e.source)))
      checkEvidence(relFile, item, sources, issues);
  }
  if (!parsedEntities.unreadable) {
    const rules = { entities, relationships, file: relFile, entityFile: entFile };
    checkEntityRules(entFile, entityItems, issues);
    for (const item of relItems) {
      if (relIds.has(item.value)) checkRelationshipRules(rules, item, issues);
    }
  }

  issues.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file)));
  if (issues.length > 0) return { graph: null, issues };
  return {
    graph: {
      sources: [...sources.values()],
      entities: [...entities.values()],
      relationships: [...relationships.values()],
    },
    issues,
  };
}
