/**
 * Graph-data validation: turns the graph-data files (sources, one or more entities files, one or more
 * relationships files) and the source texts into a KnowledgeGraph, or into every problem found at
 * once (schema, duplicate ids across files, dangling references, unknown kinds and types, quotes not
 * at their offsets, dates that do not parse, and the model's rules on attribution, conditions, state
 * types and quotes naming an end: relationship-rules.ts), each naming file, line and field.
 * Pure: the caller reads the files (src/io/load-graph-data.ts).
 */
import type { z } from "zod";
import { dateRange } from "./date-range.ts";
import type { DataIssue } from "./errors.ts";
import type { KnowledgeGraph, SourceDocument } from "./knowledge-graph.ts";
import { EntitySchema, RelationshipSchema, SourceSchema } from "./schema.ts";
import type { Entity, Relationship, SourceMeta } from "./schema.ts";
import { checkedEntity, checkedRelationship } from "./record-checks.ts";
import { ownEntityStrings, ownRelationshipStrings, ownString, type StringHomes } from "./own-strings.ts";
import { checkEntityRules, checkRelationshipRules, type RuleContext } from "./relationship-rules.ts";
import { parseYamlRecords, type YamlRecord } from "./yaml-records.ts";

/** One graph-data file: its name as shown in messages, and its text. */
export interface GraphDataFile {
  file: string;
  text: string;
}

/** The raw inputs: file names (as shown in messages) and their text. */
export interface GraphDataInput {
  sources: GraphDataFile;
  /** Entities, in one file or split over several (e.g. one per kind). */
  entities: GraphDataFile[];
  /** Relationships, in one file or split over several (e.g. one per source). */
  relationships: GraphDataFile[];
  /** Source texts by file name (the `file` field of sources.yaml); a missing one is an issue. */
  sourceTexts: Map<string, string>;
  /** Directory shown for source files in messages, e.g. "graph-data/sources". */
  sourcesDir: string;
}

const ENTITIES = { schema: EntitySchema, check: checkedEntity, own: ownEntityStrings };

/** How relationships are read: their strings shared with the entities and sources read before them. */
function relationshipReader(homes: StringHomes): RecordReader<typeof RelationshipSchema> {
  return {
    schema: RelationshipSchema,
    check: checkedRelationship,
    own: (rel) => ownRelationshipStrings(rel, homes),
  };
}

interface Located<T> {
  value: T;
  record: YamlRecord;
  file: string;
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

/** How a list's records are read: the schema, and its hand check for the common valid case. */
interface RecordReader<S extends z.ZodType> {
  schema: S;
  /** The schema's own output for a valid record, or null when not sure (then the schema runs). */
  check?: (value: unknown) => z.infer<S> | null;
  /** Makes a valid record's strings its own, so it does not hold its file's text (own-strings.ts). */
  own?: (value: z.infer<S>) => z.infer<S>;
}

/** How validation reads: fast (the YAML subset reader and hand checks) or only js-yaml and zod. */
export interface ValidateOptions {
  /** Read with js-yaml and check with zod only: slower, the reference the fast path is tested against. */
  reference?: boolean;
  /**
   * Called as validation goes: `done` of `total` steps, one per file read and a last one for the
   * checks across files (references, quotes, rules), with what the step was.
   */
  onProgress?: (done: number, total: number, step: string) => void;
}

function parseAll<S extends z.ZodType>(
  source: GraphDataFile,
  listKey: string,
  reader: RecordReader<S>,
  issues: DataIssue[],
  options: ValidateOptions,
): Parsed<z.infer<S>> {
  const file = source.file;
  const parsed = parseYamlRecords(file, () => source.text, listKey, { subset: !options.reference });
  for (const issue of parsed.issues) issues.push(issue);
  const items: Located<z.infer<S>>[] = [];
  const invalidIds = new Set<string>();
  const check = options.reference ? undefined : reader.check;
  const own = reader.own ?? ((value: z.infer<S>) => value);
  for (const record of parsed.records) {
    const checked = check?.(record.value) ?? null;
    if (checked !== null) items.push({ value: own(checked), record, file });
    else {
      const result = reader.schema.safeParse(record.value);
      if (result.success) items.push({ value: own(result.data), record, file });
      else {
        issues.push(...zodIssues(file, record, result.error));
        const id = (record.value as { id?: unknown } | null)?.id;
        if (typeof id === "string") invalidIds.add(id);
      }
    }
    // The checked value replaces the raw one, which is garbage from here on (at corpus size, both
    // for every record at once would double the memory validation needs).
    record.value = undefined;
  }
  return { items, invalidIds, unreadable: parsed.issues.length > 0 };
}

/** Parses several files of the same list into one; `read()` is called after each file. */
function parseFiles<S extends z.ZodType>(
  files: GraphDataFile[],
  listKey: string,
  reader: RecordReader<S>,
  issues: DataIssue[],
  options: ValidateOptions,
  read: () => void,
): Parsed<z.infer<S>> {
  const all: Parsed<z.infer<S>> = { items: [], invalidIds: new Set(), unreadable: false };
  for (const file of files) {
    const parsed = parseAll(file, listKey, reader, issues, options);
    read();
    for (const item of parsed.items) all.items.push(item);
    parsed.invalidIds.forEach((id) => all.invalidIds.add(id));
    all.unreadable ||= parsed.unreadable;
  }
  return all;
}

/** The first item of each id, by id; every later one is reported as a duplicate. */
function uniqueIds<T extends { id: string }>(items: Located<T>[], issues: DataIssue[]): Map<string, T> {
  const byId = new Map<string, T>();
  // Where each first one stands is indexed only once a duplicate shows up (they are rare).
  let firstOf: Map<string, Located<T>> | null = null;
  for (const item of items) {
    const id = item.value.id;
    if (!byId.has(id)) {
      byId.set(id, item.value);
      continue;
    }
    if (!firstOf) {
      firstOf = new Map();
      for (const other of items) if (!firstOf.has(other.value.id)) firstOf.set(other.value.id, other);
    }
    const first = firstOf.get(id)!;
    const where =
      first.file === item.file ? `line ${first.record.line}` : `${first.file}:${first.record.line}`;
    issues.push({
      file: item.file,
      line: item.record.fieldLines.get("id") ?? item.record.line,
      field: "id",
      message: `duplicate id "${id}"; first defined at ${where}, expected ids to be unique`,
    });
  }
  return byId;
}

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(Math.max(0, start), Math.min(text.length, end));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function hasTextlessSource(rel: Relationship, textless: Set<string>): boolean {
  if (textless.size === 0) return false;
  return rel.evidence.some((e) => textless.has(e.source));
}

/** The line of field `name` of piece `i` of a relationship's evidence (located only for a problem). */
function evidenceLine(item: Located<Relationship>, i: number, name: string): number {
  return lineOfPath(item.record, ["evidence", String(i), name]);
}

function checkEvidence(
  file: string,
  item: Located<Relationship>,
  sources: Map<string, SourceDocument>,
  issues: DataIssue[],
): void {
  const pieces = item.value.evidence;
  for (let i = 0; i < pieces.length; i++) {
    const evidence = pieces[i]!;
    for (let k = 0; k < i; k++) {
      const other = pieces[k]!;
      if (other.source !== evidence.source || other.start !== evidence.start || other.end !== evidence.end)
        continue;
      issues.push({
        file,
        line: evidenceLine(item, i, "quote"),
        field: `evidence.${i}.quote`,
        message: `the same quote as evidence.${k}; expected each piece of evidence once`,
      });
      break;
    }
    const source = sources.get(evidence.source);
    if (!source) {
      issues.push({
        file,
        line: evidenceLine(item, i, "source"),
        field: `evidence.${i}.source`,
        message: `unknown source id "${evidence.source}"; expected one of the ids in sources.yaml (${[...sources.keys()].join(", ")})`,
      });
      continue;
    }
    if (evidence.end <= evidence.start || evidence.end > source.text.length) {
      issues.push({
        file,
        line: evidenceLine(item, i, "end"),
        field: `evidence.${i}.end`,
        message: `offsets ${evidence.start}..${evidence.end} are out of range; expected start < end <= ${source.text.length} (length of ${source.file}); npm run validate -- --fix sets them`,
      });
      continue;
    }
    if (
      source.text.startsWith(evidence.quote, evidence.start) &&
      evidence.end - evidence.start === evidence.quote.length
    )
      continue;
    const found = source.text.indexOf(evidence.quote);
    const where =
      found >= 0
        ? `the quote stands at ${found}..${found + evidence.quote.length} (npm run validate -- --fix sets it)`
        : `the quote is nowhere in ${source.file}`;
    issues.push({
      file,
      line: evidenceLine(item, i, "quote"),
      field: `evidence.${i}.quote`,
      message: `quote not found at ${evidence.start}..${evidence.end} of "${evidence.source}" (the text there is ${JSON.stringify(excerpt(source.text, evidence.start, evidence.end))}); ${where}; expected the verbatim quote at its offsets`,
    });
  }
}

/** The ids of the sources and entities read so far, and the sources' texts: what relationships name. */
function stringHomes(
  sourceItems: Located<SourceMeta>[],
  entityItems: Located<Entity>[],
  sourceTexts: Map<string, string>,
): StringHomes {
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const { value } of sourceItems) {
    const id = ownString(value.id);
    ids.set(id, id);
    const text = sourceTexts.get(value.file);
    if (text !== undefined && !texts.has(id)) texts.set(id, text);
  }
  for (const { value } of entityItems) ids.set(value.id, value.id);
  return { id: (value) => ids.get(value), sourceText: (source) => texts.get(source) };
}

/** Validates graph-data; returns the graph when there is no issue, and every issue found. */
export function validateGraphData(
  input: GraphDataInput,
  options: ValidateOptions = {},
): {
  graph: KnowledgeGraph | null;
  issues: DataIssue[];
} {
  const issues: DataIssue[] = [];
  const srcFile = input.sources.file;
  const entFiles = input.entities.map((f) => f.file).join(", ");
  const steps = 2 + input.entities.length + input.relationships.length;
  let done = 0;
  const step = (next: string) => (): void => options.onProgress?.(++done, steps, next);
  options.onProgress?.(0, steps, "reading sources");
  const parsedSources = parseAll(input.sources, "sources", { schema: SourceSchema }, issues, options);
  const readEntities = step("reading entities");
  readEntities();
  const parsedEntities = parseFiles(input.entities, "entities", ENTITIES, issues, options, readEntities);
  const sourceItems = parsedSources.items;
  const entityItems = parsedEntities.items;
  const homes = stringHomes(sourceItems, entityItems, input.sourceTexts);
  const relationshipsReader = relationshipReader(homes);
  const readRelationships = step("reading relationships");
  const relItems = parseFiles(
    input.relationships,
    "relationships",
    relationshipsReader,
    issues,
    options,
    readRelationships,
  ).items;
  options.onProgress?.(done, steps, "checking references, quotes and rules");

  const sourceMetas = uniqueIds<SourceMeta>(sourceItems, issues);
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

  const entities = uniqueIds<Entity>(entityItems, issues);
  const relationships = uniqueIds<Relationship>(relItems, issues);
  // A duplicate's later copies are reported as such and not checked further.
  const isFirst = (item: Located<Relationship>): boolean => relationships.get(item.value.id) === item.value;
  for (const item of relItems) {
    if (!isFirst(item)) continue;
    for (const end of ["source", "target"] as const) {
      const ref = item.value[end];
      // The entity's own id string in place of this copy of it: a corpus names each entity ten
      // times over, and the graph keeps every relationship.
      const entity = entities.get(ref);
      if (entity) item.value[end] = entity.id;
      else if (!parsedEntities.unreadable && !parsedEntities.invalidIds.has(ref)) {
        issues.push({
          file: item.file,
          line: item.record.fieldLines.get(end) ?? item.record.line,
          field: end,
          message: `unknown entity id "${ref}"; expected one of the ids in ${entFiles}`,
        });
      }
    }
    if (!dateRange(item.value.date)) {
      issues.push({
        file: item.file,
        line: item.record.fieldLines.get("date") ?? item.record.line,
        field: "date",
        message: `"${item.value.date}" is not a real date; expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval A/B with A not after B, either end possibly open (2024-10-01/.., ../2024-10-01)`,
      });
    }
    if (!parsedSources.unreadable && !hasTextlessSource(item.value, textless))
      checkEvidence(item.file, item, sources, issues);
  }
  if (!parsedEntities.unreadable) {
    const ctx: RuleContext = { entities, relationships, entityFiles: entFiles, names: new Map() };
    checkEntityRules(entityItems, issues);
    for (const item of relItems) {
      if (isFirst(item)) checkRelationshipRules(ctx, item, issues);
    }
  }

  issues.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file)));
  step("checked")();
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
