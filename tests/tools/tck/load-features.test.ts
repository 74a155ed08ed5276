/**
 * Feature loading with the real Gherkin parser: outlines expand per Examples row, background steps
 * come first, doc strings and tables (with Gherkin's escapes) arrive intact, areas follow folders.
 */
import { describe, expect, it } from "vitest";
import { areaOf, parseFeature } from "../../../tools/tck/load-features.ts";

const FEATURE = `Feature: Demo

  Background:
    Given an empty graph

  @skipStyleCheck
  Scenario Outline: [1] Add <x>
    When executing query:
      """
      RETURN <x> + 1 AS y
      """
    Then the result should be, in any order:
      | y   |
      | <y> |

    Examples:
      | x | y |
      | 1 | 2 |
      | 2 | 3 |

  Scenario: [2] Escapes
    When executing query:
      """
      RETURN 'a|b' AS s
      """
    Then the result should be, in any order:
      | s        |
      | 'a\\|b\\n' |
`;

describe("parseFeature", () => {
  const scenarios = parseFeature(FEATURE, "clauses/demo/Demo1.feature", 10);

  it("expands a Scenario Outline into one scenario per Examples row", () => {
    expect(scenarios.map((s) => [s.id, s.name, s.line])).toEqual([
      [10, "[1] Add 1", 18],
      [11, "[1] Add 2", 19],
      [12, "[2] Escapes", 21],
    ]);
    expect(scenarios[1]!.steps[1]!.docString).toBe("RETURN 2 + 1 AS y");
    expect(scenarios[1]!.steps[2]!.dataTable).toEqual([["y"], ["3"]]);
  });

  it("puts the background steps first and keeps tags and step lines", () => {
    expect(scenarios[0]!.steps.map((s) => [s.text, s.line])).toEqual([
      ["an empty graph", 4],
      ["executing query:", 8],
      ["the result should be, in any order:", 12],
    ]);
    expect(scenarios[0]!.tags).toEqual(["@skipStyleCheck"]);
    expect(scenarios[2]!.tags).toEqual([]);
  });

  it("unescapes table cells as Gherkin does", () => {
    expect(scenarios[2]!.steps[2]!.dataTable?.[1]).toEqual(["'a|b\n'"]);
  });

  it("names the file when the text is not Gherkin", () => {
    expect(() =>
      parseFeature("Feature: x\n  Scenario: y\n    Given z\n  Nonsense here", "a/B.feature"),
    ).toThrow(/^a\/B\.feature: not valid Gherkin/);
  });
});

describe("areaOf", () => {
  it("is the folder of the feature below the features directory", () => {
    expect(areaOf("clauses/match/Match1.feature")).toBe("clauses/match");
    expect(areaOf("Top.feature")).toBe("(root)");
  });
});
