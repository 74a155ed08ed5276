/**
 * YAML records: parses one graph-data file (a map with a single list, e.g. `entities:`) into plain
 * records that remember the line of each record and of each of its fields, so every validation error
 * can name file, line and field.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { DataIssue } from "./errors.ts";

/** One list item of a graph-data file, with where it stands. */
export interface YamlRecord {
  value: unknown;
  line: number;
  /**
   * Line of each field, by path: top-level keys (`evidence`), and nested ones joined with dots, list
   * items by index (`evidence.1`, `evidence.1.quote`).
   */
  fieldLines: Map<string, number>;
}

/** Parses `text` and returns the records under `listKey`, or the issues that stopped it. */
export function parseYamlRecords(
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
