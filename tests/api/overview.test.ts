/**
 * The big-graph API on the real seed graph and embedded engine, over HTTP: the overview (most central
 * entities at their stored places), expand with paging and totals, the cached schema, the in-memory
 * search, and compressed responses.
 */
import { describe, expect, it } from "vitest";
import { useSeedApi } from "./seed-api.ts";
import type { NodeDetailsResponse } from "../../src/contract/api/nodes.ts";
import type { ExpandResponse, OverviewResponse } from "../../src/contract/api/overview.ts";
import type { SchemaResponse } from "../../src/contract/api/schema-info.ts";
import type { SearchResponse } from "../../src/contract/api/search.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";

const seed = loadGraphData();
const SEED = { nodes: seed.entities.length, relationships: seed.relationships.length };

const api = useSeedApi();
const get = api.get;

describe("GET /api/overview", () => {
  it("gives the most central entities first, at finite stored places, with the whole graph's size", async () => {
    const { status, body } = await get<OverviewResponse>("/api/overview?limit=10");
    expect(status).toBe(200);
    expect(body.available).toBe(true);
    expect(body.total).toEqual(SEED);
    expect(body.nodes).toHaveLength(10);
    expect(body.nodes.map((n) => n[7])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [id, kind, name, x, y, degree] of body.nodes) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(body.kinds[kind]).toMatch(/^[A-Z][a-z]+$/);
      expect(name.length).toBeGreaterThan(0);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(degree).toBeGreaterThan(0);
    }
    // The most central entity of the seed article is NATO or Rutte, not a side character.
    expect(["nato", "mark-rutte", "ukraine", "russia"]).toContain(body.nodes[0]![0]);
  });

  it("gives exactly the relationships among the entities shown", async () => {
    const { body } = await get<OverviewResponse>("/api/overview?limit=10");
    const shown = new Set(body.nodes.map((n) => n[0]));
    const { body: all } = await api.post<{ rows: { id: string }[] }>("/api/query", {
      query: "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id",
      params: { ids: [...shown] },
    });
    expect(body.relationships.map((r) => r[0]).sort()).toEqual(all.rows.map((r) => r.id).sort());
    for (const [, type, source, target] of body.relationships) {
      expect(body.types[type]).toMatch(/^[A-Z_]+$/);
      expect(shown.has(source) && shown.has(target)).toBe(true);
    }
  });

  it("places every entity, and the same way on every call", async () => {
    const a = await get<OverviewResponse>("/api/overview?limit=1000");
    const b = await get<OverviewResponse>("/api/overview?limit=1000");
    expect(a.body.nodes).toHaveLength(SEED.nodes);
    expect(b.body).toEqual(a.body);
  });

  it("rejects a limit of 0 with 400", async () => {
    expect((await get("/api/overview?limit=0")).status).toBe(400);
  });

  it("is compressed for a client that accepts it", async () => {
    const res = await fetch(`${api.url()}/api/overview`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(((await res.json()) as OverviewResponse).nodes.length).toBe(SEED.nodes);
  });
});

describe("GET /api/nodes/:id/expand", () => {
  it("pages through every relationship of an entity, most central neighbours first, with the total", async () => {
    const details = (await get<NodeDetailsResponse>("/api/nodes/russia")).body;
    const first = (await get<ExpandResponse>("/api/nodes/russia/expand?limit=5")).body;
    expect(first.total).toBe(details.relationships.length);
    expect(first.relationships).toHaveLength(5);
    expect(first.nodes[0]![0]).toBe("russia");
    const ranks = first.nodes.slice(1).map((n) => n[7]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    const ids = new Set(first.relationships.map((r) => r[0]));
    for (let offset = 5; offset < first.total; offset += 5) {
      const page = (await get<ExpandResponse>(`/api/nodes/russia/expand?limit=5&offset=${offset}`)).body;
      page.relationships.forEach((r) => ids.add(r[0]));
    }
    expect([...ids].sort()).toEqual(details.relationships.map((r) => r.id).sort());
  });

  it("names the direction of each relationship by its source and target", async () => {
    const page = (await get<ExpandResponse>("/api/nodes/china/expand?limit=100")).body;
    const enables = page.relationships.find((r) => page.types[r[1]] === "ENABLES");
    expect(enables?.slice(2, 4)).toEqual(["china", "russia"]);
  });

  it("leaves out neighbours ranked above minRank (the overview already draws them), in page and total", async () => {
    const all = (await get<ExpandResponse>("/api/nodes/russia/expand?limit=1000")).body;
    const some = (await get<ExpandResponse>("/api/nodes/russia/expand?limit=1000&minRank=10")).body;
    const rank = new Map(all.nodes.map((n) => [n[0], n[7]]));
    const kept = all.relationships.filter((r) => rank.get(r[2] === "russia" ? r[3] : r[2])! >= 10);
    expect(some.total).toBe(kept.length);
    expect(some.relationships.map((r) => r[0]).sort()).toEqual(kept.map((r) => r[0]).sort());
    expect(some.nodes.slice(1).every((n) => n[7] >= 10)).toBe(true);
  });

  it("answers an unknown id with 404", async () => {
    const { status, body } = await get<{ error: { code: string } }>("/api/nodes/nobody/expand");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});

describe("the explorer's caches", () => {
  it("answers the schema the same from its cache", async () => {
    const a = await get<SchemaResponse>("/api/schema");
    const b = await get<SchemaResponse>("/api/schema");
    expect(b.body).toEqual(a.body);
    expect(a.body.propertyKeys).toEqual(expect.arrayContaining(["overview_rank", "overview_x"]));
  });

  it.each([
    ["selenskyj", "volodymyr-zelensky"],
    ["PEKING", "china"],
    ["rutte", "mark-rutte"],
  ])("finds %s from the in-memory search index", async (q, id) => {
    const { body } = await get<SearchResponse>(`/api/search?q=${q}`);
    expect(body.results[0]?.id).toBe(id);
  });
});
