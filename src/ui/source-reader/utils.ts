/**
 * Source reader logic: where a quote stands in its source text. The stored offsets are trusted when
 * the text there is the quote; otherwise the quote is searched for (nearest occurrence), so a
 * slightly shifted offset still highlights the right words.
 */

export interface Span {
  start: number;
  end: number;
}

/** The span of `quote` in `text`, preferring the given offsets; null when the quote is not there. */
export function locateQuote(text: string, quote: string, start: number, end: number): Span | null {
  if (start >= 0 && end <= text.length && start < end && (!quote || text.slice(start, end) === quote)) {
    return { start, end };
  }
  if (!quote) return null;
  let best: Span | null = null;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (!best || Math.abs(i - start) < Math.abs(best.start - start))
      best = { start: i, end: i + quote.length };
  }
  return best;
}

/** Splits text into the parts before, inside and after a span. */
export function splitAt(text: string, span: Span): [string, string, string] {
  return [text.slice(0, span.start), text.slice(span.start, span.end), text.slice(span.end)];
}

/** Where the reader is open: a relationship and which piece of its evidence (0 for the first). */
export interface ReaderTarget {
  relationship: string;
  index: number;
}

/** The reader state for piece `index` of a relationship's evidence: "id", or "id#2" after the first. */
export function readerTarget(relationship: string, index: number): string {
  return index > 0 ? `${relationship}#${index}` : relationship;
}

/** Reads the reader state back; a malformed index means the first piece. */
export function parseReaderTarget(value: string): ReaderTarget {
  const m = /^(.*)#(\d+)$/.exec(value);
  return m ? { relationship: m[1] ?? "", index: Number(m[2]) } : { relationship: value, index: 0 };
}
