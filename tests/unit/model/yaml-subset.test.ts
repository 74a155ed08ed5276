/**
 * The YAML subset reader is exact or silent: on every text here it either reads what js-yaml (core
 * schema) reads, or returns undefined and leaves the text to js-yaml. The graph-data files of the
 * repository, the fixtures and a generated corpus are in the subset (so the fast path is what runs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/model/corpus/generate-corpus.ts";
import { seededRandom } from "../../../src/model/seeded-random.ts";
import { readYamlSubset } from "../../../src/model/yaml-subset.ts";

const reference = (text: string): unknown => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

function yamlFiles(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [join(dir, f), readFileSync(join(dir, f), "utf8")]);
}

describe("readYamlSubset", () => {
  const inSubset: [string, string][] = [
    ...yamlFiles("graph-data"),
    ...yamlFiles("tests/fixtures/mini-graph-data"),
    ...generateCorpus({ entities: 60, relationships: 300, sources: 3 })
      .filter((f) => f.path.endsWith(".yaml"))
      .map((f): [string, string] => [`corpus ${f.path}`, f.text]),
  ];

  it.each(inSubset)("reads %s as js-yaml does", (_name, text) => {
    const read = readYamlSubset(text);
    expect(read).not.toBeUndefined();
    expect(read).toStrictEqual(reference(text));
  });

  const read: [string, string][] = [
    ["plain words, integers and quoted strings", 'a:\n  - id: x\n    n: 12\n    m: -3\n    s: "q"\n'],
    ["a compact sequence at its key's column", "a:\n- 1\n- two\nb: c\n"],
    ["comments and blank lines between records", "# head\na:\n\n  # one\n  - x: 1\n\n  - x: 2\n"],
    ["a key with no value (null)", "a:\n  - x:\n    y: 1\n"],
    ["escapes in double quotes", 'a: "\\"q\\" \\\\ \\n \\t \\u00fc \\/"\n'],
    ["a doubled quote in single quotes", "a: 'it''s'\n"],
    ["a flow list of words", "a: [Peking, Beijing]\nb: []\n"],
    ["dates and numbers js-yaml resolves", "a: 2024-09\nb: 2022/..\nc: 1.5\nd: 0x1F\ne: 1_000\nf: 007\n"],
    ["German text and typographic quotes", 'a: „Rutte übernimmt“, hieß es\nb: "Ärger: „ja“"\n'],
    ["trailing spaces after a value", 'a: "x"   \nb: y  \n'],
    ["deeper nesting", "a:\n  - b:\n      - c: 1\n        d: [x]\n    e: f\n"],
    ["no newline at the end", "a: 1"],
  ];

  it.each(read)("reads %s as js-yaml does", (_name, text) => {
    const result = readYamlSubset(text);
    expect(result).not.toBeUndefined();
    expect(result).toStrictEqual(reference(text));
  });

  const left: [string, string][] = [
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a folded multi-line plain scalar", "a: one\n  two\n"],
    ["a double-quoted string over two lines", 'a: "one\n  two"\n'],
    ["a comment after a value", 'a: "x" # note\n'],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a tab", "a:\t1\n"],
    ["CRLF line ends", "a: 1\r\nb: 2\r\n"],
    ["null and booleans", "a: null\nb: true\nc: ~\n"],
    ["a flow map", "a: {b: 1}\n"],
    ["quoted items in a flow list", 'a: ["x, y"]\n'],
    ["a document marker", "---\na: 1\n"],
    ["a nested sequence on the dash line", "a:\n  - - 1\n"],
    ["an unusual escape", 'a: "\\x41"\n'],
    ["a quoted key", '"a": 1\n'],
    ["a line deeper than its block", "a: 1\n  b: 2\n"],
    ["a key inside a plain value", "a: b: c\n"],
    ["an unclosed flow list", "a: [Putin\n"],
    ["a top-level indent", "  a: 1\n"],
    ["an empty text", ""],
    ["a __proto__ key", "__proto__: 1\n"],
    ["a non-printable character", "a: \u0007\n"],
  ];

  it.each(left)("leaves %s to js-yaml", (_name, text) => {
    expect(readYamlSubset(text)).toBeUndefined();
  });

  it("never reads a mutated file differently from js-yaml (2,000 random edits of the mini fixture)", () => {
    const rand = seededRandom(3);
    const original = readFileSync("tests/fixtures/mini-graph-data/relationships.yaml", "utf8");
    const alphabet = [" ", "\n", "-", ":", "#", '"', "'", "[", "]", "\\", "a", "1", "&", "*", "!", "|", ">"];
    let read = 0;
    for (let k = 0; k < 2000; k++) {
      let text = original;
      for (let edits = 1 + Math.floor(rand() * 3); edits > 0; edits--) {
        const at = Math.floor(rand() * text.length);
        const what = alphabet[Math.floor(rand() * alphabet.length)]!;
        const op = rand();
        if (op < 0.4) text = text.slice(0, at) + what + text.slice(at);
        else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1);
        else text = text.slice(0, at) + what + text.slice(at + 1);
      }
      const fast = readYamlSubset(text);
      if (fast === undefined) continue;
      read++;
      expect(() => reference(text), text).not.toThrow();
      expect(fast, text).toStrictEqual(reference(text));
    }
    // Most single edits keep the file in the subset, so the comparison above is not empty.
    expect(read).toBeGreaterThan(500);
  });
});
