/**
 * Panel registry: the explorer's panels, in toolbar and layout order. The shell creates each panel's
 * element and toolbar button from its spec and renders every panel on every change of state, so a
 * new panel is its own module plus one line in PANELS (and its CSS for where it sits).
 */
import { consolePanel } from "../console/panel.ts";
import { detailsPanel } from "../details/panel.ts";
import { filtersPanel } from "../filters/panel.ts";
import { el } from "../lib/dom.ts";
import { sourceReaderPanel } from "../source-reader/panel.ts";
import type { AppState } from "../state/types.ts";
import { timelinePanel } from "../timeline/panel.ts";
import type { Panel, PanelContext } from "./panel.ts";
import { createSheetTabs, type SheetPanel } from "./sheet-tabs.ts";

/** Every panel, in toolbar and layout order. */
export const PANELS: readonly (() => Panel)[] = [
  filtersPanel,
  timelinePanel,
  detailsPanel,
  consolePanel,
  sourceReaderPanel,
];

/** Where the panels go: the workspace grid, the graph area in it, and the toolbar. */
export interface PanelHosts {
  workspace: HTMLElement;
  graphArea: HTMLElement;
  toolbar: HTMLElement;
}

/** The mounted panels. */
export interface MountedPanels {
  /** Names of the panels with a toolbar button (the panels a link may open). */
  toggleNames: string[];
  render(state: AppState, prev: AppState | null): void;
  /** Closes the toolbar panel that contains `target` and focuses its button; whether there was one. */
  closePanelOf(target: Element): boolean;
}

/** Names of the panels with a toolbar button. */
export function toggleNames(panels: readonly Panel[]): string[] {
  return panels.filter((p) => p.spec.toggle).map((p) => p.spec.name);
}

/** Creates every panel's element and button, mounts the panels and returns their renderer. */
export function mountPanels(
  panels: readonly Panel[],
  hosts: PanelHosts,
  context: PanelContext,
): MountedPanels {
  const roots = new Map<Panel, HTMLElement>();
  const buttons = new Map<Panel, HTMLButtonElement>();
  const firstTool = hosts.toolbar.firstChild;
  for (const panel of panels) {
    const { spec } = panel;
    const id = spec.id ?? `${spec.name}-panel`;
    const root = el(spec.element, { className: spec.className, attrs: { id, "aria-label": spec.label } });
    if (spec.slot === "dialog") document.body.append(root);
    else {
      root.hidden = true;
      if (spec.slot === "start") hosts.workspace.insertBefore(root, hosts.graphArea);
      else hosts.workspace.append(root);
    }
    roots.set(panel, root);
    if (spec.toggle) {
      const button = el("button", {
        className: "button",
        text: spec.toggle,
        attrs: { id: `toggle-${spec.name}`, type: "button", "aria-pressed": "false", "aria-controls": id },
        on: {
          click: () => {
            const open = !context.store.get().panels.includes(spec.name);
            context.actions.setPanel(spec.name, open);
            if (open) panel.focus?.();
          },
        },
      });
      hosts.toolbar.insertBefore(button, firstTool);
      buttons.set(panel, button);
    }
    panel.mount(root, context);
  }
  const sheet = createSheetTabs(hosts.workspace);
  return {
    toggleNames: toggleNames(panels),
    render(state, prev) {
      const open: SheetPanel[] = [];
      for (const panel of panels) {
        if (panel.spec.slot !== "dialog") {
          const isOpen = panel.isOpen(state);
          hosts.workspace.classList.toggle(`show-${panel.spec.name}`, isOpen);
          roots.get(panel)!.hidden = !isOpen;
          buttons.get(panel)?.setAttribute("aria-pressed", String(isOpen));
          if (isOpen) {
            const label = panel.spec.toggle ?? panel.spec.label;
            open.push({ name: panel.spec.name, label, root: roots.get(panel)! });
          }
        }
        panel.render(state, prev);
      }
      sheet.update(open);
    },
    closePanelOf(target) {
      for (const [panel, button] of buttons) {
        if (!roots.get(panel)!.contains(target)) continue;
        context.actions.setPanel(panel.spec.name, false);
        button.focus();
        return true;
      }
      return false;
    },
  };
}
