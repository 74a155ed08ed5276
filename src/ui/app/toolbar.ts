/**
 * Toolbar and keys: the entity search, "Size by", Copy link, Reset, keyboard help, and the keyboard
 * shortcuts ("/" searches; "?" shows every key;
 * Escape closes the panel that has focus, else clears the selection, else closes the last panel).
 * The panels' own buttons are made by the panel registry.
 */
import { createKeyboardHelp } from "../keyboard-help/index.ts";
import { byId, el } from "../lib/dom.ts";
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

/** Where the clipboard is not available (no secure context), shows the link to copy by hand. */
function promptCopy(url: string): void {
  window.prompt("Copy this link:", url);
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
  const help = createKeyboardHelp();
  const toolbar = byId("toolbar");
  const reset = byId("reset-all");
  const copyLink = el("button", {
    className: "button",
    text: "Copy link",
    attrs: { type: "button", id: "copy-link", title: "Copy a link to this view" },
    on: {
      click: () => {
        const url = location.href;
        const done = () => status.activity("Link to this view copied");
        if (navigator.clipboard?.writeText) {
          navigator.clipboard.writeText(url).then(done, () => promptCopy(url));
        } else promptCopy(url);
      },
    },
  });
  const helpButton = el("button", {
    className: "button",
    text: "?",
    attrs: {
      type: "button",
      id: "show-keyboard-help",
      "aria-label": "Keyboard help",
      title: "Keyboard help (?)",
    },
    on: { click: () => help.open() },
  });
  toolbar.insertBefore(copyLink, reset);
  toolbar.append(helpButton);
  installShortcuts({
    showHelp: () => help.open(),
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
