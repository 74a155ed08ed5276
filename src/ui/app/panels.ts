/**
 * Panels: which side panels are open, as classes on the workspace (CSS lays them out side by side on
 * a laptop and as overlays on a tablet) and as aria-pressed on their toolbar buttons.
 */
import type { AppState, PanelName } from "../state/types.ts";

/** Opens or closes a panel in the state. */
export function withPanel(state: AppState, panel: PanelName, open: boolean): AppState {
  const has = state.panels.includes(panel);
  if (has === open) return state;
  return { ...state, panels: open ? [...state.panels, panel] : state.panels.filter((p) => p !== panel) };
}

/** Reflects open panels and the selection on the workspace and the toggle buttons. */
export function renderPanels(
  workspace: HTMLElement,
  toggles: Record<PanelName, HTMLButtonElement>,
  state: AppState,
): void {
  for (const [name, button] of Object.entries(toggles) as [PanelName, HTMLButtonElement][]) {
    const open = state.panels.includes(name);
    workspace.classList.toggle(`show-${name}`, open);
    button.setAttribute("aria-pressed", String(open));
    document.getElementById(`${name}-panel`)?.toggleAttribute("hidden", !open);
  }
  const details = document.getElementById("details-panel");
  workspace.classList.toggle("show-details", state.selection !== null);
  details?.toggleAttribute("hidden", state.selection === null);
}
