/**
 * TCK value-literal parser: reads the values of result tables and parameter tables (`1`, `1.5`, `'s'`,
 * `[1, 2]`, `{a: 1}`, `(:L {p: 1})`, `[:T {p: 1}]`, `<(:A)-[:T]->(:B)>`) into TckValues. A small
 * recursive-descent parser; string escapes follow Cypher (`\'`, `\\`, `\n` …) as the TCK's own does.
 */
import type { TckNode, TckPathStep, TckRelationship, TckValue } from "./tck-value.ts";

/** A literal the parser cannot read; the message names the column and what was expected. */
export class TckValueSyntaxError extends Error {
  constructor(text: string, position: number, expected: string) {
    super(`TCK value "${text}": column ${position + 1}: expected ${expected}`);
    this.name = "TckValueSyntaxError";
  }
}

const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
};

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  fail(expected: string): never {
    throw new TckValueSyntaxError(this.text, this.position, expected);
  }

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]!)) this.position++;
  }

  /** Skips spaces, then consumes `token` if it comes next. */
  accept(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.position)) return false;
    this.position += token.length;
    return true;
  }

  expect(token: string): void {
    if (!this.accept(token)) this.fail(`"${token}"`);
  }

  peek(token: string): boolean {
    this.skipSpace();
    return this.text.startsWith(token, this.position);
  }

  match(pattern: RegExp): string | undefined {
    this.skipSpace();
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.position += found[0].length;
    return found[0];
  }
}

function parseName(reader: Reader, what: string): string {
  if (reader.accept("`")) {
    let name = "";
    for (;;) {
      const end = reader.text.indexOf("`", reader.position);
      if (end < 0) reader.fail("a closing backtick");
      name += reader.text.slice(reader.position, end);
      reader.position = end + 1;
      if (reader.text[reader.position] !== "`") return name;
      name += "`";
      reader.position++;
    }
  }
  return reader.match(NAME) ?? reader.fail(what);
}

function parseString(reader: Reader): TckValue {
  const { text } = reader;
  let value = "";
  let i = reader.position;
  while (i < text.length && text[i] !== "'") {
    if (text[i] === "\\" && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      value += ESCAPES[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    value += text[i];
    i++;
  }
  reader.position = i;
  reader.expect("'");
  return { kind: "string", value };
}

function parseNumber(reader: Reader): TckValue | undefined {
  if (reader.accept("NaN")) return { kind: "float", value: NaN };
  if (reader.accept("Infinity")) return { kind: "float", value: Infinity };
  if (reader.accept("-Infinity")) return { kind: "float", value: -Infinity };
  const text = reader.match(NUMBER);
  if (text === undefined) return undefined;
  if (/[.eE]/.test(text)) return { kind: "float", value: Number(text) };
  return { kind: "integer", value: BigInt(text) };
}

function parseMapBody(reader: Reader): Map<string, TckValue> {
  const entries = new Map<string, TckValue>();
  reader.expect("{");
  if (reader.accept("}")) return entries;
  do {
    const key = parseName(reader, "a map key");
    reader.expect(":");
    entries.set(key, parseValue(reader));
  } while (reader.accept(","));
  reader.expect("}");
  return entries;
}

function parseNode(reader: Reader): TckNode {
  reader.expect("(");
  const labels: string[] = [];
  while (reader.accept(":")) labels.push(parseName(reader, "a label"));
  const properties = reader.peek("{") ? parseMapBody(reader) : new Map<string, TckValue>();
  reader.expect(")");
  return { kind: "node", labels, properties };
}

/** Parses `[:T {…}]` once the opening bracket is consumed. */
function parseRelationshipRest(reader: Reader): TckRelationship {
  reader.expect(":");
  const type = parseName(reader, "a relationship type");
  const properties = reader.peek("{") ? parseMapBody(reader) : new Map<string, TckValue>();
  reader.expect("]");
  return { kind: "relationship", type, properties };
}

function parsePath(reader: Reader): TckValue {
  reader.expect("<");
  const start = parseNode(reader);
  const steps: TckPathStep[] = [];
  for (;;) {
    if (reader.accept("<-[")) {
      const relationship = parseRelationshipRest(reader);
      reader.expect("-");
      steps.push({ relationship, forward: false, node: parseNode(reader) });
    } else if (reader.accept("-[")) {
      const relationship = parseRelationshipRest(reader);
      reader.expect("->");
      steps.push({ relationship, forward: true, node: parseNode(reader) });
    } else break;
  }
  reader.expect(">");
  return { kind: "path", start, steps };
}

function parseValue(reader: Reader): TckValue {
  reader.skipSpace();
  if (reader.accept("'")) return parseString(reader);
  if (reader.peek("(")) return parseNode(reader);
  if (reader.peek("<")) return parsePath(reader);
  if (reader.peek("{")) return { kind: "map", entries: parseMapBody(reader) };
  if (reader.accept("[")) {
    if (reader.peek(":")) return parseRelationshipRest(reader);
    const items: TckValue[] = [];
    if (reader.accept("]")) return { kind: "list", items };
    do items.push(parseValue(reader));
    while (reader.accept(","));
    reader.expect("]");
    return { kind: "list", items };
  }
  const number = parseNumber(reader);
  if (number) return number;
  const word = reader.match(NAME);
  if (word === "null") return { kind: "null" };
  if (word === "true" || word === "false") return { kind: "boolean", value: word === "true" };
  return reader.fail("a value (null, boolean, number, 'string', list, map, node, relationship or path)");
}

/** Parses one TCK value literal; throws TckValueSyntaxError on anything else or trailing text. */
export function parseTckValue(text: string): TckValue {
  const reader = new Reader(text);
  const value = parseValue(reader);
  reader.skipSpace();
  if (reader.position < text.length) reader.fail("the end of the value");
  return value;
}
