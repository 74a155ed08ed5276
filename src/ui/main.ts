/**
 * Lagebild explorer entry point: creates the store from the URL, the panels and the graph, and wires
 * them together. Features live in their folders; this file only connects them.
 */
import "./styles/base.css";
import { api } from "./api/client.ts";
import { loadGraph, type LoadedGraph } from "./app/graph-loader.ts";
import { renderPanels, withPanel } from "./app/panels.ts";
import { installTestHooks } from "./app/test-hooks.ts";
import { createViewSync } from "./app/view-sync.ts";
import { createConsole } from "./console/index.ts";
import { createDetailsPanel } from "./details/index.ts";
import { createFilterPanel } from "./filters/index.ts";
import { renderLegend } from "./graph-view/legend.ts";
import { byId } from "./lib/dom.ts";
import { Store } from "./lib/store.ts";
import { createCombobox } from "./search/index.ts";
import { installShortcuts } from "./shortcuts/index.ts";
import { createOverviewController } from "./overview/index.ts";
import { createSourceReader } from "./source-reader/index.ts";
import { EMPTY_FILTERS, type AppState, type PanelName, type SizeMetric } from "./state/types.ts";
import { createStatusBar } from "./status-bar/index.ts";
import { decodeState } from "./url-state/utils.ts";
import { syncUrl } from "./url-state/index.ts";
// Last: the workspace layout and its tablet overrides win over the feature styles.
import "./styles/workspace.css";

const store = new Store<AppState>(decodeState(location.search));
syncUrl(store);
const status = createStatusBar(byId("status-bar"));
const workspace = byId("workspace");
const toggles = {
  filters: byId<HTMLButtonElement>("toggle-filters"),
  console: byId<HTMLButtonElement>("toggle-console"),
};
const sizeBy = byId<HTMLSelectElement>("size-by");

const select = (id: string | null) => store.update((s) => (s.selection === id ? s : { ...s, selection: id }));
const setPanel = (panel: PanelName, open: boolean) => store.update((s) => withPanel(s, panel, open));

api.health().then(
  (h) => status.health(h),
  (e: Error) => status.health(null, e.message),
);

const search = createCombobox({
  id: "entity-search",
  label: "Search entities",
  placeholder: "Search actors, places, events…  ( / )",
  onPick: (e) => select(e.id),
  onError: status.error,
});
byId("search-slot").append(search.root);

const details = createDetailsPanel(byId("details-panel"), {
  select,
  openSource: (id) => store.update((s) => ({ ...s, reader: id })),
  showEgo: (id) =>
    store.update((s) =>
      withPanel({ ...s, filters: { ...s.filters, actors: [id], focus: "ego" } }, "filters", true),
    ),
  close: () => select(null),
  error: status.error,
});
const reader = createSourceReader(byId<HTMLDialogElement>("source-reader"), () =>
  store.update((s) => (s.reader ? { ...s, reader: null } : s)),
);

let loaded: LoadedGraph | null = null;
let view: ReturnType<typeof createViewSync> | null = null;
let filterPanel: ReturnType<typeof createFilterPanel> | null = null;
let overview: ReturnType<typeof createOverviewController> | null = null;

const consolePanel = createConsole(byId("console-panel"), {
  store,
  model: () => loaded?.model ?? null,
  bringIntoView: (result) => overview?.bringIntoView(result),
  onResult: (highlight) => {
    // A new result is a new question: drop the selection so the result, not a neighbourhood, is emphasised.
    if (highlight) select(null);
    view?.result(highlight, store.get());
  },
  select,
  close: () => setPanel("console", false),
  error: status.error,
});
api.schema().then(consolePanel.setSchema, (e: Error) => status.error(`Schema unavailable: ${e.message}`));

async function openReader(state: AppState): Promise<void> {
  const rel = state.reader ? loaded?.model.relationships.get(state.reader) : undefined;
  const name = (id: string) => loaded?.model.entities.get(id)?.name ?? id;
  if (rel?.evidence) {
    return reader.open(
      rel.evidence,
      `${name(rel.source)} ${rel.type.replace(/_/g, " ")} ${name(rel.target)} · ${rel.date} · ${rel.modality}`,
    );
  }
  // The overview of a big graph holds no quotes: they come with the selected entity's details.
  if (!state.reader || !state.selection || !loaded?.overview) return reader.close();
  const view = (await api.node(state.selection)).relationships.find((r) => r.id === state.reader);
  if (!view?.evidence || store.get().reader !== state.reader) return reader.close();
  const [from, to] =
    view.direction === "out" ? [state.selection, view.other.id] : [view.other.id, state.selection];
  return reader.open(
    view.evidence,
    `${name(from)} ${view.type.replace(/_/g, " ")} ${name(to)} · ${view.date} · ${view.modality}`,
  );
}

function render(state: AppState, previous: AppState | null): void {
  renderPanels(workspace, toggles, state);
  sizeBy.value = state.sizeBy;
  if (previous && state.selection !== previous.selection) status.error(null);
  if (state.selection) void details.show(state.selection);
  else details.clear();
  if (loaded && (!previous || previous.reader !== state.reader)) {
    openReader(state).catch((e: Error) => status.error(`Could not open the source: ${e.message}`));
  }
  if (!previous || previous.selection !== state.selection) overview?.select(state.selection);
  consolePanel.render();
  const run = consolePanel.state();
  const shownQuery = run.status === "idle" ? "" : run.query;
  if (previous && state.query !== previous.query && state.query !== shownQuery && run.status !== "running") {
    if (state.query) void consolePanel.run(state.query);
  }
  view?.sync(state);
}

const ready = (async () => {
  loaded = await loadGraph(byId("graph"), {
    synthetic: store.get().synthetic,
    sizeBy: store.get().sizeBy,
    progress: status.activity,
    events: {
      clickNode: (id) => select(id),
      clickStage: () => select(null),
      hoverNode: (id) => view?.hover(id, store.get()),
    },
  });
  const model = loaded.model;
  renderLegend(byId("legend"), new Set([...model.entities.values()].map((e) => e.kind)));
  filterPanel = createFilterPanel(byId("filters-panel"), model, {
    change: (change) => store.update((s) => ({ ...s, filters: change(s.filters) })),
    reset: () => store.update((s) => ({ ...s, filters: EMPTY_FILTERS })),
    close: () => setPanel("filters", false),
    error: status.error,
  });
  view = createViewSync(loaded, {
    visibility: (v, s) => {
      status.counts(v.counts);
      filterPanel?.update(s.filters, v.counts);
    },
  });
  if (loaded.overview) {
    overview = createOverviewController(loaded, byId("graph"), {
      changed: () => {
        view?.refresh(store.get());
        view?.reframe(store.get());
      },
      status: status.activity,
      error: status.error,
    });
  }
  render(store.get(), null);
  await loaded.laidOut;
  view.reframe(store.get());
  document.body.dataset.ready = "true";
  if (store.get().query) await consolePanel.run(store.get().query);
})();
ready.catch((error: Error) => {
  status.error(`Could not load the graph: ${error.message}`);
  byId("graph").dataset.error = error.message;
});

store.subscribe((state, previous) => render(state, previous));
render(store.get(), null);
installTestHooks(
  ready,
  () => store.get(),
  () => loaded,
);

toggles.filters.addEventListener("click", () => setPanel("filters", !store.get().panels.includes("filters")));
toggles.console.addEventListener("click", () => {
  const open = !store.get().panels.includes("console");
  setPanel("console", open);
  if (open) consolePanel.focus();
});
sizeBy.addEventListener("change", () => store.update((s) => ({ ...s, sizeBy: sizeBy.value as SizeMetric })));
byId("reset-all").addEventListener("click", () => {
  consolePanel.clear();
  store.update((s) => ({
    ...s,
    selection: null,
    filters: EMPTY_FILTERS,
    query: "",
    resultMode: "highlight",
    reader: null,
  }));
  void loaded?.renderer.getCamera().reset({ duration: 300 });
});

installShortcuts({
  focusSearch: () => search.input.focus(),
  closePanelOf: (target) => {
    const panel = target.closest<HTMLElement>("#filters-panel, #console-panel");
    if (!panel) return false;
    const name = panel.id === "filters-panel" ? "filters" : "console";
    setPanel(name, false);
    toggles[name].focus();
    return true;
  },
  clearSelection: () => (store.get().selection ? (select(null), true) : false),
  closeLastPanel: () => {
    const last = store.get().panels.at(-1);
    if (last) setPanel(last, false);
    return Boolean(last);
  },
});
