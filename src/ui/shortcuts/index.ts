/**
 * Keyboard shortcuts: "/" focuses the search, "?" opens the keyboard help, Escape closes the panel that has focus, else clears
 * the selection, else closes the last panel. Keys typed in fields are left alone, and keys a widget
 * already handled (an open autocomplete, a dialog) are not handled twice.
 */

export interface ShortcutActions {
  focusSearch: () => void;
  showHelp: () => void;
  /** Closes the panel containing `target`, if any; returns whether it did. */
  closePanelOf: (target: Element) => boolean;
  clearSelection: () => boolean;
  closeLastPanel: () => boolean;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Installs the global key handler. */
export function installShortcuts(actions: ShortcutActions): void {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "/" && !isTyping(event.target)) {
      event.preventDefault();
      actions.focusSearch();
      return;
    }
    if (event.key === "?" && !isTyping(event.target)) {
      event.preventDefault();
      actions.showHelp();
      return;
    }
    if (event.key !== "Escape") return;
    if (document.querySelector("dialog[open]")) return;
    const target = event.target instanceof Element ? event.target : null;
    if ((target && actions.closePanelOf(target)) || actions.clearSelection() || actions.closeLastPanel()) {
      event.preventDefault();
    }
  });
}
