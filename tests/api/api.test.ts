/**
 * The HTTP API on the real seed graph and the real embedded engine, over real HTTP: every endpoint and
 * every error code of the contract in src/contract/api/.
 */
import { describe, expect, it } from "vitest";
import { useSeedApi } from "./seed-api.ts";
import type { HealthResponse } from "../../src/contract/api/health.ts";
import type { NeighborsResponse, NodeDetailsResponse } from "../../src/contract/api/nodes.ts";
import type { PathsResponse } from "../../src/contract/api/paths.ts";
import type { SchemaResponse } from "../../src/contract/api/schema-info.ts";
import type { SearchResponse } from "../../src/contract/api/search.ts";
import type { SourceResponse } from "../../src/contract/api/sources.ts";
import type { QueryResult } from "../../src/contract/query-result.ts";
import { loadGraphData } from "../../src/io/load-graph-data.ts";

const api = useSeedApi({ timeoutMs: 1_000, maxRows: 50 });
const get = api.get;
const query = (body: unknown) =>
  api.post<QueryResult & { error?: { code: string; message: string; position?: unknown } }>(
    "/api/query",
    body,
  );

describe("GET /api/health", () => {
  it("reports the engine and its counts", async () => {
    const { status, body } = await get<HealthResponse>("/api/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, engine: "grafeo" });
    expect(body.nodes).toBeGreaterThan(30);
    expect(body.relationships).toBeGreaterThan(30);
  });
});

describe("POST /api/query", () => {
  it("answers with columns, rows, the graph found and a summary", async () => {
    const { status, body } = await query({ query: "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b" });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["a", "r", "b"]);
    expect(body.graph.relationships.map((r) => `${r.start}->${r.end}`)).toContain(
      "vladimir-putin->ukraine-allies",
    );
    expect(body.summary).toMatchObject({ truncated: false, engine: "grafeo" });
    expect(typeof body.summary.ms).toBe("number");
  });

  it("takes parameters", async () => {
    const { body } = await query({
      query: "MATCH (n:Entity {id: $id}) RETURN n.name AS name",
      params: { id: "china" },
    });
    expect(body.rows).toEqual([{ name: "China" }]);
  });

  it("refuses a write with 403 WRITE_FORBIDDEN", async () => {
    const { status, body } = await query({ query: "MATCH (n) DETACH DELETE n" });
    expect(status).toBe(403);
    expect(body.error?.code).toBe("WRITE_FORBIDDEN");
    const health = await get<HealthResponse>("/api/health");
    expect(health.body.nodes).toBeGreaterThan(30);
  });

  it("answers a syntax error with 400, the engine's message and its position", async () => {
    const { status, body } = await query({ query: "MATCH (a RETURN a" });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "SYNTAX_ERROR", position: { line: 1, column: 10 } });
    expect(body.error?.message).toMatch(/syntax error/i);
  });

  it("answers a timeout with 504 QUERY_TIMEOUT (not 408, which browsers replay) and keeps serving", async () => {
    const { status, body } = await query({
      query: "UNWIND range(1, 1000000) AS a RETURN sum(reduce(s = 0, j IN range(1, 1000) | s + j)) AS c",
    });
    expect(status).toBe(504);
    expect(body.error?.code).toBe("QUERY_TIMEOUT");
    expect((await get<HealthResponse>("/api/health")).body.ok).toBe(true);
  });

  it("sets truncated at the row cap", async () => {
    const { body } = await query({ query: "UNWIND range(1, 500) AS x RETURN x" });
    expect(body.rows).toHaveLength(50);
    expect(body.summary.truncated).toBe(true);
  });

  it.each([
    [{}, /query/],
    [{ query: "" }, /query/],
    [{ query: "RETURN 1", extra: 1 }, /additional/],
    [{ query: "RETURN 1", params: "x" }, /params/],
  ])("rejects the malformed body %j with 400 BAD_REQUEST", async (payload, pattern) => {
    const { status, body } = await query(payload);
    expect(status).toBe(400);
    expect(body.error?.code).toBe("BAD_REQUEST");
    expect(body.error?.message).toMatch(pattern);
  });
});

describe("GET /api/search", () => {
  it.each([
    ["selenskyj", "volodymyr-zelensky"],
    ["Zelensky", "volodymyr-zelensky"],
    // The article names states by their capitals; the states carry the capitals' names as aliases.
    ["peking", "china"],
    ["beijing", "china"],
    ["MOSKAU", "russia"],
    ["kiew", "ukraine"],
    ["stoltenberg", "jens-stoltenberg"],
  ])("finds %s: %s, case- and accent-insensitive", async (q, id) => {
    const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.id)).toContain(id);
  });

  it("sends Putin's „Verbündeten der Ukraine“ to Ukraine's allies, not to NATO's member states", async () => {
    for (const q of ["Verbündeten der Ukraine", "Verbündete"]) {
      const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(body.results[0]?.id).toBe("ukraine-allies");
      expect(body.results.map((r) => r.id)).not.toContain("nato-member-states");
    }
  });

  it("ranks an exact name first", async () => {
    const { body } = await get<SearchResponse>("/api/search?q=China");
    expect(body.results[0]?.id).toBe("china");
  });

  it("answers an empty query with no results and a missing one with 400", async () => {
    expect((await get<SearchResponse>("/api/search?q=")).body.results).toEqual([]);
    expect((await get("/api/search")).status).toBe(400);
  });
});

describe("GET /api/nodes/:id", () => {
  it("gives the entity with its relationships in and out, each with evidence", async () => {
    const { status, body } = await get<NodeDetailsResponse>("/api/nodes/china");
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: "china", kind: "Country", name: "China", name_de: "China" });
    expect(body.entity.aliases).toContain("Peking");
    const enables = body.relationships.find((r) => r.type === "ENABLES");
    expect(enables).toMatchObject({ direction: "out", other: { id: "russia" }, modality: "reported" });
    expect(enables?.evidence[0]?.quote).toMatch(/Befähiger/);
    expect(enables?.evidence[0]?.source).toBe("afp-2024-10-rutte-nato");
    const incoming = body.relationships.filter((r) => r.direction === "in");
    expect(incoming.length).toBeGreaterThan(0);
  });

  it("names whom a claim is attributed to, its condition and quantity, and how many sources back it", async () => {
    const china = await get<NodeDetailsResponse>("/api/nodes/china");
    // „Die NATO hatte … China einen „entscheidenden Befähiger“ Moskaus genannt“
    expect(china.body.relationships.find((r) => r.type === "ENABLES")).toMatchObject({
      attributedTo: { id: "nato", name: "NATO", kind: "Organization" },
      sourceCount: 1,
    });
    // „liefert nach Einschätzung westlicher Beobachter … Güter an Moskau“
    expect(china.body.relationships.find((r) => r.type === "SUPPLIES")?.attributedTo?.id).toBe(
      "western-observers",
    );
    const rutte = await get<NodeDetailsResponse>("/api/nodes/mark-rutte");
    // „Rutte müsste also im Falle von Trumps Wiederwahl … verhindern“
    expect(
      rutte.body.relationships.find((r) => r.id === "rutte-prevents-us-withdrawal-from-nato"),
    ).toMatchObject({
      modality: "hypothetical",
      condition: {
        id: "trump-wins-us-election-2024",
        kind: "relationship",
        label: "Donald Trump WINS 2024 US presidential election",
      },
    });
    expect(
      rutte.body.relationships.find((r) => r.id === "rutte-supports-nato-defence-buildup")?.attributedTo,
    ).toEqual({ id: "diplomats", name: "Diplomats", kind: "Group" });
    const members = await get<NodeDetailsResponse>("/api/nodes/nato-member-states");
    // „Bisher halten nur 23 der 32 Länder die Zwei-Prozent-Vorgabe ein.“
    expect(members.body.relationships.find((r) => r.type === "MEETS_TARGET")).toMatchObject({
      quantity: "23 of 32",
    });
    expect(members.body.relationships.find((r) => r.type === "SUPPLIES")?.attributedTo).toBeUndefined();
    const nato = await get<NodeDetailsResponse>("/api/nodes/nato");
    // „… und China einen „entscheidenden Befähiger“ Moskaus genannt“: the statement and what it says
    expect(nato.body.relationships.find((r) => r.type === "CALLS")?.says).toEqual([
      { id: "china-enables-russia", label: "China ENABLES Russia" },
    ]);
  });

  it("answers an unknown id with 404 NOT_FOUND", async () => {
    const { status, body } = await get<{ error: { code: string; message: string } }>("/api/nodes/atlantis");
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: "NOT_FOUND", message: 'no entity with id "atlantis"' });
  });
});

describe("GET /api/nodes/:id/neighbors", () => {
  it("gives the ego network at depth 1 with every relationship among its nodes", async () => {
    const { body } = await get<NeighborsResponse>("/api/nodes/russia/neighbors?depth=1");
    const ids = body.nodes.map((n) => n.id);
    expect(ids).toContain("russia");
    expect(ids).toContain("china");
    expect(body.omitted).toEqual({ nodes: 0, relationships: 0 });
    for (const r of body.relationships) {
      expect(ids).toContain(r.start);
      expect(ids).toContain(r.end);
    }
  });

  it("grows at depth 2 and counts what the limit left out", async () => {
    const one = await get<NeighborsResponse>("/api/nodes/russia/neighbors?depth=1");
    const two = await get<NeighborsResponse>("/api/nodes/russia/neighbors?depth=2");
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const limited = await get<NeighborsResponse>("/api/nodes/russia/neighbors?depth=2&limit=3");
    expect(limited.body.nodes).toHaveLength(3);
    expect(limited.body.omitted.nodes).toBe(two.body.nodes.length - 3);
    expect(limited.body.omitted.relationships).toBeGreaterThan(0);
  });

  it("rejects depth 3 with 400 and an unknown id with 404", async () => {
    expect((await get("/api/nodes/russia/neighbors?depth=3")).status).toBe(400);
    expect((await get("/api/nodes/atlantis/neighbors")).status).toBe(404);
  });
});

describe("GET /api/paths", () => {
  it("finds shortest paths between two actors", async () => {
    const { status, body } = await get<PathsResponse>("/api/paths?from=china&to=ukraine-allies");
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) {
      expect(p.nodes[0]).toBe("china");
      expect(p.nodes.at(-1)).toBe("ukraine-allies");
    }
  });
});

describe("GET /api/schema", () => {
  it("lists labels and relationship types with the counts the seed graph has, and the property keys", async () => {
    const { body } = await get<SchemaResponse>("/api/schema");
    const seed = loadGraphData("graph-data");
    const tally = (values: string[]): Map<string, number> =>
      values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const kinds = tally(seed.entities.map((e) => e.kind));
    expect(body.labels).toEqual(
      [...kinds, ["Entity", seed.entities.length] as const]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => (a.label < b.label ? -1 : 1)),
    );
    expect(body.relationshipTypes).toEqual(
      [...tally(seed.relationships.map((r) => r.type))]
        .map(([type, count]) => ({ type, count }))
        .sort((a, b) => (a.type < b.type ? -1 : 1)),
    );
    expect(body.nodes).toBe(seed.entities.length);
    expect(body.relationships).toBe(seed.relationships.length);
    expect(body.propertyKeys).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "name_de",
        "aliases",
        "kind",
        "evidence_quote",
        "modality",
        "date",
      ]),
    );
    expect(body.propertyKeys).not.toContain("search_text");
  });
});

describe("GET /api/sources/:id", () => {
  it("gives the source text and metadata", async () => {
    const { body } = await get<SourceResponse>("/api/sources/afp-2024-10-rutte-nato");
    expect(body).toMatchObject({
      id: "afp-2024-10-rutte-nato",
      publisher: "AFP",
      language: "de",
      date: "2024-10",
    });
    expect(body.text).toContain("Mark Rutte");
  });

  it("answers an unknown source with 404 and unknown routes with JSON 404", async () => {
    expect((await get("/api/sources/nope")).status).toBe(404);
    const { status, body } = await get<{ error: { code: string } }>("/api/nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});
