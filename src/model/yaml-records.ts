/**
 * YAML records: parses one graph-data file (a map with a single list, e.g. `entities:`) into plain
 * records that know the line of each record and of each of its fields, so every validation error
 * can name file, line and field.
 *
 * Three parsers, for speed at corpus size: the subset reader (yaml-subset.ts) reads the values of
 * files in the plain shape graph-data has, and js-yaml (core schema) those it leaves; the `yaml`
 * library, which keeps source positions, runs only when a line is asked for, that is only for a file
 * that has a problem. A file js-yaml refuses goes straight to the `yaml` library,
 * whose messages name the line.
 */
import jsyaml from "js-yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { DataIssue } from "./errors.ts";
import { readYamlSubset } from "./yaml-subset.ts";

/** One list item of a graph-data file, with where it stands. */
export interface YamlRecord {
  value: unknown;
  readonly line: number;
  /**
   * Line of each field, by path: top-level keys (`evidence`), and nested ones joined with dots, list
   * items by index (`evidence.1`, `evidence.1.quote`).
   */
  readonly fieldLines: Map<string, number>;
}

/** A record read by the fast parser; its lines come from the slow one, once per file, on demand. */
class LazyRecord implements YamlRecord {
  constructor(
    public value: unknown,
    private readonly index: number,
    private readonly locate: () => YamlRecord[],
  ) {}
  get line(): number {
    return this.locate()[this.index]?.line ?? 1;
  }
  get fieldLines(): Map<string, number> {
    return this.locate()[this.index]?.fieldLines ?? new Map();
  }
}

/**
 * Parses the text `read` returns and gives the records under `listKey`, or the issues that stopped
 * it. `read` is called again only to locate lines, so the caller need not keep the text.
 */
export function parseYamlRecords(
  file: string,
  read: () => string,
  listKey: string,
  options: { subset?: boolean } = {},
): { records: YamlRecord[]; issues: DataIssue[] } {
  let root: unknown;
  const text = read();
  try {
    root =
      (options.subset === false ? undefined : readYamlSubset(text)) ??
      jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return locateYamlRecords(file, text, listKey);
  }
  const isPlainMap = root !== null && typeof root === "object" && !Array.isArray(root);
  const map = (isPlainMap ? root : {}) as Record<string, unknown>;
  const list = map[listKey];
  if (!Array.isArray(list) || Object.keys(map).length !== 1) {
    return locateYamlRecords(file, text, listKey);
  }
  let located: YamlRecord[] | null = null;
  const locate = (): YamlRecord[] => (located ??= locateYamlRecords(file, read(), listKey).records);
  return { records: list.map((value, i) => new LazyRecord(value, i, locate)), issues: [] };
}

/** Parses with source positions (slow): the records with their lines, or the issues that stopped it. */
export function locateYamlRecords(
  file: string,
  text: string,
  listKey: string,
): { records: YamlRecord[]; issues: DataIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      records: [],
      issues: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: lineOf(e.pos[0]),
        field: "(yaml)",
        message: `${e.message.split("\n")[0]}; expected valid YAML`,
      })),
    };
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get(listKey, true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    return {
      records: [],
      issues: [{ file, line: 1, field: listKey, message: `expected a top-level "${listKey}:" list` }],
    };
  }
  const extra = root.items
    .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : "?"))
    .filter((key) => key !== listKey);
  const issues: DataIssue[] = extra.map((key) => ({
    file,
    line: 1,
    field: key,
    message: `unknown top-level key; expected only "${listKey}"`,
  }));
  const records = list.items.map((item) => {
    const fieldLines = new Map<string, number>();
    const walk = (node: unknown, prefix: string): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const path = prefix + String(pair.key.value);
          fieldLines.set(path, lineOf(pair.key.range?.[0]));
          walk(pair.value, `${path}.`);
        }
      } else if (isSeq(node)) {
        node.items.forEach((child, i) => {
          const range = (child as { range?: [number, number, number] } | null)?.range;
          fieldLines.set(prefix + String(i), lineOf(range?.[0]));
          walk(child, `${prefix}${i}.`);
        });
      }
    };
    walk(item, "");
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return {
      value: (item as { toJSON?: () => unknown } | null)?.toJSON?.() ?? item,
      line: lineOf(range?.[0]),
      fieldLines,
    };
  });
  return { records, issues };
}
