/** The Cypher console as a panel: toggled from the toolbar, with the schema loaded for completion. */
import { api } from "../api/client.ts";
import type { Panel } from "../app/panel.ts";
import { createConsole } from "./index.ts";

export function consolePanel(): Panel {
  let console_: ReturnType<typeof createConsole> | null = null;
  return {
    spec: {
      name: "console",
      label: "Cypher console",
      element: "section",
      className: "panel panel-console",
      slot: "end",
      toggle: "Cypher",
    },
    mount(root, { actions, store, model, status, onVisibility }) {
      console_ = createConsole(root, {
        actions,
        state: () => store.get(),
        model,
        close: () => actions.setPanel("console", false),
      });
      onVisibility((visibility) => console_?.setHidden(visibility));
      api.schema().then(console_.setSchema, (e: Error) => status.error(`Schema unavailable: ${e.message}`));
    },
    isOpen: (state) => state.panels.includes("console"),
    render: (state, prev) => console_?.render(state, prev),
    focus: () => console_?.focus(),
  };
}
