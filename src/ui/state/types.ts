/**
 * Application state: everything a shared link restores (selection, filters, ego/path actors, the
 * query and how its result is shown, open panels, the source reader), plus what the session adds and
 * no link carries: the query run (running, its result or error), the hovered entity and the query
 * history. One store holds all of it (lib/store.ts); state/actions.ts changes it.
 */
import type { QueryResult } from "../../contract/query-result.ts";
import type { Subgraph } from "../filters/types.ts";

export type ResultView = "graph" | "table" | "json";
export type ResultMode = "highlight" | "only";
export type FocusMode = "ego" | "paths";
export type SizeMetric = "degree" | "pagerank";
/** How the nodes are placed: force-directed, radial around the selection, or on a time axis. */
export type LayoutName = "force" | "radial" | "time";
/** A panel that is opened and closed from the toolbar (see app/panel-registry.ts). */
export type PanelName = string;

export const RESULT_VIEWS: readonly ResultView[] = ["graph", "table", "json"];
export const RESULT_MODES: readonly ResultMode[] = ["highlight", "only"];
export const FOCUS_MODES: readonly FocusMode[] = ["ego", "paths"];
export const SIZE_METRICS: readonly SizeMetric[] = ["degree", "pagerank"];
export const LAYOUTS: readonly LayoutName[] = ["force", "radial", "time"];

/** An entity dragged by hand and left there (graph units, the layout's coordinates). */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** What is filtered out of the graph view (empty lists: everything shown). */
export interface FilterState {
  hiddenKinds: string[];
  hiddenTypes: string[];
  hiddenModalities: string[];
  /** Inclusive ISO day bounds; a relationship is shown when its date range overlaps them. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Actors whose ego network (or the shortest paths between the first two) is shown. */
  actors: string[];
  focus: FocusMode;
  depth: 1 | 2;
}

/** Where a query result lands in the overview graph. */
export interface ResultHighlight extends Subgraph {
  /** Result entities and relationships the overview graph does not have. */
  missingNodes: number;
  missingEdges: number;
}

/**
 * The query run: requested (`running`, numbered by `seq` so each request is sent exactly once), its
 * result with the highlight it makes, or its error.
 */
export type RunState =
  | { status: "idle" }
  | {
      status: "running";
      seq: number;
      query: string;
      params: Record<string, unknown>;
      /** Cancel query was pressed: the runner aborts the request. */
      cancelled?: true;
    }
  | {
      status: "done";
      seq: number;
      query: string;
      result: QueryResult;
      highlight: ResultHighlight;
      /** The selection when the result arrived: kept open, the result is emphasised until it changes. */
      selectionAtResult: string | null;
    }
  | {
      status: "error";
      seq: number;
      query: string;
      message: string;
      code: string;
      position: { line: number; column: number } | null;
    };

/** What a shared link restores. */
export interface LinkState {
  /** Selected entity id (opens the details panel). */
  selection: string | null;
  filters: FilterState;
  /** The last query run (re-run when a shared link is opened). */
  query: string;
  /** Query parameters as JSON text. */
  params: string;
  resultView: ResultView;
  resultMode: ResultMode;
  panels: PanelName[];
  /** Relationship id whose evidence is open in the source reader, with "#N" for its piece N > 0. */
  reader: string | null;
  sizeBy: SizeMetric;
  layout: LayoutName;
  /** Dragged entities, oldest first; every layout leaves them where they were put. */
  pins: Pin[];
  /** Load a synthetic graph of this many nodes instead of the real one (benchmarks). */
  synthetic: number | null;
}

/** What the session adds: never in a link, kept when back/forward restores a link. */
export interface SessionState {
  run: RunState;
  /** The entity under the pointer. */
  hovered: string | null;
  /** Queries run, newest first (persisted in localStorage). */
  history: string[];
}

export type AppState = LinkState & SessionState;

export const DEFAULT_SESSION: SessionState = { run: { status: "idle" }, hovered: null, history: [] };

export const EMPTY_FILTERS: FilterState = {
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenModalities: [],
  dateFrom: null,
  dateTo: null,
  actors: [],
  focus: "ego",
  depth: 1,
};

export const DEFAULT_STATE: AppState = {
  selection: null,
  filters: EMPTY_FILTERS,
  query: "",
  params: "{}",
  resultView: "graph",
  resultMode: "highlight",
  panels: [],
  reader: null,
  sizeBy: "degree",
  layout: "force",
  pins: [],
  synthetic: null,
  ...DEFAULT_SESSION,
};
