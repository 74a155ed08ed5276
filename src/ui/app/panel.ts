/**
 * Panel: what every panel of the explorer is to the shell. A panel module exports a factory of this
 * shape; the registry (panel-registry.ts) creates its element and toolbar button from `spec`, calls
 * `mount` once and `render(state, prev)` on every change of state. Panels read the state and change it
 * only through actions.
 */
import type { GraphModel } from "../graph-model/types.ts";
import type { Visibility } from "../filters/types.ts";
import type { Store } from "../lib/store.ts";
import type { Actions } from "../state/actions.ts";
import type { AppState } from "../state/types.ts";
import type { StatusBar } from "../status-bar/index.ts";
import type { LoadedGraph } from "./graph-loader.ts";

/** Where and how a panel appears. */
export interface PanelSpec {
  /** Its name in the state (`panels`) and links; its element is `#<name>-panel` unless `id` says otherwise. */
  name: string;
  id?: string;
  /** The accessible name of the panel. */
  label: string;
  element: "aside" | "section" | "dialog";
  className: string;
  /** Beside the graph before it (start), after it (end), or a modal dialog. */
  slot: "start" | "end" | "dialog";
  /** Text of its toolbar button; panels without one open from other state (details: a selection). */
  toggle?: string;
}

/** What panels get from the shell. */
export interface PanelContext {
  store: Store<AppState>;
  actions: Actions;
  /** Resolves once the graph is loaded and drawn. */
  loaded: Promise<LoadedGraph>;
  /** The graph model once loaded, else null. */
  model(): GraphModel | null;
  status: StatusBar;
  /** Calls `listener` whenever what the filters hide has been recomputed. */
  onVisibility(listener: (visibility: Visibility) => void): void;
}

export interface Panel {
  readonly spec: PanelSpec;
  /** Builds the panel's content in `root` (its element). */
  mount(root: HTMLElement, context: PanelContext): void;
  /** Whether `state` shows the panel (ignored for dialogs, which open themselves). */
  isOpen(state: AppState): boolean;
  /** Brings the panel up to date with `state`; `prev` is null on the first render. */
  render(state: AppState, prev: AppState | null): void;
  /** Moves keyboard focus into the panel (after its toolbar button opened it). */
  focus?(): void;
}
