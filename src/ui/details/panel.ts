/** The details panel as a panel: open while an entity is selected, showing that entity. */
import type { Panel } from "../app/panel.ts";
import { createDetailsPanel } from "./index.ts";

export function detailsPanel(): Panel {
  let details: ReturnType<typeof createDetailsPanel> | null = null;
  let clearError: (message: null) => void = () => undefined;
  return {
    spec: {
      name: "details",
      label: "Entity details",
      element: "aside",
      className: "panel panel-details",
      slot: "end",
    },
    mount(root, { actions, status }) {
      clearError = status.error;
      details = createDetailsPanel(root, {
        select: actions.select,
        openSource: actions.openSource,
        showEgo: actions.showEgo,
        close: () => actions.select(null),
        error: status.error,
      });
    },
    isOpen: (state) => state.selection !== null,
    render(state, prev) {
      if (prev && state.selection !== prev.selection) clearError(null);
      if (state.selection) void details?.show(state.selection);
      else details?.clear();
    },
  };
}
