/**
 * Layout runner: ForceAtlas2 in a web worker (graphology's FA2Layout supervisor) for a fixed number
 * of iterations, bounded in time, then positions normalised to a fixed radius and noverlap to pull
 * overlapping nodes apart. Seeds come from the node ids, so a reload gives the same picture.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ExplorerGraph } from "../graph-model/utils.ts";
import { layoutIterations, layoutSettings, normalizePositions, seedPosition } from "./utils.ts";

/**
 * Gap noverlap leaves between entities, in graph units (the layout is 200 across, about 4 pixels a
 * unit at rest), so labels find room beside their node. On the seed at 1440×900, 0.4 with full
 * 13-pixel labels drew 44 of 55 labels at rest; 1.5 with the shortened 12-pixel labels draws 49, the
 * central entities among them. Larger gaps only moved the picture (47–51 labels, some central ones
 * lost), and above 4 noverlap no longer converges and leaves entities overlapping.
 */
const NOVERLAP_MARGIN = 1.5;

export interface LayoutOptions {
  /** Upper bound on the ForceAtlas2 phase; iterations stop early only when it is reached. */
  maxMillis: number;
  /** Called once positions are normalised, before noverlap (sizes are set there). */
  beforeNoverlap: () => void;
}

/** Places every node at its seed position (deterministic). */
export function seedPositions(graph: ExplorerGraph): void {
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, ...seedPosition(id) }));
}

function runForceAtlas2(graph: ExplorerGraph, iterations: number, maxMillis: number): Promise<number> {
  return new Promise((resolve) => {
    let done = 0;
    let first: string | undefined;
    const finish = () => {
      clearTimeout(timer);
      layout.stop();
      layout.kill();
      resolve(done);
    };
    const layout = new FA2Layout(graph, {
      settings: layoutSettings(graph.order),
      outputReducer: (key: string, attrs: { x: number; y: number }) => {
        first ??= key;
        if (key === first) done++;
        if (done >= iterations && key === first) queueMicrotask(finish);
        return attrs;
      },
    });
    const timer = setTimeout(finish, maxMillis);
    layout.start();
  });
}

/**
 * Lays the graph out; resolves with the number of ForceAtlas2 iterations actually run. The worker
 * iterates on a copy, so the renderer is not refreshed on every step (which would slow the worker's
 * round trips tenfold); the real graph gets the final positions at once.
 */
export async function runLayout(graph: ExplorerGraph, options: LayoutOptions): Promise<number> {
  seedPositions(graph);
  const work = graph.copy();
  const iterations =
    work.size > 0 ? await runForceAtlas2(work, layoutIterations(work.order), options.maxMillis) : 0;
  const positions = new Map<string, { x: number; y: number }>();
  work.forEachNode((id, attrs) => positions.set(id, { x: attrs.x, y: attrs.y }));
  const normal = normalizePositions(positions);
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, ...normal.get(id) }));
  options.beforeNoverlap();
  const maxIterations = graph.order > 5000 ? 20 : graph.order > 500 ? 100 : 400;
  noverlap.assign(graph, { maxIterations, settings: { margin: NOVERLAP_MARGIN, ratio: 1.15, gridSize: 40 } });
  return iterations;
}
