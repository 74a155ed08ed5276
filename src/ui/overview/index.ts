/**
 * Overview controller: grows the overview of a big graph on demand. Selecting an entity (by click,
 * search or URL) expands it: its first page of relationships, most central neighbours first, is
 * added at the neighbours' stored places, and a "+N more" button adds the next page. Entities of a
 * Cypher result that are not drawn yet are added at their places too. Filters are applied by the
 * server to the whole graph (server-filter.ts): the most central matching entities are added and the
 * view keeps only them. The status bar says what part of the graph is shown.
 *
 * Of the overview's own relationships only a budget is drawn at first (edge-budget.ts): hovering or
 * selecting an entity draws the rest of its relationships.
 */
import {
  EXPAND_DEFAULT_LIMIT,
  type CompactRelationship,
  type OverviewFilterResponse,
} from "../../contract/api/overview.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import { api } from "../api/client.ts";
import type { LoadedGraph } from "../app/graph-loader.ts";
import type { Subgraph } from "../filters/types.ts";
import { el } from "../lib/dom.ts";
import type { FilterState } from "../state/types.ts";
import { answerSubgraph, filterQuery, filteredStatus } from "./server-filter.ts";
import { addCompact, overviewScale, overviewStatus } from "./utils.ts";
import "./overview.css";

export interface OverviewHooks {
  /** The graph changed (entities added): recompute visibility and highlight. */
  changed: () => void;
  status: (text: string) => void;
  error: (message: string) => void;
}

/** Creates the controller for a loaded overview, with its "+N more" button in `container`. */
export function createOverviewController(loaded: LoadedGraph, container: HTMLElement, hooks: OverviewHooks) {
  const overview = loaded.overview!;
  const { model, graph, renderer, held } = loaded;
  const scale = overviewScale(overview);
  const inFirst = new Set(overview.nodes.map((n) => n[0]));
  /** Per expanded entity: relationships fetched so far and in all. */
  const pages = new Map<string, { fetched: number; total: number }>();
  let current: string | null = null;
  /** The server's answer to the current filters (null: no filter, or not answered yet), and what it keeps. */
  let answer: OverviewFilterResponse | null = null;
  let restriction: Subgraph | null = null;
  const more = el("button", {
    className: "expand-more",
    attrs: { id: "expand-more", type: "button", hidden: "" },
  });
  container.append(more);

  function report(): void {
    hooks.status(
      answer
        ? filteredStatus(answer)
        : overviewStatus({ nodes: graph.order, relationships: graph.size }, overview.total),
    );
    const page = current ? pages.get(current) : undefined;
    const left = page ? page.total - page.fetched : 0;
    more.hidden = left <= 0;
    if (left > 0 && current) {
      const name = model.entities.get(current)?.name ?? current;
      more.textContent = `+${left.toLocaleString("en")} more of ${name}`;
      more.title = `Add the next ${Math.min(left, EXPAND_DEFAULT_LIMIT)} relationships of ${name}`;
    }
  }

  async function fetchPage(id: string): Promise<void> {
    const before = pages.get(id);
    const offset = before?.fetched ?? 0;
    // An entity of the overview already has its relationships to the overview drawn: skip those.
    const inOverview = overview.nodes.length > 0 && inFirst.has(id);
    const page = await api.expand(id, EXPAND_DEFAULT_LIMIT, offset, inOverview ? overview.nodes.length : 0);
    const added = addCompact(model, graph, page, scale);
    // Under a filter, what an expand brings is kept too (the filters still judge each of them).
    if (restriction) {
      for (const n of page.nodes) restriction.nodes.add(n[0]);
      for (const r of page.relationships) restriction.edges.add(r[0]);
    }
    pages.set(id, { fetched: offset + page.relationships.length, total: page.total });
    if (added.nodes.length + added.edges.length > 0) {
      renderer.scheduleRender();
      hooks.changed();
    }
    report();
  }

  /** Draws the held-back overview relationships of `id` (edge-budget.ts); returns the edges added. */
  function reveal(id: string): string[] {
    const rows = held?.take(id) ?? [];
    if (rows.length === 0) return [];
    const { kinds, types, modalities } = overview;
    return addCompact(model, graph, { kinds, types, modalities, nodes: [], relationships: rows }, scale)
      .edges;
  }

  let asked: AbortController | null = null;
  let askedFor: string | null = null;

  more.addEventListener("click", () => {
    if (current) fetchPage(current).catch((e: Error) => hooks.error(`Could not expand: ${e.message}`));
  });

  report();
  return {
    /** Expands the selected entity (its first page, once); clears the "+N more" for no selection. */
    select(id: string | null): void {
      current = id;
      if (id && reveal(id).length > 0) hooks.changed();
      report();
      if (id && !pages.has(id)) {
        fetchPage(id).catch((e: Error) => hooks.error(`Could not expand ${id}: ${e.message}`));
      }
    },
    /**
     * Draws the held-back overview relationships of the hovered entity, so that a hover emphasises
     * all of its relationships in the overview. They stay drawn: dropping an edge makes sigma re-index
     * the whole graph (a 300 ms task per edge here), and a graph grown by hovers only nears the whole
     * overview's cost again. Returns whether the graph changed (the view then recomputes what it hides).
     */
    hover(id: string | null): boolean {
      if (!id || !graph.hasNode(id) || reveal(id).length === 0) return false;
      report();
      return true;
    },
    /**
     * Applies `filters` to the whole graph through the server: the most central matching entities are
     * added at their places, and the view keeps only them (restriction()) until the filters change.
     */
    filter(filters: FilterState): void {
      const query = filterQuery(filters, overview.nodes.length);
      if (query === askedFor) return;
      askedFor = query;
      asked?.abort();
      asked = null;
      if (answer) {
        answer = null;
        restriction = null;
        hooks.changed();
      }
      report();
      if (query === null) return;
      const controller = new AbortController();
      asked = controller;
      hooks.status("Filtering the whole graph…");
      api.overviewFiltered(query, controller.signal).then(
        (response) => {
          if (asked !== controller) return;
          asked = null;
          answer = response;
          restriction = answerSubgraph(response);
          addCompact(model, graph, response, scale);
          hooks.changed();
          report();
        },
        (e: Error) => {
          if (asked !== controller) return;
          asked = null;
          hooks.error(`Could not filter the whole graph: ${e.message}`);
        },
      );
    },
    /** What the view keeps while filters are set: the server's answer (null: everything drawn). */
    restriction: (): Subgraph | null => (answer ? restriction : null),
    /** Adds the entities of a query result that are not drawn yet, at their stored places. */
    bringIntoView(result: QueryResult): void {
      const kinds: string[] = [];
      const kindIndex = (kind: string): number => {
        const i = kinds.indexOf(kind);
        return i >= 0 ? i : kinds.push(kind) - 1;
      };
      const types: string[] = [];
      const typeIndex = (type: string): number => {
        const i = types.indexOf(type);
        return i >= 0 ? i : types.push(type) - 1;
      };
      const nodes = result.graph.nodes.flatMap((n) => {
        const p = n.properties;
        const x = p["overview_x"];
        const y = p["overview_y"];
        if (graph.hasNode(n.id) || typeof x !== "number" || typeof y !== "number") return [];
        const kind = typeof p["kind"] === "string" ? p["kind"] : (n.labels.find((l) => l !== "Entity") ?? "");
        const name = typeof p["name"] === "string" ? p["name"] : n.id;
        const num = (v: unknown): number => (typeof v === "number" ? v : 0);
        return [
          [
            n.id,
            kindIndex(kind),
            name,
            x,
            y,
            num(p["overview_degree"]),
            num(p["overview_community"]),
            num(p["overview_rank"]),
          ] as const,
        ];
      });
      const modalities: string[] = [];
      const modalityIndex = (modality: string): number => {
        const i = modalities.indexOf(modality);
        return i >= 0 ? i : modalities.push(modality) - 1;
      };
      const text = (v: unknown): string => (typeof v === "string" ? v : "");
      const relationships = result.graph.relationships.map((r): CompactRelationship => [
        r.id,
        typeIndex(r.type),
        r.start,
        r.end,
        modalityIndex(text(r.properties["modality"]) || "asserted"),
        text(r.properties["date"]),
      ]);
      const added = addCompact(
        model,
        graph,
        { kinds, types, modalities, nodes: nodes.map((n) => [...n]), relationships },
        scale,
      );
      if (added.nodes.length + added.edges.length > 0) {
        renderer.scheduleRender();
        report();
      }
    },
  };
}
