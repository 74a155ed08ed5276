/**
 * The filter panel as a panel: built once the graph model is loaded (its choices come from the
 * model), refreshed whenever the view recomputes what the filters hide.
 */
import type { Panel } from "../app/panel.ts";
import { createFilterPanel } from "./index.ts";

export function filtersPanel(): Panel {
  return {
    spec: {
      name: "filters",
      label: "Filters",
      element: "aside",
      className: "panel panel-filters",
      slot: "start",
      toggle: "Filters",
    },
    mount(root, { loaded, actions, store, status, onVisibility }) {
      void loaded.then(({ model }) => {
        const panel = createFilterPanel(root, model, {
          change: actions.changeFilters,
          reset: actions.resetFilters,
          close: () => actions.setPanel("filters", false),
          error: status.error,
        });
        onVisibility((visibility) => panel.update(store.get().filters, visibility.counts));
      });
    },
    isOpen: (state) => state.panels.includes("filters"),
    // The panel follows the filters through onVisibility, which fires whenever they change.
    render: () => undefined,
  };
}
