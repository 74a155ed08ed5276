/**
 * Graph loader: fetches the overview graph (or a synthetic one for benchmarks), builds the model and
 * the graphology graph, renders it at its seed positions at once (first-render mark), then lays it
 * out in the worker and fits the camera.
 */
import { api } from "../api/client.ts";
import { LAYOUT_DONE, markFirstRender } from "../bench/marks.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { buildModel, toGraphology, type ExplorerGraph } from "../graph-model/utils.ts";
import { createRenderer, type GraphViewEvents, type Renderer } from "../graph-view/index.ts";
import { applyAppearance } from "../graph-view/utils.ts";
import { runLayout, seedPositions } from "../layout/index.ts";
import type { SizeMetric } from "../state/types.ts";

export interface LoadedGraph {
  model: GraphModel;
  graph: ExplorerGraph;
  renderer: Renderer;
  /** Resolves when the layout has finished (positions final). */
  laidOut: Promise<void>;
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
  const response = await api.graph(options.synthetic);
  const model = buildModel(response.nodes, response.relationships);
  const graph = toGraphology(model);
  applyAppearance(graph, options.sizeBy);
  seedPositions(graph);
  const renderer = createRenderer(container, graph, options.events);
  await new Promise<void>((resolve) => {
    renderer.once("afterRender", () => {
      markFirstRender();
      resolve();
    });
    renderer.scheduleRender();
  });
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
  return { model, graph, renderer, laidOut };
}
