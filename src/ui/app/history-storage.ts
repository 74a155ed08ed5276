/**
 * Query history storage: the history in the store is read from localStorage at start and written back
 * whenever it changes, so it survives reloads.
 */
import { parseHistory } from "../console/utils.ts";
import type { Store } from "../lib/store.ts";
import type { AppState } from "../state/types.ts";

const HISTORY_KEY = "lagebild:query-history";

/** The stored history (empty when there is none or it is unreadable). */
export function storedHistory(): string[] {
  return parseHistory(localStorage.getItem(HISTORY_KEY));
}

/** Writes the history whenever it changes. */
export function persistHistory(store: Store<AppState>): void {
  store.subscribe((state, previous) => {
    if (state.history !== previous.history) localStorage.setItem(HISTORY_KEY, JSON.stringify(state.history));
  });
}
