/**
 * Panel header: the title row with a close button that the filters and console panels share, so
 * every panel closes the same way and carries the same ARIA label pattern.
 */
import { el } from "./dom.ts";

/** A `.panel-nav` row: title text and a ✕ button labelled `closeLabel`. */
export function panelHeader(title: string, closeLabel: string, onClose: () => void): HTMLElement {
  return el("div", { className: "panel-nav" }, [
    el("span", { className: "panel-title", text: title }),
    el("button", {
      className: "icon-button",
      text: "✕",
      attrs: { type: "button", "aria-label": closeLabel },
      on: { click: onClose },
    }),
  ]);
}
