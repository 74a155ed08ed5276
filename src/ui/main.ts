/**
 * Lagebild explorer entry point: creates the store from the URL, mounts the registered panels, loads
 * the graph and connects the store to the view. Features live in their folders and panels in the
 * registry (app/panel-registry.ts); every change goes through the store's actions.
 */
import "./lib/zod-jitless.ts";
import "./styles/base.css";
import { api } from "./api/client.ts";
import { loadGraph, type LoadedGraph } from "./app/graph-loader.ts";
import { persistHistory, storedHistory } from "./app/history-storage.ts";
import type { PanelContext } from "./app/panel.ts";
import { mountPanels, PANELS, toggleNames } from "./app/panel-registry.ts";
import { startQueryRunner } from "./app/query-runner.ts";
import { createGraphMessage } from "./app/graph-message.ts";
import { installTestHooks } from "./app/test-hooks.ts";
import { installToolbar } from "./app/toolbar.ts";
import { measureFreeArea, measureOverlays, watchViewArea } from "./app/view-area.ts";
import { createViewSync } from "./app/view-sync.ts";
import { emptyViewMessage } from "./filters/empty-message.ts";
import type { Visibility } from "./filters/types.ts";
import { renderLegend } from "./graph-view/legend.ts";
import { createOverviewController } from "./overview/index.ts";
import { installExport } from "./export/index.ts";
import { installLayoutSwitch } from "./layout/layout-switch.ts";
import { installKeyboardNav } from "./graph-view/keyboard-nav.ts";
import { showIntro } from "./intro/index.ts";
import { byId } from "./lib/dom.ts";
import { Store } from "./lib/store.ts";
import { createActions } from "./state/actions.ts";
import type { AppState } from "./state/types.ts";
import { createStatusBar } from "./status-bar/index.ts";
import { syncUrl } from "./url-state/index.ts";
import { decodeState } from "./url-state/utils.ts";
// Last: the workspace layout and its tablet overrides win over the feature styles.
import "./styles/workspace.css";
import "./styles/notices.css";

const panels = PANELS.map((create) => create());
const linkPanels = toggleNames(panels);
const store = new Store<AppState>({ ...decodeState(location.search, linkPanels), history: storedHistory() });
const actions = createActions(store);
syncUrl(store, actions, linkPanels);
persistHistory(store);

const status = createStatusBar(byId("status-bar"));
/** How often the status bar asks /api/health, so a server engine that goes down or comes back shows. */
const HEALTH_POLL_MS = 5_000;
const checkHealth = (): void => {
  api.health().then(
    (h) => status.health(h),
    (e: Error) => status.health(null, e.message),
  );
};
checkHealth();
setInterval(checkHealth, HEALTH_POLL_MS);

let loaded: LoadedGraph | null = null;
let view: ReturnType<typeof createViewSync> | null = null;
let overview: ReturnType<typeof createOverviewController> | null = null;
let lastVisibility: Visibility | null = null;
let timeAxisShown = (): boolean => false;
const visibilityListeners: ((visibility: Visibility) => void)[] = [];
const graph = loadGraph(byId("graph"), {
  synthetic: store.get().synthetic,
  sizeBy: store.get().sizeBy,
  progress: status.activity,
  events: {
    clickNode: (id) => actions.select(id),
    clickStage: () => actions.select(null),
    hoverNode: (id) => actions.hover(id),
  },
});

const context: PanelContext = {
  store,
  actions,
  loaded: graph,
  model: () => loaded?.model ?? null,
  status,
  onVisibility: (listener) => visibilityListeners.push(listener),
};
const mounted = mountPanels(
  panels,
  { workspace: byId("workspace"), graphArea: byId("graph-area"), toolbar: byId("toolbar") },
  context,
);
const toolbar = installToolbar({
  store,
  actions,
  status,
  closePanelOf: mounted.closePanelOf,
  resetCamera: () => void loaded?.renderer.getCamera().reset({ duration: 300 }),
});

function render(state: AppState, previous: AppState | null): void {
  toolbar.render(state);
  mounted.render(state, previous);
  if (!previous || previous.selection !== state.selection) overview?.select(state.selection);
  if (!previous || previous.filters !== state.filters) overview?.filter(state.filters);
  // A hover on an overview may draw relationships held back (overview/edge-budget.ts).
  const grew = (!previous || previous.hovered !== state.hovered) && (overview?.hover(state.hovered) ?? false);
  if (grew) view?.refresh(state);
  else view?.sync(state);
}

const ready = (async () => {
  loaded = await graph;
  const model = loaded.model;
  renderLegend(byId("legend"), new Set([...model.entities.values()].map((e) => e.kind)));
  const message = createGraphMessage(byId("graph-area"), actions.resetFilters);
  view = createViewSync(loaded, {
    visibility: (visibility, state) => {
      lastVisibility = visibility;
      status.counts(visibility.counts);
      message.show(emptyViewMessage(state.filters, model, visibility.counts));
      for (const listener of visibilityListeners) listener(visibility);
    },
    freeArea: () => measureFreeArea(byId("graph")),
    overlays: () => measureOverlays(byId("graph")),
    restriction: () => overview?.restriction() ?? null,
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
  installExport(byId("toolbar"), byId("copy-link"), {
    renderer: loaded.renderer,
    model,
    visibility: () => lastVisibility,
    labels: () => view?.labels() ?? new Map(),
    done: status.activity,
    error: status.error,
  });
  installKeyboardNav(byId("graph"), loaded.renderer, {
    selection: () => store.get().selection,
    select: (id) => actions.select(id),
  });
  const start = store.get();
  if (!start.selection && start.filters.actors.length === 0 && !start.query) {
    api.sources().then(
      ({ sources }) => {
        // The corpus is the whole graph, also when the page shows its overview.
        const total = loaded?.overview?.total;
        const intro = showIntro(byId("graph-area"), sources, {
          entities: total?.nodes ?? model.entities.size,
          relationships: total?.relationships ?? model.relationships.size,
        });
        const unsubscribe = store.subscribe((state) => {
          if (state.selection || state.run.status !== "idle") {
            intro.hide();
            unsubscribe();
          }
        });
      },
      (e: Error) => status.error(`Sources unavailable: ${e.message}`),
    );
  }
  await loaded.laidOut;
  view.reframe(store.get());
  const layouts = installLayoutSwitch(byId("toolbar"), byId("export-button").parentElement, {
    graph: loaded.graph,
    model,
    renderer: loaded.renderer,
    axisHost: byId("graph-area"),
    setLayout: actions.setLayout,
    pin: actions.pinNode,
    clearPins: actions.clearPins,
    moved: () => {
      loaded?.renderer.refresh();
      view?.reframe(store.get());
    },
  });
  timeAxisShown = layouts.axisShown;
  layouts.sync(store.get());
  store.subscribe((state) => layouts.sync(state));
  watchViewArea(byId("graph"), byId("workspace"), () => view?.reframe(store.get()));
  // The intro card or a notice appearing over the graph: labels make way for it (and take its room back).
  new MutationObserver(() => view?.relabel()).observe(byId("graph-area"), { childList: true });
  document.body.dataset.ready = "true";
  startQueryRunner(store, actions, model, status.error, (result) => overview?.bringIntoView(result));
})();
ready.catch((error: Error) => {
  status.error(`Could not load the graph: ${error.message}`);
  byId("graph").dataset.error = error.message;
});

store.subscribe(render);
render(store.get(), null);
installTestHooks(
  ready,
  () => store.get(),
  () => loaded,
  () => view?.labels() ?? new Map(),
  () => view?.labelsSettled() ?? false,
  () => timeAxisShown(),
  () => view?.arrowheads() ?? [],
);
