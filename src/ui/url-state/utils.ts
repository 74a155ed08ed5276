/**
 * URL state codec: the application state as a query string and back. Defaults are left out so links
 * stay short (relationship types in their compact form, type-tokens.ts; pins bounded, pin-tokens.ts);
 * decoding validates every value and falls back to the default, so a hand-edited or old
 * link never breaks the page.
 */
import {
  DEFAULT_SESSION,
  DEFAULT_STATE,
  EMPTY_FILTERS,
  FOCUS_MODES,
  LAYOUTS,
  RESULT_MODES,
  RESULT_VIEWS,
  SIZE_METRICS,
  type AppState,
  type FilterState,
} from "../state/types.ts";
import { decodePins, encodePins } from "./pin-tokens.ts";
import { decodeHiddenTypes, encodeHiddenTypes } from "./type-tokens.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TOKEN = /^[A-Za-z0-9_:.-]+$/;

function list(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(",") : null;
}

function parseList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(",").filter((item) => TOKEN.test(item)))];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

function id(value: string | null): string | null {
  return value && TOKEN.test(value) ? value : null;
}

/** Encodes the state as a query string (without "?"), omitting defaults. */
export function encodeState(state: AppState): string {
  const f = state.filters;
  const types = encodeHiddenTypes(f.hiddenTypes);
  const entries: [string, string | null][] = [
    ["sel", state.selection],
    ["actors", list(f.actors)],
    ["focus", f.focus === EMPTY_FILTERS.focus ? null : f.focus],
    ["depth", f.depth === EMPTY_FILTERS.depth ? null : String(f.depth)],
    ["hk", list(f.hiddenKinds)],
    ["ht", types?.[0] === "ht" ? types[1] : null],
    ["st", types?.[0] === "st" ? types[1] : null],
    ["hm", list(f.hiddenModalities)],
    ["from", f.dateFrom],
    ["to", f.dateTo],
    ["q", state.query || null],
    ["params", state.params.trim() === "{}" || state.params.trim() === "" ? null : state.params],
    ["view", state.resultView === DEFAULT_STATE.resultView ? null : state.resultView],
    ["mode", state.resultMode === DEFAULT_STATE.resultMode ? null : state.resultMode],
    ["panels", list(state.panels)],
    ["doc", state.reader],
    ["size", state.sizeBy === DEFAULT_STATE.sizeBy ? null : state.sizeBy],
    ["layout", state.layout === DEFAULT_STATE.layout ? null : state.layout],
    ["pins", encodePins(state.pins)],
    ["synthetic", state.synthetic === null ? null : String(state.synthetic)],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== null) params.set(key, value);
  return params.toString();
}

/**
 * Decodes a query string (with or without "?") into a full, valid state with a fresh session;
 * `panelNames` are the panels a link may open.
 */
export function decodeState(search: string, panelNames: readonly string[]): AppState {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const depth = p.get("depth") === "2" ? 2 : 1;
  const synthetic = Number(p.get("synthetic"));
  const filters: FilterState = {
    hiddenKinds: parseList(p.get("hk")),
    hiddenTypes: decodeHiddenTypes(parseList(p.get("ht")), p.has("st") ? parseList(p.get("st")) : null),
    hiddenModalities: parseList(p.get("hm")),
    dateFrom: day(p.get("from")),
    dateTo: day(p.get("to")),
    actors: parseList(p.get("actors")),
    focus: oneOf(p.get("focus"), FOCUS_MODES, EMPTY_FILTERS.focus),
    depth,
  };
  return {
    selection: id(p.get("sel")),
    filters,
    query: p.get("q") ?? "",
    params: p.get("params") ?? DEFAULT_STATE.params,
    resultView: oneOf(p.get("view"), RESULT_VIEWS, DEFAULT_STATE.resultView),
    resultMode: oneOf(p.get("mode"), RESULT_MODES, DEFAULT_STATE.resultMode),
    panels: parseList(p.get("panels")).filter((name) => panelNames.includes(name)),
    reader: id(p.get("doc")),
    sizeBy: oneOf(p.get("size"), SIZE_METRICS, DEFAULT_STATE.sizeBy),
    layout: oneOf(p.get("layout"), LAYOUTS, DEFAULT_STATE.layout),
    pins: decodePins(p.get("pins")),
    synthetic: Number.isInteger(synthetic) && synthetic > 0 ? synthetic : null,
    ...DEFAULT_SESSION,
  };
}

/** Whether going from `a` to `b` is a navigation worth its own history entry (back/forward). */
export function isNavigation(a: AppState, b: AppState): boolean {
  return (
    a.selection !== b.selection ||
    a.query !== b.query ||
    a.reader !== b.reader ||
    a.filters.actors.join() !== b.filters.actors.join() ||
    a.filters.focus !== b.filters.focus ||
    a.filters.depth !== b.filters.depth
  );
}
