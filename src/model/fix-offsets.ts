/**
 * Offset fixing (`npm run validate -- --fix`): fills in or corrects the `start`/`end` of every piece of
 * evidence whose quote stands exactly once in its source, and reports the quotes it cannot place (found
 * several times, or nowhere). Offsets by hand do not scale; a quote is what an author copies.
 *
 * The file is edited as text, not re-serialised, so comments, quoting and field order stay as written:
 * an existing `start:`/`end:` value is replaced in place, a missing one is inserted after the `quote:`
 * line with the same indentation. Pure: the caller reads and writes the files.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import type { DataIssue } from "./errors.ts";

/** What fixing one relationships file did. */
export interface OffsetFixResult {
  /** The new file text (the input when nothing changed). */
  text: string;
  /** One line per piece of evidence whose offsets were set, e.g. "line 12: evidence.0 0..0 -> 57..123". */
  fixed: string[];
  /** Quotes that could not be placed: ambiguous or not found, with file, line and field. */
  problems: DataIssue[];
}

interface Edit {
  at: number;
  until: number;
  insert: string;
}

function pairOf(map: Node, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<unknown, unknown> | undefined;
}

function scalarValue(pair: Pair<unknown, unknown> | undefined): unknown {
  return pair && isScalar(pair.value) ? pair.value.value : undefined;
}

/** Every start offset of `quote` in `text`. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/**
 * Fixes the offsets in `text` (a relationships file named `file`); `sourceTexts` maps source ids to
 * their text. Evidence whose offsets already hold its quote is left alone.
 */
export function fixEvidenceOffsets(
  file: string,
  text: string,
  sourceTexts: ReadonlyMap<string, string>,
): OffsetFixResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const problems: DataIssue[] = [];
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    problems.push({
      file,
      line: first ? lineOf(first.pos[0]) : 1,
      field: "(yaml)",
      message: `${first?.message.split("\n")[0] ?? "unreadable"}; expected valid YAML (nothing was fixed)`,
    });
    return { text, fixed: [], problems };
  }
  const list = isMap(doc.contents) ? doc.contents.get("relationships", true) : undefined;
  if (!isSeq(list)) return { text, fixed: [], problems };
  const edits: Edit[] = [];
  const fixed: string[] = [];
  for (const record of list.items) {
    const evidence = pairOf(record as Node, "evidence")?.value;
    if (!isSeq(evidence)) continue;
    evidence.items.forEach((item, i) => {
      const node = item as Node;
      const source = scalarValue(pairOf(node, "source"));
      const quotePair = pairOf(node, "quote");
      const quote = scalarValue(quotePair);
      if (typeof source !== "string" || typeof quote !== "string" || !quotePair) return;
      const sourceText = sourceTexts.get(source);
      if (sourceText === undefined) return; // validation reports the unknown source
      const startPair = pairOf(node, "start");
      const endPair = pairOf(node, "end");
      const start = scalarValue(startPair);
      const end = scalarValue(endPair);
      if (typeof start === "number" && typeof end === "number" && sourceText.slice(start, end) === quote)
        return;
      const keyNode = quotePair.key as Node;
      const line = lineOf(keyNode.range?.[0] ?? 0);
      const found = occurrences(sourceText, quote);
      const field = `evidence.${i}.quote`;
      if (found.length !== 1) {
        const where =
          found.length === 0
            ? `the quote is nowhere in source "${source}"`
            : `the quote occurs ${found.length} times in source "${source}" (at ${found.map((f) => `${f}..${f + quote.length}`).join(", ")}); lengthen it until it occurs once, or set start and end by hand`;
        problems.push({ file, line, field, message: `cannot fix the offsets: ${where}` });
        return;
      }
      const newStart = found[0] as number;
      const newEnd = newStart + quote.length;
      const indent = " ".repeat(lineCounter.linePos(keyNode.range?.[0] ?? 0).col - 1);
      const lineEnd = (pair: Pair<unknown, unknown>): number => {
        const valueEnd = (pair.value as Node).range?.[1] ?? 0;
        const nl = text.indexOf("\n", valueEnd);
        return nl < 0 ? text.length : nl;
      };
      const setValue = (pair: Pair<unknown, unknown> | undefined, key: string, value: number): void => {
        const range = pair ? (pair.value as Node | null)?.range : undefined;
        if (pair && range) edits.push({ at: range[0], until: range[1], insert: String(value) });
        else {
          const after = lineEnd(key === "end" && startPair ? startPair : quotePair);
          edits.push({ at: after, until: after, insert: `\n${indent}${key}: ${value}` });
        }
      };
      // Insert `end` before `start` at the same point, so that they read start, end.
      if (!startPair && !endPair) {
        const after = lineEnd(quotePair);
        edits.push({
          at: after,
          until: after,
          insert: `\n${indent}start: ${newStart}\n${indent}end: ${newEnd}`,
        });
      } else {
        setValue(startPair, "start", newStart);
        setValue(endPair, "end", newEnd);
      }
      const was =
        typeof start === "number" || typeof end === "number" ? `${String(start)}..${String(end)}` : "none";
      fixed.push(`${file}:${line}: ${field}: offsets ${was} -> ${newStart}..${newEnd}`);
    });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.until);
  }
  return { text: out, fixed, problems };
}
