/**
 * Application state: everything a shared link restores (selection, filters, ego/path actors, the
 * query and how its result is shown, open panels, the source reader). Kept flat and serialisable so
 * that url-state can encode it and unit tests can compare it.
 */

export type ResultView = "graph" | "table" | "json";
export type ResultMode = "highlight" | "only";
export type FocusMode = "ego" | "paths";
export type SizeMetric = "degree" | "pagerank";
export type PanelName = "filters" | "console";

export const RESULT_VIEWS: readonly ResultView[] = ["graph", "table", "json"];
export const RESULT_MODES: readonly ResultMode[] = ["highlight", "only"];
export const FOCUS_MODES: readonly FocusMode[] = ["ego", "paths"];
export const SIZE_METRICS: readonly SizeMetric[] = ["degree", "pagerank"];
export const PANEL_NAMES: readonly PanelName[] = ["filters", "console"];

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

export interface AppState {
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
  /** Load a synthetic graph of this many nodes instead of the real one (benchmarks). */
  synthetic: number | null;
}

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
  synthetic: null,
};
