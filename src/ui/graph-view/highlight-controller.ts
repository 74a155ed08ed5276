/**
 * Highlight controller: translates hover, selection and query-result emphasis into sigma states
 * (isEmphasized, isDimmed, isSelected). Everything outside the emphasised set is dimmed, never hidden.
 */
import type { HighlightSets } from "./utils.ts";
import type { Renderer } from "./index.ts";

/** Applies emphasis: emphasised items stand out, the rest is dimmed while something is active. */
export function applyHighlight(renderer: Renderer, sets: HighlightSets, selection: string | null): void {
  const graph = renderer.getGraph();
  graph.forEachNode((id) => {
    const emphasized = sets.nodes.has(id);
    const next = {
      isEmphasized: emphasized,
      isDimmed: sets.active && !emphasized,
      isSelected: id === selection,
    };
    const now = renderer.getNodeState(id);
    if (
      now.isEmphasized !== next.isEmphasized ||
      now.isDimmed !== next.isDimmed ||
      now.isSelected !== next.isSelected
    ) {
      renderer.setNodeState(id, next);
    }
  });
  graph.forEachEdge((id) => {
    const emphasized = sets.edges.has(id);
    const next = { isEmphasized: emphasized, isDimmed: sets.active && !emphasized };
    const now = renderer.getEdgeState(id);
    if (now.isEmphasized !== next.isEmphasized || now.isDimmed !== next.isDimmed)
      renderer.setEdgeState(id, next);
  });
}
