/** The timeline as a panel: toggled from the toolbar, built once the graph model is loaded. */
import type { Panel } from "../app/panel.ts";
import { createTimeline } from "./index.ts";

export function timelinePanel(): Panel {
  let timeline: ReturnType<typeof createTimeline> | null = null;
  return {
    spec: {
      name: "timeline",
      label: "Timeline",
      element: "section",
      className: "panel panel-timeline",
      slot: "end",
      toggle: "Timeline",
    },
    mount(root, { loaded, actions, store }) {
      void loaded.then(({ model }) => {
        timeline = createTimeline(root, {
          model,
          change: actions.changeFilters,
          close: () => actions.setPanel("timeline", false),
        });
        timeline.render(store.get().filters);
      });
    },
    isOpen: (state) => state.panels.includes("timeline"),
    render(state, prev) {
      if (!state.panels.includes("timeline")) timeline?.stop();
      if (!prev || state.filters !== prev.filters) timeline?.render(state.filters);
    },
    focus: () => timeline?.focus(),
  };
}
