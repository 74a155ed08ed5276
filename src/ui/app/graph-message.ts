/**
 * Graph message: a notice over the graph view when the filters leave it empty or name unknown
 * actors, with a button that resets the filters (see filters/empty-message.ts for the wording).
 */
import { el } from "../lib/dom.ts";

/** Creates the notice in `host`; `show(text)` shows it, `show(null)` hides it. */
export function createGraphMessage(host: HTMLElement, resetFilters: () => void) {
  const text = el("span", { className: "graph-message-text" });
  const root = el("div", { className: "graph-message", attrs: { id: "graph-message", role: "status" } }, [
    text,
    el("button", {
      className: "button small",
      text: "Reset filters",
      attrs: { type: "button" },
      on: { click: resetFilters },
    }),
  ]);
  root.hidden = true;
  host.append(root);
  return {
    show(message: string | null): void {
      root.hidden = message === null;
      text.textContent = message ?? "";
    },
  };
}
