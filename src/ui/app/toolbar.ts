/**
 * Toolbar and keys: the entity search, "Size by", Reset, and the keyboard shortcuts ("/" searches;
 * Escape closes the panel that has focus, else clears the selection, else closes the last panel).
 * The panels' own buttons are made by the panel registry.
 */
import { byId } from "../lib/dom.ts";
import type { Store } from "../lib/store.ts";
import { createCombobox } from "../search/index.ts";
import { installShortcuts } from "../shortcuts/index.ts";
import type { Actions } from "../state/actions.ts";
import type { AppState, SizeMetric } from "../state/types.ts";
import type { StatusBar } from "../status-bar/index.ts";

export interface ToolbarDeps {
  store: Store<AppState>;
  actions: Actions;
  status: StatusBar;
  closePanelOf: (target: Element) => boolean;
  resetCamera: () => void;
}

/** Wires the toolbar; `render` reflects the state in it. */
export function installToolbar({ store, actions, status, closePanelOf, resetCamera }: ToolbarDeps) {
  const search = createCombobox({
    id: "entity-search",
    label: "Search entities",
    placeholder: "Search actors, places, events…  ( / )",
    onPick: (e) => actions.select(e.id),
    onError: status.error,
  });
  byId("search-slot").append(search.root);
  const sizeBy = byId<HTMLSelectElement>("size-by");
  sizeBy.addEventListener("change", () => actions.setSizeBy(sizeBy.value as SizeMetric));
  byId("reset-all").addEventListener("click", () => {
    actions.resetAll();
    resetCamera();
  });
  installShortcuts({
    focusSearch: () => search.input.focus(),
    closePanelOf,
    clearSelection: () => (store.get().selection ? (actions.select(null), true) : false),
    closeLastPanel: () => {
      const last = store.get().panels.at(-1);
      if (last) actions.setPanel(last, false);
      return Boolean(last);
    },
  });
  return {
    render(state: AppState): void {
      sizeBy.value = state.sizeBy;
    },
  };
}
