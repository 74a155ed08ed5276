/**
 * `validate --fix`: offsets are filled in or corrected for a quote that stands once in its source,
 * the file is edited as text (nothing else changes), and a quote found several times or nowhere is
 * reported with file, line and field instead of guessed.
 */
import { describe, expect, it } from "vitest";
import { fixEvidenceOffsets, occurrences } from "../../../src/model/fix-offsets.ts";

const TEXT = "Putin drohte. Peking liefert Güter an Moskau. Peking liefert auch.";
const SOURCES = new Map([["src", TEXT]]);

function file(evidence: string): string {
  return `relationships:
  # a comment that must survive
  - id: "china-supplies-russia"
    type: "SUPPLIES"
    evidence:
${evidence}`;
}

describe("fixEvidenceOffsets", () => {
  it("inserts missing start and end after the quote, with its indentation", () => {
    const input = file(`      - source: "src"\n        quote: "Güter an Moskau"\n`);
    const result = fixEvidenceOffsets("r.yaml", input, SOURCES);
    expect(result.text).toBe(
      file(`      - source: "src"\n        quote: "Güter an Moskau"\n        start: 29\n        end: 44\n`),
    );
    expect(TEXT.slice(29, 44)).toBe("Güter an Moskau");
    expect(result.fixed).toEqual(["r.yaml:7: evidence.0.quote: offsets none -> 29..44"]);
    expect(result.problems).toEqual([]);
  });

  it("corrects wrong offsets in place and leaves right ones alone", () => {
    const input = file(
      `      - source: "src"\n        quote: "Güter an Moskau"\n        start: 3\n        end: 7\n` +
        `      - source: "src"\n        quote: "Putin drohte"\n        start: 0\n        end: 12\n`,
    );
    const result = fixEvidenceOffsets("r.yaml", input, SOURCES);
    expect(result.text).toBe(input.replace("start: 3\n        end: 7", "start: 29\n        end: 44"));
    expect(result.fixed).toEqual(["r.yaml:7: evidence.0.quote: offsets 3..7 -> 29..44"]);
  });

  it("reports a quote found several times, and one found nowhere, without touching them", () => {
    const input = file(
      `      - source: "src"\n        quote: "Peking liefert"\n` +
        `      - source: "src"\n        quote: "Peking liefert Waffen"\n`,
    );
    const result = fixEvidenceOffsets("r.yaml", input, SOURCES);
    expect(result.text).toBe(input);
    expect(result.problems).toEqual([
      {
        file: "r.yaml",
        line: 7,
        field: "evidence.0.quote",
        message:
          'cannot fix the offsets: the quote occurs 2 times in source "src" (at 14..28, 46..60); lengthen it until it occurs once, or set start and end by hand',
      },
      {
        file: "r.yaml",
        line: 9,
        field: "evidence.1.quote",
        message: 'cannot fix the offsets: the quote is nowhere in source "src"',
      },
    ]);
  });

  it("keeps a quote found several times when its offsets already point at one occurrence", () => {
    const input = file(
      `      - source: "src"\n        quote: "Peking liefert"\n        start: 46\n        end: 60\n`,
    );
    expect(fixEvidenceOffsets("r.yaml", input, SOURCES)).toEqual({ text: input, fixed: [], problems: [] });
  });

  it("refuses unreadable YAML with its line and changes nothing", () => {
    const input = `relationships:\n  - id: [\n`;
    const result = fixEvidenceOffsets("r.yaml", input, SOURCES);
    expect(result.text).toBe(input);
    expect(result.problems[0]).toMatchObject({ file: "r.yaml", field: "(yaml)" });
  });

  it("finds every occurrence of a quote", () => {
    expect(occurrences(TEXT, "Peking")).toEqual([14, 46]);
    expect(occurrences(TEXT, "Kiew")).toEqual([]);
  });
});
