/**
 * Test hooks: a small read-only window.__lagebild object for the end-to-end tests and benchmarks
 * (ready promise, selection, highlighted and hidden items, node screen positions).
 */
import type { Box, Circle, PlacedLabel } from "../graph-view/label-layout.ts";
import type { LoadedGraph } from "./graph-loader.ts";
import type { AppState } from "../state/types.ts";

export interface LagebildHooks {
  ready: Promise<void>;
  state: () => AppState;
  selection: () => string | null;
  highlighted: () => { nodes: string[]; edges: string[] };
  hidden: () => { nodes: string[]; edges: string[] };
  /** Viewport coordinates (CSS pixels, relative to the graph container) of a node. */
  nodeViewport: (id: string) => { x: number; y: number } | null;
  positions: () => Record<string, [number, number]>;
  /** Node labels drawn, with their boxes in viewport pixels. */
  labels: () => Record<string, Box>;
  /** Whether the labels are placed for the view at rest (wait for it before a screenshot). */
  labelsSettled: () => boolean;
  /** Whether the time layout's date axis is drawn. */
  timeAxis: () => boolean;
  /** Edges whose relationship type is drawn, with where sigma puts the label. */
  edgeLabels: () => { id: string; position: string }[];
  /** Arrowheads of the edges drawn (viewport pixels). */
  arrowheads: () => Circle[];
}

declare global {
  interface Window {
    __lagebild?: LagebildHooks;
  }
}

/** Installs the hooks; `loaded` returns the graph once it exists. */
export function installTestHooks(
  ready: Promise<void>,
  state: () => AppState,
  loaded: () => LoadedGraph | null,
  labels: () => ReadonlyMap<string, PlacedLabel>,
  settled: () => boolean,
  timeAxis: () => boolean,
  arrowheads: () => Circle[],
): void {
  const collect = (pick: (renderer: LoadedGraph["renderer"], key: string, node: boolean) => boolean) => {
    const g = loaded();
    if (!g) return { nodes: [], edges: [] };
    return {
      nodes: g.graph.filterNodes((id) => pick(g.renderer, id, true)),
      edges: g.graph.filterEdges((id) => pick(g.renderer, id, false)),
    };
  };
  window.__lagebild = {
    ready,
    state,
    selection: () => state().selection,
    highlighted: () =>
      collect((r, id, node) => (node ? r.getNodeState(id).isEmphasized : r.getEdgeState(id).isEmphasized)),
    hidden: () =>
      collect((r, id, node) => (node ? r.getNodeState(id).isHidden : r.getEdgeState(id).isHidden)),
    nodeViewport: (id) => {
      const g = loaded();
      const data = g?.renderer.getNodeDisplayData(id);
      return g && data ? g.renderer.framedGraphToViewport(data) : null;
    },
    labels: () => Object.fromEntries([...labels()].map(([id, placed]) => [id, placed.box])),
    labelsSettled: settled,
    timeAxis,
    arrowheads,
    edgeLabels: () => {
      const g = loaded();
      if (!g) return [];
      return g.graph
        .filterEdges((id) => {
          const state = g.renderer.getEdgeState(id);
          return !state.isHidden && (state.showLabel || state.isEmphasized);
        })
        .map((id) => ({ id, position: String(g.renderer.getEdgeDisplayData(id)?.labelPosition ?? "over") }));
    },
    positions: () => {
      const out: Record<string, [number, number]> = {};
      loaded()?.graph.forEachNode((id, a) => (out[id] = [a.x, a.y]));
      return out;
    },
  };
}
