/**
 * Empty-view message: what to tell the user when the filters leave nothing to see, or name actors the
 * graph does not have (a hand-edited or stale link such as `?actors=nobody`). Pure.
 */
import type { GraphModel } from "../graph-model/types.ts";
import type { FilterState } from "../state/types.ts";
import type { VisibilityCounts } from "./types.ts";

/** The message for the graph view, or null when there is something to see and every actor exists. */
export function emptyViewMessage(
  filters: FilterState,
  model: GraphModel,
  counts: VisibilityCounts,
): string | null {
  const unknown = filters.actors.filter((id) => !model.entities.has(id));
  const parts: string[] = [];
  if (unknown.length > 0) {
    const names = unknown.map((id) => `“${id}”`).join(", ");
    parts.push(
      unknown.length === 1
        ? `This graph has no entity ${names}, so its network is empty.`
        : `This graph has no entities ${names}.`,
    );
  }
  if (counts.nodesShown === 0) parts.push("Nothing matches the current filters.");
  else if (parts.length > 0 && counts.nodesShown < counts.nodesTotal) {
    parts.push(`${counts.nodesShown} of ${counts.nodesTotal} entities are shown.`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}
