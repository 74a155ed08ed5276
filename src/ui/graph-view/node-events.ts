/**
 * Node events: calls a listener whenever the graph's nodes may have changed where or whether they are
 * drawn (added, dropped, attributes updated, graph cleared), for controllers that cache what sigma
 * drew (label placement, the picking pass).
 */
import type Graph from "graphology";

const NODE_EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "cleared",
] as const;

/** Registers `listener` for every event that may change the graph's nodes. */
export function onNodesChanged(graph: Graph, listener: () => void): void {
  for (const event of NODE_EVENTS) graph.on(event, listener);
}
