/**
 * View sync: the one place where state becomes pixels. On every state change it recomputes what the
 * filters hide (only when filters or the result changed), what hover/selection/result emphasise, and
 * reports the visibility; the graph view controllers translate that into sigma states. Hover and the
 * query result are read from the state like everything else. The camera follows the subject: the
 * selection, else the actors' network, the query result or whatever the filters leave, framed in the
 * part of the view no panel covers; labels are re-placed whenever the view comes to rest.
 */
import { markQueryHighlighted } from "../bench/marks.ts";
import type { Subgraph, Visibility } from "../filters/types.ts";
import { computeVisibility } from "../filters/utils.ts";
import { applyHighlight } from "../graph-view/highlight-controller.ts";
import { centerOn, frameNodes } from "../graph-view/camera.ts";
import { createLabelController } from "../graph-view/label-controller.ts";
import type { Box } from "../graph-view/label-layout.ts";
import { applyAppearance, highlightSets } from "../graph-view/utils.ts";
import { LARGE_GRAPH_EDGES } from "../graph-view/sigma-config.ts";
import { applyVisibility } from "../graph-view/visibility-controller.ts";
import type { AppState, ResultHighlight } from "../state/types.ts";
import type { LoadedGraph } from "./graph-loader.ts";

/** Up to this many relationships in view, every one shows its type as a label. */
export const EDGE_LABELS_UP_TO = 30;

export interface ViewSyncHooks {
  visibility: (visibility: Visibility, state: AppState) => void;
  /** The part of the graph view not covered by panels (viewport pixels). */
  freeArea: () => Box;
  /** Boxes over the graph view that labels must leave free (viewport pixels). */
  overlays: () => Box[];
  /** What the server's filters keep of a big graph's overview (null: everything drawn). */
  restriction?: () => Subgraph | null;
}

/** The part two restrictions both keep (null: no restriction). */
function intersect(a: Subgraph | null, b: Subgraph | null): Subgraph | null {
  if (!a || !b) return a ?? b;
  return {
    nodes: new Set([...a.nodes].filter((id) => b.nodes.has(id))),
    edges: new Set([...a.edges].filter((id) => b.edges.has(id))),
  };
}

/** The highlight of the result the state shows, if any. */
function resultOf(state: AppState): ResultHighlight | null {
  return state.run.status === "done" ? state.run.highlight : null;
}

/** Creates the sync; call `sync(state)` after any change of state. */
export function createViewSync(loaded: LoadedGraph, hooks: ViewSyncHooks) {
  const { model, graph, renderer } = loaded;
  let result: ResultHighlight | null = null;
  let resultPending = false;
  let last: {
    filters: AppState["filters"];
    mode: AppState["resultMode"];
    result: ResultHighlight | null;
  } | null = null;
  let lastSelection: string | null = null;
  let lastSize: AppState["sizeBy"] | null = null;
  let lastFrame: string | null = null;
  let shown: Set<string> = new Set();
  let actors: ReadonlySet<string> = new Set();
  const labels = createLabelController(renderer, { pinned: () => actors, obstacles: hooks.overlays });

  function labelEdges(visibility: Visibility): void {
    const few = graph.size - visibility.hiddenEdges.size <= EDGE_LABELS_UP_TO;
    graph.forEachEdge((id) => {
      const want = few && !visibility.hiddenEdges.has(id);
      if (renderer.getEdgeState(id).showLabel !== want) renderer.setEdgeState(id, { showLabel: want });
    });
  }

  function sync(state: AppState): void {
    const next = resultOf(state);
    if (next !== result) {
      result = next;
      resultPending = next !== null;
    }
    actors = new Set(state.filters.actors);
    if (lastSize !== null && lastSize !== state.sizeBy) applyAppearance(graph, state.sizeBy);
    lastSize = state.sizeBy;
    if (!last || last.filters !== state.filters || last.mode !== state.resultMode || last.result !== result) {
      const restrict = intersect(state.resultMode === "only" ? result : null, hooks.restriction?.() ?? null);
      const visibility = computeVisibility(model, state.filters, restrict);
      applyVisibility(renderer, visibility);
      labelEdges(visibility);
      hooks.visibility(visibility, state);
      shown = new Set(graph.filterNodes((id) => !visibility.hiddenNodes.has(id)));
      last = { filters: state.filters, mode: state.resultMode, result };
    }
    const selection = state.selection && graph.hasNode(state.selection) ? state.selection : null;
    const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
    const resultFirst = state.run.status === "done" && state.run.selectionAtResult === state.selection;
    // An overview counts as big whatever part of its relationships is drawn (edge-budget.ts).
    const dimOnHover = !loaded.overview && graph.size <= LARGE_GRAPH_EDGES;
    const sets = highlightSets(
      graph,
      { selection, hovered, result, resultFirst, dimOnHover },
      state.resultMode === "highlight",
    );
    applyHighlight(renderer, sets, selection);
    if (selection && selection !== lastSelection) centerOn(renderer, selection, hooks.freeArea());
    else frameSubject(state);
    lastSelection = selection;
    // With the camera still, labels are placed now, so that they change in the same frame as the
    // highlight (each frame of a big graph costs hundreds of ms in software WebGL); else once it rests.
    if (renderer.getCamera().isAnimating()) labels.later();
    else labels.update();
    if (resultPending) {
      resultPending = false;
      renderer.once("afterRender", markQueryHighlighted);
      renderer.scheduleRender();
    }
  }

  /** Frames the subject (actors' network, query result, what the filters leave) when it changes. */
  function frameSubject(state: AppState, force = false): void {
    const key = `${JSON.stringify(state.filters)}|${result ? result.nodes.size : "-"}|${state.resultMode}`;
    const initial = lastFrame === null;
    if ((key === lastFrame || initial) && !force) {
      lastFrame = key;
      return;
    }
    lastFrame = key;
    const area = hooks.freeArea();
    if (result && result.nodes.size > 0) {
      const inView = [...result.nodes].filter((id) => shown.has(id));
      frameNodes(renderer, inView.length > 0 ? inView : shown, area);
    } else frameNodes(renderer, shown, area);
  }

  return {
    sync,
    /** Recomputes everything after entities were added to the graph (an overview grew). */
    refresh(state: AppState): void {
      last = null;
      sync(state);
    },
    /** Frames the current subject again (after the layout moved every node, or the view was resized). */
    reframe: (state: AppState) => {
      if (state.selection && graph.hasNode(state.selection))
        centerOn(renderer, state.selection, hooks.freeArea());
      else frameSubject(state, true);
      labels.later();
    },
    /** Label boxes drawn, by entity id (for tests). */
    labels: () => labels.placed(),
    /** Arrowheads of the edges drawn, as circles in viewport pixels (for tests). */
    arrowheads: () => labels.arrowheads(),
    /** Places the labels again once the view rests (an overlay over the graph came or went). */
    relabel: () => labels.later(),
    /** Whether the labels are placed for the view at rest (for tests and screenshots). */
    labelsSettled: () => labels.settled(),
  };
}
