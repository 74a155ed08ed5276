/**
 * Keyboard help: the "?" dialog listing every key of the explorer. A native <dialog>, so focus is
 * trapped and Escape closes it; the list is data (KEYS) that the shortcuts module follows.
 */
import { el } from "../lib/dom.ts";

/** Every key and what it does, in the order the dialog lists them. */
export const KEYS: readonly (readonly [string, string])[] = [
  ["/", "Search entities"],
  ["?", "This help"],
  ["Tab to the graph, then ← ↑ → ↓", "Select the nearest entity in that direction"],
  ["Enter (on the graph)", "Select the entity nearest the centre"],
  ["+ / −", "Zoom in / out (on the graph)"],
  ["0", "Show the whole graph (on the graph)"],
  ["Escape", "Close the panel with focus, else clear the selection, else close the last panel"],
  ["Ctrl+Enter", "Run the query (Cypher console)"],
  ["Escape (while a query runs)", "Cancel the query"],
  ["Ctrl+↑ / Ctrl+↓", "Previous / next query in the history"],
  ["Space (on the timeline)", "Play or pause"],
  ["← → (on a timeline handle)", "Move the start or end of the time span by a month"],
];

/** Creates the dialog (closed); `open()` shows it. */
export function createKeyboardHelp() {
  const close = el("button", {
    className: "button small",
    text: "Close",
    attrs: { type: "button", id: "keyboard-help-close" },
  });
  const dialog = el(
    "dialog",
    { className: "keyboard-help", attrs: { id: "keyboard-help", "aria-labelledby": "keyboard-help-title" } },
    [
      el("h2", { text: "Keyboard", attrs: { id: "keyboard-help-title" } }),
      el(
        "dl",
        {},
        KEYS.flatMap(([key, what]) => [el("dt", {}, [el("kbd", { text: key })]), el("dd", { text: what })]),
      ),
      close,
    ],
  ) as HTMLDialogElement;
  close.addEventListener("click", () => dialog.close());
  document.body.append(dialog);
  return {
    open(): void {
      if (!dialog.open) dialog.showModal();
      close.focus();
    },
  };
}
