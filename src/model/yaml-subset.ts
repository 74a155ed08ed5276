/**
 * YAML subset reader: reads the plain shape graph-data files have (block mappings and sequences,
 * one value per line: double- or single-quoted strings, plain words, integers, `[]` and short flow
 * lists of plain words) about three times faster than js-yaml, which matters at corpus size, where
 * reading the YAML was most of validation.
 *
 * It is exact or silent: on anything outside that subset (anchors, tags, block scalars, multi-line
 * strings, comments after a value, duplicate keys, tabs, CR, escapes other than the common ones …)
 * it returns undefined and the caller reads the file with js-yaml as before, so a file never reads
 * differently than js-yaml (core schema) would read it. Plain scalars that could be a number, null
 * or a boolean are resolved by js-yaml itself.
 */
import jsyaml from "js-yaml";

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
const OUTSIDE = new Error("outside the YAML subset");

/** Any character the next pattern may be about (a quick scan, as most files have none). */
// eslint-disable-next-line no-control-regex
const MAYBE_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** js-yaml refuses a stream with these characters; the subset leaves such a file to it. */
const NON_PRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;

/** Words the core schema reads as null or a boolean. */
const RESERVED = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Plain scalars that may be numbers or dates: js-yaml resolves them. */
const NUMBER_LIKE = /^[-+]?\.?[0-9]/;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "\t" };

function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c > 0x7f;
}

/** A plain scalar standing alone on its line (block context), as the core schema reads it. */
function plain(text: string): unknown {
  if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) throw OUTSIDE;
  const first = text.charCodeAt(0);
  if (isLetter(first)) {
    if (RESERVED.has(text)) throw OUTSIDE;
    return text;
  }
  if (INTEGER.test(text)) return Number(text);
  if (!NUMBER_LIKE.test(text)) throw OUTSIDE;
  // 2024-10, 2022/.., 1.5, 0x1F: what js-yaml makes of them, from js-yaml itself.
  return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
}

class Reader {
  private pos = 0;
  /** The current content line: where its content starts, its indent, where it ends; -1 at the end. */
  private indent = -1;
  private start = 0;
  private end = 0;
  private readonly keys: string[] = [];

  constructor(private readonly text: string) {
    this.seek(0);
  }

  /** Moves to the first line at or after `from` that holds content (not blank, not a comment). */
  private seek(from: number): void {
    const text = this.text;
    let pos = from;
    while (pos < text.length) {
      let end = text.indexOf("\n", pos);
      if (end < 0) end = text.length;
      let i = pos;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i < end && text.charCodeAt(i) !== HASH) {
        this.indent = i - pos;
        this.start = i;
        this.end = end;
        this.pos = end + 1;
        return;
      }
      pos = end + 1;
    }
    this.indent = -1;
    this.pos = text.length;
  }

  private next(): void {
    this.seek(this.pos);
  }

  private isDash(at: number): boolean {
    return (
      this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE)
    );
  }

  /** The key of a `key:` at `at`, or null when the content there is not one. */
  private keyAt(at: number): { key: string; after: number } | null {
    let i = at;
    while (i < this.end && isKeyChar(this.text.charCodeAt(i))) i++;
    if (i === at || this.text.charCodeAt(i) !== COLON) return null;
    if (i + 1 < this.end && this.text.charCodeAt(i + 1) !== SPACE) return null;
    return { key: this.keyString(at, i), after: i + 1 };
  }

  /**
   * The key spelled from `at` to `end`: one of the keys met before when it is one (a file repeats a
   * dozen keys hundreds of thousands of times), so keys are not sliced out of the text again and again.
   */
  private keyString(at: number, end: number): string {
    const length = end - at;
    for (const key of this.keys) {
      if (key.length === length && this.text.startsWith(key, at)) return key;
    }
    const key = this.text.slice(at, end);
    if (this.keys.length < 64) this.keys.push(key);
    return key;
  }

  document(): unknown {
    if (this.indent !== 0) throw OUTSIDE;
    const value = this.block(0);
    if (!this.atEnd()) throw OUTSIDE;
    return value;
  }

  private atEnd(): boolean {
    return this.indent === -1;
  }

  private block(indent: number): unknown {
    return this.isDash(this.start) ? this.sequence(indent) : this.mapping(indent, this.start);
  }

  /** A mapping whose keys stand at column `indent`; its first key starts at `first` on this line. */
  private mapping(indent: number, first: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      const found = this.keyAt(at);
      if (!found || found.key === "__proto__" || Object.hasOwn(out, found.key)) throw OUTSIDE;
      let i = found.after;
      while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
      if (i === this.end) {
        this.next();
        out[found.key] = this.nested(indent);
      } else {
        out[found.key] = this.scalar(i);
        this.next();
      }
      if (this.indent !== indent || this.isDash(this.start)) break;
      at = this.start;
    }
    if (this.indent > indent) throw OUTSIDE;
    return out;
  }

  /** The value of a `key:` with nothing after it: a deeper block, a sequence at the key's column, or null. */
  private nested(indent: number): unknown {
    if (this.indent > indent) return this.block(this.indent);
    if (this.indent === indent && this.isDash(this.start)) return this.sequence(indent);
    return null;
  }

  /** A sequence whose dashes stand at column `indent`. */
  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.indent === indent && this.isDash(this.start)) {
      let i = this.start + 1;
      while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
      if (i === this.end || this.isDash(i)) throw OUTSIDE;
      if (this.keyAt(i)) {
        out.push(this.mapping(i - (this.start - this.indent), i));
      } else {
        out.push(this.scalar(i));
        this.next();
      }
    }
    if (this.indent > indent) throw OUTSIDE;
    return out;
  }

  /** The one-line value starting at `at` (to the end of the line, trailing spaces dropped). */
  private scalar(at: number): unknown {
    const text = this.text;
    let end = this.end;
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
    const c = text.charCodeAt(at);
    if (c === DQUOTE) return this.doubleQuoted(at, end);
    if (c === SQUOTE) return this.singleQuoted(at, end);
    if (c === 0x5b) return this.flowList(at, end);
    return plain(text.slice(at, end));
  }

  private doubleQuoted(at: number, end: number): string {
    const text = this.text;
    let out = "";
    let from = at + 1;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === DQUOTE) {
        if (i + 1 !== end) throw OUTSIDE;
        return out + text.slice(from, i);
      }
      if (c !== BACKSLASH) continue;
      out += text.slice(from, i);
      const e = text[i + 1] ?? "";
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        const code = parseInt(text.slice(i + 2, i + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) throw OUTSIDE;
        out += String.fromCharCode(code);
        i += 5;
      } else if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e];
        i += 1;
      } else throw OUTSIDE;
      from = i + 1;
    }
    throw OUTSIDE; // no closing quote on this line
  }

  private singleQuoted(at: number, end: number): string {
    const text = this.text;
    if (end - at < 2 || text.charCodeAt(end - 1) !== SQUOTE) throw OUTSIDE;
    const inner = text.slice(at + 1, end - 1);
    // Inside, a quote only ever comes doubled ('' is one ').
    if (inner.replaceAll("''", "").includes("'")) throw OUTSIDE;
    return inner.replaceAll("''", "'");
  }

  /** `[]`, or `[a, b]` of plain words (no quotes, nesting or maps). */
  private flowList(at: number, end: number): unknown[] {
    const inner = this.text.slice(at + 1, end - 1);
    if (this.text.charCodeAt(end - 1) !== 0x5d || /[[\]{}"'#:]/.test(inner)) throw OUTSIDE;
    if (inner.trim() === "") {
      if (inner !== "") throw OUTSIDE;
      return [];
    }
    return inner.split(",").map((item) => {
      const word = item.trim();
      if (word === "" || !isLetter(word.charCodeAt(0))) throw OUTSIDE;
      return plain(word);
    });
  }
}

/**
 * What js-yaml (core schema) would read from `text`, or undefined when the text is outside the subset
 * this reader knows (the caller then reads it with js-yaml).
 */
export function readYamlSubset(text: string): unknown {
  if (text.includes("\t") || text.includes("\r")) return undefined;
  if (MAYBE_NON_PRINTABLE.test(text) && NON_PRINTABLE.test(text)) return undefined;
  if (text.charCodeAt(0) === 0xfeff || text.startsWith("---") || text.startsWith("%")) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
