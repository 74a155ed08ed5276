/**
 * Actions: every change the explorer makes to its state, as pure functions of the state (unit-tested
 * without a browser) bound to the store by createActions. Panels and controllers call these; nothing
 * else writes the store.
 */
import type { QueryResult } from "../../contract/query-result.ts";
import { pushHistory } from "../console/utils.ts";
import type { Store } from "../lib/store.ts";
import { readerTarget } from "../source-reader/utils.ts";
import {
  EMPTY_FILTERS,
  type AppState,
  type FilterState,
  type LayoutName,
  type LinkState,
  type PanelName,
  type ResultHighlight,
  type ResultMode,
  type ResultView,
  type SizeMetric,
} from "./types.ts";

type Change = (state: AppState) => AppState;

/** Opens or closes a panel. */
export const setPanel =
  (panel: PanelName, open: boolean): Change =>
  (s) => {
    const has = s.panels.includes(panel);
    if (has === open) return s;
    return { ...s, panels: open ? [...s.panels, panel] : s.panels.filter((p) => p !== panel) };
  };

/** Selects an entity (null: none). */
export const select =
  (id: string | null): Change =>
  (s) =>
    s.selection === id ? s : { ...s, selection: id };

/** Shows the ego network of one actor in the filter panel. */
export const showEgo =
  (id: string): Change =>
  (s) =>
    setPanel("filters", true)({ ...s, filters: { ...s.filters, actors: [id], focus: "ego" } });

/** Asks for a query to run; the query runner sends it once (a new `seq` every time). */
export const requestQuery =
  (query: string, params: Record<string, unknown>, paramsText: string): Change =>
  (s) => {
    const text = query.trim();
    if (!text) return s;
    const seq = "seq" in s.run ? s.run.seq + 1 : 1;
    return {
      ...s,
      query: text,
      params: paramsText.trim() || "{}",
      history: pushHistory(s.history, text),
      run: { status: "running", seq, query: text, params },
    };
  };

/**
 * A result arrived for run `seq` (ignored when a newer run was requested). The selection and its
 * details stay open; the graph emphasises the result until another entity is selected. A result with
 * nothing to highlight opens as a table.
 */
export const runSucceeded =
  (seq: number, result: QueryResult, highlight: ResultHighlight): Change =>
  (s) => {
    if (s.run.status !== "running" || s.run.seq !== seq) return s;
    return {
      ...s,
      resultView: highlight.nodes.size === 0 && s.resultView === "graph" ? "table" : s.resultView,
      run: { status: "done", seq, query: s.run.query, result, highlight, selectionAtResult: s.selection },
    };
  };

/** Run `seq` failed (ignored when a newer run was requested). */
export const runFailed =
  (
    seq: number,
    error: { message: string; code: string; position: { line: number; column: number } | null },
  ): Change =>
  (s) =>
    s.run.status !== "running" || s.run.seq !== seq
      ? s
      : { ...s, run: { status: "error", seq, query: s.run.query, ...error } };

/** Asks the runner to stop the running query (its request is aborted; the run ends CANCELLED). */
export const cancelQuery: Change = (s) =>
  s.run.status !== "running" || s.run.cancelled ? s : { ...s, run: { ...s.run, cancelled: true } };

/** Drops the result and the query. */
export const clearResult: Change = (s) =>
  s.run.status === "idle" && s.query === "" ? s : { ...s, query: "", run: { status: "idle" } };

/** Everything back to the overview: no selection, filters, query, result or open source. */
export const resetAll: Change = (s) => ({
  ...s,
  selection: null,
  filters: EMPTY_FILTERS,
  query: "",
  resultMode: "highlight",
  reader: null,
  run: { status: "idle" },
});

/** A link restored by back/forward: its state, with the session kept. */
export const restoreLink =
  (link: LinkState): Change =>
  (s) => ({ ...link, run: s.run, hovered: s.hovered, history: s.history });

/** Pins an entity where it was dropped (moved to the end: the newest pin). */
export const pinNode =
  (id: string, x: number, y: number): Change =>
  (s) => ({ ...s, pins: [...s.pins.filter((p) => p.id !== id), { id, x, y }] });

/** Releases every pin: the entities go back to the layout's places. */
export const clearPins: Change = (s) => (s.pins.length === 0 ? s : { ...s, pins: [] });

/** The store's actions, bound. */
export function createActions(store: Store<AppState>) {
  const apply = (change: Change) => store.update(change);
  return {
    select: (id: string | null) => apply(select(id)),
    setPanel: (panel: PanelName, open: boolean) => apply(setPanel(panel, open)),
    togglePanel: (panel: PanelName) => apply((s) => setPanel(panel, !s.panels.includes(panel))(s)),
    showEgo: (id: string) => apply(showEgo(id)),
    hover: (id: string | null) => apply((s) => (s.hovered === id ? s : { ...s, hovered: id })),
    /** Opens the source reader at piece `index` (0: the first) of a relationship's evidence. */
    openSource: (relationshipId: string, index = 0) =>
      apply((s) => ({ ...s, reader: readerTarget(relationshipId, index) })),
    closeSource: () => apply((s) => (s.reader ? { ...s, reader: null } : s)),
    changeFilters: (change: (filters: FilterState) => FilterState) =>
      apply((s) => ({ ...s, filters: change(s.filters) })),
    resetFilters: () => apply((s) => ({ ...s, filters: EMPTY_FILTERS })),
    setLayout: (layout: LayoutName) => apply((s) => (s.layout === layout ? s : { ...s, layout })),
    pinNode: (id: string, x: number, y: number) => apply(pinNode(id, x, y)),
    clearPins: () => apply(clearPins),
    setSizeBy: (sizeBy: SizeMetric) => apply((s) => (s.sizeBy === sizeBy ? s : { ...s, sizeBy })),
    setResultView: (resultView: ResultView) => apply((s) => ({ ...s, resultView })),
    setResultMode: (resultMode: ResultMode) => apply((s) => ({ ...s, resultMode })),
    setParams: (params: string) => apply((s) => ({ ...s, params })),
    requestQuery: (query: string, params: Record<string, unknown>, paramsText: string) =>
      apply(requestQuery(query, params, paramsText)),
    runSucceeded: (seq: number, result: QueryResult, highlight: ResultHighlight) =>
      apply(runSucceeded(seq, result, highlight)),
    runFailed: (seq: number, error: Parameters<typeof runFailed>[1]) => apply(runFailed(seq, error)),
    cancelQuery: () => apply(cancelQuery),
    clearResult: () => apply(clearResult),
    resetAll: () => apply(resetAll),
    restoreLink: (link: LinkState) => apply(restoreLink(link)),
  };
}

export type Actions = ReturnType<typeof createActions>;
