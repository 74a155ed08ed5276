/**
 * Graph loader: fetches the graph (or a synthetic one for benchmarks), builds the model and the
 * graphology graph, renders it at its seed positions at once (first-render mark), then lays it out in
 * the worker and fits the camera.
 *
 * A graph past the server's overview threshold is not downloaded whole: the page opens on its most
 * central entities at the places stored at load time (no layout in the browser, the same picture on
 * every visit), and grows by expanding entities (src/ui/overview/).
 */
import { MultiDirectedGraph } from "graphology";
import type { OverviewResponse } from "../../contract/api/overview.ts";
import { api } from "../api/client.ts";
import { LAYOUT_DONE, markFirstRender } from "../bench/marks.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { buildModel, toGraphology, type ExplorerGraph } from "../graph-model/utils.ts";
import { createRenderer, type GraphViewEvents, type Renderer } from "../graph-view/index.ts";
import { applyAppearance } from "../graph-view/utils.ts";
import { runLayout, seedPositions } from "../layout/index.ts";
import {
  budgetEdges,
  createHeldEdges,
  OVERVIEW_EDGE_BUDGET,
  type HeldEdges,
} from "../overview/edge-budget.ts";
import { addCompact, compactExtent, overviewScale } from "../overview/utils.ts";
import type { SizeMetric } from "../state/types.ts";

export interface LoadedGraph {
  model: GraphModel;
  graph: ExplorerGraph;
  renderer: Renderer;
  /** Resolves when the layout has finished (positions final). */
  laidOut: Promise<void>;
  /** Set when the page shows the overview of a big graph instead of all of it. */
  overview: OverviewResponse | null;
  /** The overview's relationships not drawn at first (its edge budget); null without an overview. */
  held: HeldEdges | null;
}

async function renderFirstFrame(renderer: Renderer): Promise<void> {
  await new Promise<void>((resolve) => {
    renderer.once("afterRender", () => {
      markFirstRender();
      resolve();
    });
    renderer.scheduleRender();
  });
}

/** The overview of a big graph, drawn at its stored places at once. */
async function loadOverview(
  container: HTMLElement,
  overview: OverviewResponse,
  events: GraphViewEvents,
): Promise<LoadedGraph> {
  const model: GraphModel = { entities: new Map(), relationships: new Map() };
  const graph: ExplorerGraph = new MultiDirectedGraph();
  // End-to-end tests set a small budget before the page loads, to see it at work on a small corpus.
  const asked = (window as { __lagebildEdgeBudget?: unknown }).__lagebildEdgeBudget;
  const budget = budgetEdges(overview, typeof asked === "number" ? asked : OVERVIEW_EDGE_BUDGET);
  addCompact(model, graph, { ...overview, relationships: budget.drawn }, overviewScale(overview));
  // Drawn as a big graph whatever the budget leaves: it grows by expansion.
  const renderer = createRenderer(container, graph, events, { large: true });
  // The frame of the overview's entities, fixed, so that entities added later (which may lie far out,
  // in the small communities) never rescale or move the picture; the camera goes to them instead.
  const { minX, maxX, minY, maxY } = compactExtent(overview);
  renderer.setCustomBBox({ x: [minX, maxX], y: [minY, maxY] });
  await renderFirstFrame(renderer);
  performance.mark(LAYOUT_DONE);
  return { model, graph, renderer, laidOut: Promise.resolve(), overview, held: createHeldEdges(budget.held) };
}

/** Loads and renders the graph; resolves after the first frame, layout continues in `laidOut`. */
export async function loadGraph(
  container: HTMLElement,
  options: {
    synthetic: number | null;
    sizeBy: SizeMetric;
    events: GraphViewEvents;
    progress: (text: string) => void;
  },
): Promise<LoadedGraph> {
  options.progress("Loading graph…");
  if (options.synthetic === null) {
    const overview = await api.overview();
    if (overview.available && overview.total.nodes > overview.threshold) {
      return loadOverview(container, overview, options.events);
    }
  }
  const response = await api.graph(options.synthetic);
  const model = buildModel(response.nodes, response.relationships);
  const graph = toGraphology(model);
  applyAppearance(graph, options.sizeBy);
  seedPositions(graph);
  const renderer = createRenderer(container, graph, options.events);
  await renderFirstFrame(renderer);
  options.progress(`Laying out ${graph.order} entities…`);
  const started = performance.now();
  const laidOut = runLayout(graph, {
    maxMillis: graph.order > 2000 ? 60_000 : 10_000,
    beforeNoverlap: () => applyAppearance(graph, options.sizeBy),
  }).then((iterations) => {
    performance.mark(LAYOUT_DONE);
    renderer.refresh();
    void renderer.getCamera().reset({ duration: 0 });
    options.progress(`Layout: ${iterations} iterations in ${Math.round(performance.now() - started)} ms`);
  });
  return { model, graph, renderer, laidOut, overview: null, held: null };
}
