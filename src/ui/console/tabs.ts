/**
 * Tabs: an ARIA tablist with one shared tabpanel. Arrow keys, Home and End move between tabs and
 * select them (automatic activation), so the result views are reachable from the keyboard.
 */
import { el } from "../lib/dom.ts";

/** Creates tabs; `select` marks a tab as current, `onSelect` fires on user choice. */
export function createTabs(id: string, tabs: [string, string][], onSelect: (value: string) => void) {
  const panel = el("div", {
    className: "tab-panel",
    attrs: { role: "tabpanel", id: `${id}-panel`, tabindex: "0" },
  });
  const buttons = tabs.map(([value, label]) =>
    el("button", {
      className: "tab",
      text: label,
      attrs: {
        type: "button",
        role: "tab",
        id: `${id}-tab-${value}`,
        "aria-controls": `${id}-panel`,
        "aria-selected": "false",
        "data-value": value,
      },
      on: { click: () => onSelect(value) },
    }),
  );
  const list = el(
    "div",
    { className: "tablist", attrs: { role: "tablist", "aria-label": "Result views" } },
    buttons,
  );
  list.addEventListener("keydown", (event) => {
    const current = buttons.findIndex((b) => b === document.activeElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? current === last
          ? 0
          : current + 1
        : event.key === "ArrowLeft"
          ? current === 0
            ? last
            : current - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    buttons[next]?.focus();
    const value = buttons[next]?.dataset.value;
    if (value) onSelect(value);
  });
  return {
    list,
    panel,
    select(value: string): void {
      for (const button of buttons) {
        const selected = button.dataset.value === value;
        button.setAttribute("aria-selected", String(selected));
        button.tabIndex = selected ? 0 : -1;
        if (selected) panel.setAttribute("aria-labelledby", button.id);
      }
    },
  };
}
