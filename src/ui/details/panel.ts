/**
 * The details panel as a panel: open while an entity is selected, showing that entity. When the
 * filters hide the selected entity, a notice says so above its details and offers to show it.
 */
import type { Panel } from "../app/panel.ts";
import { el } from "../lib/dom.ts";
import { createDetailsPanel } from "./index.ts";

export function detailsPanel(): Panel {
  let details: ReturnType<typeof createDetailsPanel> | null = null;
  let clearError: (message: null) => void = () => undefined;
  let hidden: ReadonlySet<string> = new Set();
  let selection: string | null = null;
  const notice = el("p", {
    className: "details-notice",
    attrs: { id: "details-hidden-notice", role: "note" },
  });
  notice.hidden = true;
  const updateNotice = () => {
    notice.hidden = !selection || !hidden.has(selection);
  };
  return {
    spec: {
      name: "details",
      label: "Entity details",
      element: "aside",
      className: "panel panel-details",
      slot: "end",
    },
    mount(root, { actions, status, onVisibility }) {
      clearError = status.error;
      details = createDetailsPanel(root, {
        select: actions.select,
        openSource: actions.openSource,
        showEgo: actions.showEgo,
        close: () => actions.select(null),
        error: status.error,
      });
      notice.replaceChildren(
        "The current filters hide this entity in the graph. ",
        el("button", {
          className: "link-button",
          text: "Reset filters",
          attrs: { type: "button", id: "details-reset-filters" },
          on: { click: () => actions.resetFilters() },
        }),
      );
      root.insertBefore(notice, root.children[1] ?? null);
      onVisibility((visibility) => {
        hidden = visibility.hiddenNodes;
        updateNotice();
      });
    },
    isOpen: (state) => state.selection !== null,
    render(state, prev) {
      if (prev && state.selection !== prev.selection) clearError(null);
      selection = state.selection;
      updateNotice();
      if (state.selection) void details?.show(state.selection);
      else details?.clear();
    },
  };
}
