/**
 * Grafeo results as TCK values, against the embedded engine itself: nodes, relationships and paths
 * keep their labels, types, properties and directions, and the Arrow schema tells integers from floats.
 */
import pkg from "@grafeo-db/js";
import { afterAll, describe, expect, it } from "vitest";
import { applyArrowType, readArrowSchema } from "../../../tools/tck/arrow-types.ts";
import { fromGrafeo, toGrafeo } from "../../../tools/tck/grafeo-values.ts";
import { parseTckValue } from "../../../tools/tck/parse-tck-value.ts";
import { formatTckValue } from "../../../tools/tck/tck-value.ts";

const db = pkg.GrafeoDB.create();
afterAll(() => db.close());

async function values(query: string): Promise<string[]> {
  const result = await db.executeCypher(query);
  const types = readArrowSchema(result.toArrowIPC());
  const row = result.rows()[0] ?? [];
  return row.map((v, i) => formatTckValue(applyArrowType(fromGrafeo(v), types.get(result.columns[i]!))));
}

describe("Grafeo values", () => {
  it("reads nodes, relationships and paths with their direction", async () => {
    await db.executeCypher("CREATE (:A {v: 1})<-[:T {w: 2.5}]-(:B:C {s: 'x'})");
    expect(await values("MATCH p = (a:A)<-[r]-(b) RETURN a, r, p")).toEqual([
      "(:A {v: 1})",
      "[:T {w: 2.5}]",
      "<(:A {v: 1})<-[:T {w: 2.5}]-(:B:C {s: 'x'})>",
    ]);
  });

  it("tells integers from floats through the Arrow schema", async () => {
    expect(await values("RETURN 1 AS i, 1.0 AS f, [1, 2] AS li, {a: 1} AS m, 'x' AS s, null AS n")).toEqual([
      "1",
      "1",
      "[1, 2]",
      "{a: 1}",
      "'x'",
      "null",
    ]);
    const [i, f] = (await db.executeCypher("RETURN 1 AS i, 1.5 AS f")).columns;
    const types = readArrowSchema((await db.executeCypher("RETURN 1 AS i, 1.5 AS f")).toArrowIPC());
    expect(types.get(i!)?.integer).toBe(true);
    expect(types.get(f!)?.integer).toBe(false);
  });

  it("turns TCK parameters into values the engine takes back unchanged", async () => {
    const params = { p: toGrafeo(parseTckValue("[1, 'a', {b: 9007199254740993}]")) };
    const result = await db.executeCypher("RETURN $p AS p", params);
    expect(formatTckValue(fromGrafeo(result.rows()[0]![0]))).toBe("[1, 'a', {b: 9007199254740993}]");
  });
});
