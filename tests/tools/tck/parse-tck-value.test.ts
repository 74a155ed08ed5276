/**
 * The TCK value-literal parser: every literal form the feature files use, read and formatted back, and
 * the errors that name the column and what was expected.
 */
import { describe, expect, it } from "vitest";
import { parseTckValue, TckValueSyntaxError } from "../../../tools/tck/parse-tck-value.ts";
import { formatTckValue } from "../../../tools/tck/tck-value.ts";

describe("parseTckValue", () => {
  it.each([
    ["null", "null"],
    ["true", "true"],
    ["false", "false"],
    ["42", "42"],
    ["-9223372036854775808", "-9223372036854775808"],
    ["1.0", "1.0"],
    ["-0.5", "-0.5"],
    [".5", "0.5"],
    ["1e308", "1e+308"],
    ["NaN", "NaN"],
    ["-Infinity", "-Infinity"],
    ["'it''s'", undefined],
    ["[]", "[]"],
    ["[1, [2.5, 'x'], null]", "[1, [2.5, 'x'], null]"],
    ["{}", "{}"],
    ["{a: 1, `b c`: {d: []}}", "{a: 1, `b c`: {d: []}}"],
    ["()", "()"],
    ["(:A:B {name: 'n', v: 1})", "(:A:B {name: 'n', v: 1})"],
    ["({id: 0})", "({id: 0})"],
    ["[:T]", "[:T]"],
    ["[:T {w: 2.5}]", "[:T {w: 2.5}]"],
    ["<(:A)-[:T]->(:B)<-[:S {x: 1}]-()>", "<(:A)-[:T]->(:B)<-[:S {x: 1}]-()>"],
    ["<()>", "<()>"],
  ])("reads %s", (text, formatted) => {
    if (formatted === undefined) {
      expect(() => parseTckValue(text)).toThrow(TckValueSyntaxError);
    } else {
      expect(formatTckValue(parseTckValue(text))).toBe(formatted);
    }
  });

  it("keeps integers as exact bigints and floats as numbers", () => {
    expect(parseTckValue("4611686018427387905")).toEqual({ kind: "integer", value: 4611686018427387905n });
    expect(parseTckValue("1.0")).toEqual({ kind: "float", value: 1 });
  });

  it.each([
    ["'\\''", "'"],
    ["'a\\\\b'", "a\\b"],
    ["'\\tx'", "\tx"],
    ["'\\u00e9'", "é"],
    ["'line\nbreak'", "line\nbreak"],
    ["'🧐🍌❖⋙⚐'", "🧐🍌❖⋙⚐"],
  ])("unescapes the string %s as Cypher does", (text, value) => {
    expect(parseTckValue(text)).toEqual({ kind: "string", value });
  });

  it("tells a relationship from a list by the colon after the bracket", () => {
    expect(parseTckValue("[:T]").kind).toBe("relationship");
    expect(parseTckValue("[ 1 ]").kind).toBe("list");
  });

  it.each([
    ["1 2", 'TCK value "1 2": column 3: expected the end of the value'],
    ["[1, 2", 'TCK value "[1, 2": column 6: expected "]"'],
    ["{a 1}", 'TCK value "{a 1}": column 4: expected ":"'],
    ["'open", `TCK value "'open": column 6: expected "'"`],
    ["maybe", 'TCK value "maybe": column 6: expected a value'],
  ])("rejects %s with the column and the expectation", (text, message) => {
    expect(() => parseTckValue(text)).toThrow(message);
  });
});
