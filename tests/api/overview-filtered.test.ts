/**
 * Filters on the whole graph through the server (GET /api/overview/filtered) and capped details, on
 * the real seed graph and embedded engine, over HTTP. The server's answer is checked against the
 * explorer's own filter logic (src/ui/filters/utils.ts) applied to the whole seed graph: the same
 * entities and relationships match, the most central (and the actors' nearest) come first, and the cap
 * keeps the counts of everything that matches.
 */
import { describe, expect, it } from "vitest";
import { useSeedApi } from "./seed-api.ts";
import type { NodeDetailsResponse } from "../../src/contract/api/nodes.ts";
import type { OverviewFilterResponse, OverviewResponse } from "../../src/contract/api/overview.ts";
import { computeVisibility } from "../../src/ui/filters/utils.ts";
import { filterQuery, filteredStatus } from "../../src/ui/overview/server-filter.ts";
import { EMPTY_FILTERS, type FilterState } from "../../src/ui/state/types.ts";
import { seedModel } from "../unit/ui/seed-model.ts";

const model = seedModel();

const api = useSeedApi();
const get = api.get;

const CASES: [string, Partial<FilterState>][] = [
  ["a hidden kind", { hiddenKinds: ["Person", "Place"] }],
  ["hidden relationship types", { hiddenTypes: ["SUCCEEDS", "THREATENS", "SUPPORTS"] }],
  ["hidden modalities", { hiddenModalities: ["asserted"] }],
  ["a date range", { dateFrom: "2024-10-01", dateTo: "2024-10-31" }],
  ["an open date range", { dateFrom: "2025-01-01" }],
  ["an actor's ego network", { actors: ["russia"] }],
  ["two actors' ego networks at depth 2", { actors: ["china", "mark-rutte"], depth: 2 }],
  ["an ego network with a hidden kind", { actors: ["nato"], hiddenKinds: ["Country"] }],
  ["shortest paths", { actors: ["china", "ukraine"], focus: "paths" }],
  [
    "shortest paths under a modality filter",
    { actors: ["china", "mark-rutte"], focus: "paths", hiddenModalities: ["reported"] },
  ],
];

describe("GET /api/overview/filtered", () => {
  it.each(CASES)(
    "matches what the explorer's filters keep of the whole graph, for %s",
    async (_what, filters) => {
      const state: FilterState = { ...EMPTY_FILTERS, ...filters };
      const { status, body } = await get<OverviewFilterResponse>(
        `/api/overview/filtered?${filterQuery(state, 1000)}`,
      );
      expect(status).toBe(200);
      const expected = computeVisibility(model, state);
      const nodes = [...model.entities.keys()].filter((id) => !expected.hiddenNodes.has(id));
      const edges = [...model.relationships.keys()].filter((id) => !expected.hiddenEdges.has(id));
      expect(body.nodes.map((n) => n[0]).sort()).toEqual(nodes.sort());
      expect(body.relationships.map((r) => r[0]).sort()).toEqual(edges.sort());
      expect(body.matched).toEqual({ nodes: nodes.length, relationships: edges.length });
      expect(body.total).toEqual({ nodes: model.entities.size, relationships: model.relationships.size });
    },
  );

  it("sends the most central matching entities first and counts all that match past the cap", async () => {
    const state: FilterState = { ...EMPTY_FILTERS, hiddenKinds: ["Event"] };
    const all = (await get<OverviewFilterResponse>(`/api/overview/filtered?${filterQuery(state, 1000)}`))
      .body;
    const few = (await get<OverviewFilterResponse>(`/api/overview/filtered?${filterQuery(state, 5)}`)).body;
    expect(few.nodes).toHaveLength(5);
    expect(few.matched).toEqual(all.matched);
    const ranks = all.nodes.map((n) => n[7]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(few.nodes.map((n) => n[0])).toEqual(all.nodes.slice(0, 5).map((n) => n[0]));
    const sent = new Set(few.nodes.map((n) => n[0]));
    expect(few.relationships.every((r) => sent.has(r[2]) && sent.has(r[3]))).toBe(true);
    expect(filteredStatus(few)).toBe(
      `Filtered on the whole graph: showing the 5 most central of ${all.matched.nodes} matching entities (of ${model.entities.size}), ${few.relationships.length} of ${all.matched.relationships} matching relationships (of ${model.relationships.size})`,
    );
  });

  it("puts the actors first, then their nearest neighbours", async () => {
    const state: FilterState = { ...EMPTY_FILTERS, actors: ["china"], depth: 2 };
    const { body } = await get<OverviewFilterResponse>(`/api/overview/filtered?${filterQuery(state, 1000)}`);
    expect(body.nodes[0]![0]).toBe("china");
    const near = computeVisibility(model, { ...state, depth: 1 });
    const firstRing = [...model.entities.keys()].filter((id) => !near.hiddenNodes.has(id)).length;
    const ids = body.nodes.map((n) => n[0]);
    expect(ids.slice(0, firstRing).every((id) => !near.hiddenNodes.has(id))).toBe(true);
  });

  it("carries each relationship's modality and date, as the overview does", async () => {
    const state: FilterState = { ...EMPTY_FILTERS, actors: ["mark-rutte"] };
    const { body } = await get<OverviewFilterResponse>(`/api/overview/filtered?${filterQuery(state)}`);
    for (const [id, , , , modality, date] of body.relationships) {
      const rel = model.relationships.get(id)!;
      expect(body.modalities[modality]).toBe(rel.modality);
      expect(date).toBe(rel.date);
    }
    const overview = (await get<OverviewResponse>("/api/overview?limit=1000")).body;
    for (const [id, , , , modality, date] of overview.relationships) {
      expect([overview.modalities[modality], date]).toEqual([
        model.relationships.get(id)!.modality,
        model.relationships.get(id)!.date,
      ]);
    }
  });

  it.each([
    ["depth=3", "actors=nato&depth=3"],
    ["a date that is not a day", "dateFrom=2024-10"],
    ["focus=everything", "actors=nato&focus=everything"],
  ])("rejects %s with 400", async (_what, query) => {
    expect((await get(`/api/overview/filtered?${query}`)).status).toBe(400);
  });
});

describe("GET /api/nodes/:id (capped)", () => {
  it("sends a page of a hub's relationships, most central neighbours first, with the total", async () => {
    const whole = (await get<NodeDetailsResponse>("/api/nodes/nato?limit=2000")).body;
    expect(whole.total).toBe(whole.relationships.length);
    expect(whole.total).toBeGreaterThan(6);
    const ids = new Set<string>();
    for (let offset = 0; offset < whole.total; offset += 4) {
      const page = (await get<NodeDetailsResponse>(`/api/nodes/nato?limit=4&offset=${offset}`)).body;
      expect(page.total).toBe(whole.total);
      expect(page.offset).toBe(offset);
      expect(page.relationships.length).toBe(Math.min(4, whole.total - offset));
      page.relationships.forEach((r) => ids.add(r.id));
    }
    expect([...ids].sort()).toEqual(whole.relationships.map((r) => r.id).sort());
  });

  it("defaults to 200 relationships and rejects a limit past 2,000", async () => {
    expect((await get<NodeDetailsResponse>("/api/nodes/nato")).body.relationships.length).toBeLessThanOrEqual(
      200,
    );
    expect((await get("/api/nodes/nato?limit=2001")).status).toBe(400);
  });
});
