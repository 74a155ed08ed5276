/**
 * View sync: the one place where state becomes pixels. On every state change it recomputes what the
 * filters hide (only when filters or the result changed), what hover/selection/result emphasise, and
 * reports the visibility; the graph view controllers translate that into sigma states. Hover and the
 * query result are read from the state like everything else.
 */
import { markQueryHighlighted } from "../bench/marks.ts";
import type { Visibility } from "../filters/types.ts";
import { computeVisibility } from "../filters/utils.ts";
import { applyHighlight } from "../graph-view/highlight-controller.ts";
import { centerOn, frameNodes } from "../graph-view/camera.ts";
import { applyAppearance, highlightSets } from "../graph-view/utils.ts";
import { applyVisibility } from "../graph-view/visibility-controller.ts";
import type { AppState, ResultHighlight } from "../state/types.ts";
import type { LoadedGraph } from "./graph-loader.ts";

export interface ViewSyncHooks {
  visibility: (visibility: Visibility, state: AppState) => void;
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

  function sync(state: AppState): void {
    const next = resultOf(state);
    if (next !== result) {
      result = next;
      resultPending = next !== null;
    }
    if (lastSize !== null && lastSize !== state.sizeBy) applyAppearance(graph, state.sizeBy);
    lastSize = state.sizeBy;
    if (!last || last.filters !== state.filters || last.mode !== state.resultMode || last.result !== result) {
      const restrict = state.resultMode === "only" ? result : null;
      const visibility = computeVisibility(model, state.filters, restrict);
      applyVisibility(renderer, visibility);
      hooks.visibility(visibility, state);
      shown = new Set(graph.filterNodes((id) => !visibility.hiddenNodes.has(id)));
      last = { filters: state.filters, mode: state.resultMode, result };
    }
    const selection = state.selection && graph.hasNode(state.selection) ? state.selection : null;
    const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
    const sets = highlightSets(graph, { selection, hovered, result }, state.resultMode === "highlight");
    applyHighlight(renderer, sets, selection);
    if (selection && selection !== lastSelection) centerOn(renderer, selection);
    else frameSubject(state);
    lastSelection = selection;
    if (resultPending) {
      resultPending = false;
      renderer.once("afterRender", markQueryHighlighted);
      renderer.scheduleRender();
    }
  }

  /** Frames the actors' network or the query result when either changes (not on every filter tweak). */
  function frameSubject(state: AppState, force = false): void {
    const f = state.filters;
    const key = `${f.actors.join()}|${f.focus}|${f.depth}|${result ? result.nodes.size : "-"}|${state.resultMode}`;
    const initial = lastFrame === null;
    if ((key === lastFrame || initial) && !force) {
      lastFrame = key;
      return;
    }
    lastFrame = key;
    if (result && result.nodes.size > 0)
      frameNodes(
        renderer,
        [...result.nodes].filter((id) => shown.has(id)),
      );
    else if (f.actors.length > 0 || force) frameNodes(renderer, shown);
    else frameNodes(renderer, []);
  }

  return {
    sync,
    /** Recomputes everything after entities were added to the graph (an overview grew). */
    refresh(state: AppState): void {
      last = null;
      sync(state);
    },
    /** Frames the current subject again (after the layout has moved every node). */
    reframe: (state: AppState) => {
      if (state.selection && graph.hasNode(state.selection)) centerOn(renderer, state.selection);
      else frameSubject(state, true);
    },
  };
}
