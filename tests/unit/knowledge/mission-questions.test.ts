/**
 * The knowledge the graph must hold, asked in Cypher through the real embedded engine on the real seed
 * graph. Every expected answer is written here from the article (graph-data/sources/…), not read from
 * the data: if the data drifts from the article, these fail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";

let engine: EmbeddedEngine;

beforeAll(async () => {
  engine = EmbeddedEngine.create();
  await engine.load(loadGraphData());
});
afterAll(async () => engine.close());

async function pairs(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const result = await engine.run(query, params);
  return result.rows.map((row) => Object.values(row).map(String).join(" -> ")).sort();
}

async function ids(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const result = await engine.run(query, params);
  return [...new Set(result.rows.map((row) => String(row["id"])))].sort();
}

describe("the seed article as a graph answers the mission's questions", () => {
  it("who threatens whom: Putin's Russia threatens Ukraine's allies with nuclear weapons, Trump threatens Kyiv", async () => {
    const threats = await pairs("MATCH (a:Entity)-[:THREATENS]->(b:Entity) RETURN a.id AS a, b.id AS b");
    // „Der russische Präsident Wladimir Putin drohte den Verbündeten der Ukraine … mit dem Einsatz von Atomwaffen“
    expect(threats).toContain("vladimir-putin -> ukraine-allies");
    // „Denn der Republikaner droht Kiew mit einem Stopp der Milliardenhilfen“
    expect(threats).toContain("donald-trump -> ukraine");
  });

  it("the nuclear threat cites its verbatim German evidence", async () => {
    const result = await engine.run(
      "MATCH (:Entity {id: 'vladimir-putin'})-[r:THREATENS]->(:Entity {id: 'ukraine-allies'}) RETURN r.evidence_quote AS quote",
    );
    expect(String(result.rows[0]?.["quote"])).toMatch(/drohte den Verbündeten der Ukraine/);
  });

  it("whom China enables: Moscow, in NATO's words a „decisive enabler“ (reported)", async () => {
    const result = await engine.run(
      "MATCH (:Entity {id: 'china'})-[r:ENABLES]->(b:Entity) RETURN b.id AS id, r.modality AS modality, r.evidence_quote AS quote",
    );
    expect(result.rows.map((r) => r["id"])).toEqual(["russia"]);
    expect(result.rows[0]).toMatchObject({ modality: "reported" });
    expect(String(result.rows[0]?.["quote"])).toMatch(/entscheidenden Befähiger/);
  });

  it("China has not condemned Russia's war in Ukraine", async () => {
    expect(
      await ids("MATCH (:Entity {id: 'china'})-[:DOES_NOT_CONDEMN]->(w:Entity) RETURN w.id AS id"),
    ).toEqual(["war-in-ukraine"]);
  });

  it("who invites to the Ramstein meeting: Biden; who leads the aid's coordination: the US", async () => {
    // „So hat Biden für den 12. Oktober zu einem Gipfel der Ukraine-Unterstützer … eingeladen“
    expect(
      await ids(
        "MATCH (a:Entity)-[:INVITES_TO]->(:Entity {id: 'ramstein-meeting-2024-10-12'}) RETURN a.id AS id",
      ),
    ).toEqual(["joe-biden"]);
    // „Bisher sind die USA federführend bei der Koordinierung der internationalen Hilfen“
    expect(
      await ids(
        "MATCH (a:Entity)-[:COORDINATES]->(:Entity {id: 'international-aid-to-ukraine'}) RETURN a.id AS id",
      ),
    ).toEqual(["usa"]);
  });

  it("who succeeded Stoltenberg: Mark Rutte, taking office on Tuesday 1 October 2024", async () => {
    const result = await engine.run(
      "MATCH (a:Entity)-[r:SUCCEEDS]->(:Entity {id: 'jens-stoltenberg'}) RETURN a.id AS id, r.date AS date",
    );
    expect(result.rows).toEqual([{ id: "mark-rutte", date: "2024-10-01" }]);
  });

  it("which countries meet the 2 % target: of those named, Germany and the Netherlands", async () => {
    expect(
      await ids("MATCH (c:Country)-[:MEETS_TARGET]->(:Entity {id: 'two-percent-target'}) RETURN c.id AS id"),
    ).toEqual(["germany", "netherlands"]);
  });

  it("who pushes for 3 % or more: Poland and Estonia", async () => {
    expect(
      await ids("MATCH (c:Entity)-[:PUSHES_FOR]->(:Entity {id: 'three-percent-target'}) RETURN c.id AS id"),
    ).toEqual(["estonia", "poland"]);
  });

  it("Zelensky demands NATO membership for Ukraine; the US and Germany block concrete steps", async () => {
    expect(
      await ids("MATCH (:Entity {id: 'volodymyr-zelensky'})-[r:DEMANDS]->(m:Entity) RETURN m.id AS id"),
    ).toContain("ukraine-nato-membership");
    expect(
      await ids("MATCH (a:Entity)-[:BLOCKS]->(:Entity {id: 'ukraine-nato-membership'}) RETURN a.id AS id"),
    ).toEqual(["germany", "usa"]);
  });

  it("keeps modality: Trump's 24-hour claim is a claim, conflicts after a Trump win are hypothetical", async () => {
    const claims = await engine.run(
      "MATCH (:Entity {id: 'donald-trump'})-[r]->() WHERE r.evidence_quote CONTAINS '24 Stunden' RETURN r.modality AS m",
    );
    expect(claims.rows.map((r) => r["m"])).toEqual(["claimed"]);
    const hypothetical = await engine.run(
      "MATCH ()-[r]->() WHERE r.evidence_quote CONTAINS 'erwarten viele Mitgliedsländer Konflikte' RETURN r.modality AS m",
    );
    expect(hypothetical.rows.map((r) => r["m"])).toEqual(["hypothetical"]);
  });
});
