/**
 * URL sync: keeps the address bar equal to the link part of the state. Navigations (selection,
 * actors, query, source) push a history entry so browser back/forward walk them; other changes
 * replace the current entry. popstate restores the link from the URL and keeps the session (the run,
 * hover and history).
 */
import type { Store } from "../lib/store.ts";
import type { Actions } from "../state/actions.ts";
import type { AppState } from "../state/types.ts";
import { decodeState, encodeState, isNavigation } from "./utils.ts";

/** Starts syncing the store with the URL; `panelNames` are the panels a link may open. */
export function syncUrl(store: Store<AppState>, actions: Actions, panelNames: readonly string[]): void {
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
      actions.restoreLink(decodeState(location.search, panelNames));
    } finally {
      restoring = false;
    }
  });
}
