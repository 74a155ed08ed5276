/**
 * The load bench reads our loader's timings from what `npm run load -- --engine neo4j` prints; a
 * missing line is an error naming it, never a zero in the table.
 */
import { describe, expect, it } from "vitest";
import { parseLoaderOutput } from "../../../tools/neo4j-load-bench/neo4j-load-bench.ts";

const OUTPUT = [
  "validated graph-data: 20000 entities, 100000 relationships in 12840 ms",
  "connected to Neo4j/2026.08.1 at bolt://127.0.0.1:7687",
  "loaded into Neo4j in 149300 ms (273 transactions, batches of up to 500 rows)",
  "  rows prepared in 12900 ms, written in 136400 ms",
  "  entities: 20000 created, 0 updated, 0 deleted",
].join("\n");

describe("parseLoaderOutput", () => {
  it("reads validation, row preparation, write step and transactions", () => {
    expect(parseLoaderOutput(OUTPUT, 170_000)).toEqual({
      wallMs: 170_000,
      validateMs: 12_840,
      rowsMs: 12_900,
      writeMs: 136_400,
      transactions: 273,
    });
  });

  it.each([
    ["validation line", /^validated.*\n/],
    ["summary line", /loaded into Neo4j.*\n/],
    ["phase line", / {2}rows prepared.*\n/],
  ])("throws naming the %s when the output lacks it", (what, line) => {
    expect(() => parseLoaderOutput(OUTPUT.replace(line, ""), 1)).toThrow(`has no ${what}`);
  });
});
