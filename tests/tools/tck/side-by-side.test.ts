/**
 * The side-by-side table: a row per area any engine ran, a column per engine with passed of counted
 * scenarios (skipped ones left out) and the rate, the overall row last, then each engine's top reasons.
 */
import { describe, expect, it } from "vitest";
import { formatSideBySide } from "../../../tools/tck/side-by-side.ts";
import { fakeResult } from "./tck-result.fake.ts";

const result = fakeResult;

describe("formatSideBySide", () => {
  it("puts each engine's figures per area side by side, overall last, with its top reasons", () => {
    const text = formatSideBySide([
      {
        engine: "Grafeo 0.6.0",
        results: [
          result("clauses/match", "passed"),
          result("clauses/match", "failed", "line 3: expected 1 rows, got 0"),
          result("expressions/list", "skipped"),
        ],
      },
      {
        engine: "Neo4j 2026.08.1",
        results: [result("clauses/match", "passed"), result("clauses/match", "passed")],
      },
    ]);
    expect(text.split("\n")).toEqual([
      "| area               |       Grafeo 0.6.0 |     Neo4j 2026.08.1 |",
      "| ------------------ | -----------------: | ------------------: |",
      "| `clauses/match`    |     1 / 2 (50.0 %) |     2 / 2 (100.0 %) |",
      "| `expressions/list` |      0 / 0 (0.0 %) |                   – |",
      "| **overall**        | **1 / 2 (50.0 %)** | **2 / 2 (100.0 %)** |",
      "",
      "Why scenarios did not pass (most frequent first):",
      "- Grafeo 0.6.0: result rows differ 1",
      "- Neo4j 2026.08.1: every scenario passed",
    ]);
  });
});
