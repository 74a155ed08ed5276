import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, EMPTY_FILTERS, type AppState } from "../../../src/ui/state/types.ts";
import { decodeState as decode, encodeState, isNavigation } from "../../../src/ui/url-state/utils.ts";

const PANELS = ["filters", "console"];
const decodeState = (search: string) => decode(search, PANELS);

const STATES: [string, AppState][] = [
  ["the default state", DEFAULT_STATE],
  ["a selection", { ...DEFAULT_STATE, selection: "china" }],
  [
    "an ego network with filters",
    {
      ...DEFAULT_STATE,
      selection: "russia",
      filters: {
        ...EMPTY_FILTERS,
        actors: ["russia"],
        depth: 2,
        hiddenKinds: ["Place", "Office"],
        hiddenTypes: ["CAPITAL_OF"],
        hiddenModalities: ["hypothetical"],
        dateFrom: "2024-01-01",
        dateTo: "2024-12-31",
      },
      panels: ["filters"],
    },
  ],
  [
    "shortest paths between two actors",
    { ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, actors: ["china", "usa"], focus: "paths" } },
  ],
  [
    "a query shown alone as a table with parameters",
    {
      ...DEFAULT_STATE,
      query: "MATCH (c:Entity {id: $id})-[r]-(x) RETURN c, r, x",
      params: '{"id": "china"}',
      resultView: "table",
      resultMode: "only",
      panels: ["console", "filters"],
      sizeBy: "pagerank",
    },
  ],
  ["an open source reader", { ...DEFAULT_STATE, selection: "china", reader: "china-enables-russia" }],
  ["a synthetic graph", { ...DEFAULT_STATE, synthetic: 10000 }],
];

describe("URL state", () => {
  it.each(STATES)("round-trips %s", (_name, state) => {
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it("encodes the default state as an empty query string", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
  });

  it("keeps links short: only non-default values appear", () => {
    expect(encodeState({ ...DEFAULT_STATE, selection: "china" })).toBe("sel=china");
  });

  it("accepts a leading question mark", () => {
    expect(decodeState("?sel=russia&depth=2").filters.depth).toBe(2);
  });

  it.each([
    ["an unknown view", "view=pie", "resultView", "graph"],
    ["an unknown mode", "mode=loud", "resultMode", "highlight"],
    ["a bad date", "from=2024-13", "filters.dateFrom", null],
    ["a bad depth", "depth=7", "filters.depth", 1],
    ["an id with markup", "sel=%3Cscript%3E", "selection", null],
    ["a negative synthetic size", "synthetic=-5", "synthetic", null],
    ["an unknown panel", "panels=console,cockpit", "panels", ["console"]],
  ])("falls back to the default for %s", (_name, query, path, expected) => {
    const state = decodeState(query) as unknown as Record<string, unknown>;
    const value = path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], state);
    expect(value).toEqual(expected);
  });

  it("counts selection, actors, query and source changes as navigations, not view tweaks", () => {
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, selection: "china" })).toBe(true);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, query: "MATCH (n) RETURN n" })).toBe(true);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, panels: ["console"] })).toBe(false);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, resultView: "json" })).toBe(false);
  });
});
