/**
 * Sheet tabs: on narrow screens (tablets in portrait, ≤ 800 px) the open panels share one bottom
 * sheet and only one of them shows at a time; the others collapse to tabs above it, so the graph
 * keeps the upper half of the screen however many panels are open. The panel opened last is the one
 * shown; a tab brings another forward. On wide screens the tabs are hidden by CSS and every open
 * panel shows, so this only marks panels (`sheet-inactive`) and never opens or closes one.
 */
import { el } from "../lib/dom.ts";

export interface SheetPanel {
  name: string;
  label: string;
  root: HTMLElement;
}

/** Creates the tab strip in `host`; `update(open)` takes the open panels in their order. */
export function createSheetTabs(host: HTMLElement) {
  const strip = el("div", {
    className: "sheet-tabs",
    attrs: { id: "sheet-tabs", role: "tablist", "aria-label": "Open panels" },
  });
  strip.hidden = true;
  host.append(strip);
  let active: string | null = null;
  let wasOpen = new Set<string>();
  let last: SheetPanel[] = [];

  function draw(): void {
    for (const panel of last) panel.root.classList.toggle("sheet-inactive", panel.name !== active);
    strip.hidden = last.length < 2;
    host.classList.toggle("has-sheet", last.length > 0);
    strip.replaceChildren(
      ...last.map((panel) =>
        el("button", {
          className: "sheet-tab",
          text: panel.label,
          attrs: {
            type: "button",
            role: "tab",
            id: `sheet-tab-${panel.name}`,
            "aria-selected": String(panel.name === active),
            "aria-controls": panel.root.id,
          },
          on: {
            click: () => {
              active = panel.name;
              draw();
            },
          },
        }),
      ),
    );
  }

  return {
    strip,
    /** The open panels changed (or not): the newly opened one comes forward. */
    update(open: SheetPanel[]): void {
      const names = new Set(open.map((p) => p.name));
      const opened = open.filter((p) => !wasOpen.has(p.name));
      if (opened.length > 0) active = opened.at(-1)!.name;
      else if (!active || !names.has(active)) active = open.at(-1)?.name ?? null;
      for (const panel of last) if (!names.has(panel.name)) panel.root.classList.remove("sheet-inactive");
      wasOpen = names;
      const changed = open.length !== last.length || open.some((p, i) => p !== last[i]) || opened.length > 0;
      last = open;
      if (changed) draw();
    },
  };
}
