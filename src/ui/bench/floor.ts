/**
 * Bench floor: the overview of a big graph (GET /api/overview) drawn by sigma alone, at the same
 * stored places, with the same sizes and colours and the same relationships (the explorer's edge
 * budget, src/ui/overview/edge-budget.ts), and none of the explorer (no store, panels, labels
 * controller, filters or styles of our own). `npm run bench -- --scale` reports the explorer's first
 * render and its interaction frames as ratios to this page's, measured in the same run. Served only
 * by a server started for the bench.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import type { OverviewResponse } from "../../contract/api/overview.ts";
import { kindColor } from "../graph-view/palette.ts";
import { budgetEdges, OVERVIEW_EDGE_BUDGET } from "../overview/edge-budget.ts";
import { OVERVIEW_EDGE_COLOR, overviewNodeSize, overviewScale } from "../overview/utils.ts";
import { markFirstRender } from "./marks.ts";
import "./floor.css";

async function main(): Promise<void> {
  const response = await fetch("/api/overview");
  if (!response.ok) throw new Error(`bench floor: GET /api/overview answered ${response.status}`);
  const overview = (await response.json()) as OverviewResponse;
  const scale = overviewScale(overview);
  const graph = new MultiDirectedGraph();
  for (const [id, kind, name, x, y, degree] of overview.nodes) {
    const color = kindColor(overview.kinds[kind] ?? "");
    graph.addNode(id, { x, y, size: overviewNodeSize(degree, scale), color, label: name });
  }
  for (const [id, , source, target] of budgetEdges(overview, OVERVIEW_EDGE_BUDGET).drawn) {
    if (graph.hasNode(source) && graph.hasNode(target)) {
      graph.addDirectedEdgeWithKey(id, source, target, {
        size: scale.unit * 0.15,
        color: OVERVIEW_EDGE_COLOR,
      });
    }
  }
  const container = document.getElementById("graph");
  if (!container) throw new Error("bench floor: no #graph element");
  // Sizes follow positions, as in the explorer, so that both draw the same picture.
  const renderer = new Sigma(graph, container, {
    settings: { itemSizesReference: "positions", zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio) },
  });
  renderer.once("afterRender", markFirstRender);
  renderer.scheduleRender();
  (window as unknown as { __floor: unknown }).__floor = {
    nodeViewport: (id: string) => {
      const data = renderer.getNodeDisplayData(id);
      return data ? renderer.framedGraphToViewport(data) : null;
    },
    ids: () => overview.nodes.map((n) => n[0]),
  };
  document.body.dataset.ready = "true";
}

main().catch((error: Error) => {
  document.body.dataset.error = error.message;
});
