/**
 * URL sync: keeps the address bar equal to the state. Navigations (selection, actors, query, source)
 * push a history entry so browser back/forward walk them; other changes replace the current entry.
 * popstate restores the state from the URL.
 */
import type { Store } from "../lib/store.ts";
import type { AppState } from "../state/types.ts";
import { decodeState, encodeState, isNavigation } from "./utils.ts";

/** Starts syncing the store with the URL. */
export function syncUrl(store: Store<AppState>): void {
  let restoring = false;
  store.subscribe((state, previous) => {
    if (restoring) return;
    const search = encodeState(state);
    const target = search ? `?${search}` : "";
    if (target === location.search) return;
    const url = `${location.pathname}${target}${location.hash}`;
    if (isNavigation(previous, state)) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });
  window.addEventListener("popstate", () => {
    restoring = true;
    try {
      store.update(() => decodeState(location.search));
    } finally {
      restoring = false;
    }
  });
}
