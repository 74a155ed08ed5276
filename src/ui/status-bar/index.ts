/**
 * Status bar: the engine (from /api/health), what is shown and hidden, layout progress and the last
 * error, in one polite live region at the bottom of the page.
 */
import type { HealthResponse } from "../../contract/api/health.ts";
import type { VisibilityCounts } from "../filters/types.ts";
import { el } from "../lib/dom.ts";

/** Creates the status bar in `root`. */
export function createStatusBar(root: HTMLElement) {
  const engine = el("span", {
    className: "status-engine",
    attrs: { id: "status-engine" },
    text: "Engine: …",
  });
  const counts = el("span", { className: "status-counts", attrs: { id: "status-counts" } });
  const activity = el("span", { className: "status-activity", attrs: { id: "status-activity" } });
  const error = el("span", { className: "status-error", attrs: { id: "status-error", role: "alert" } });
  root.replaceChildren(engine, counts, activity, error);
  return {
    health(health: HealthResponse | null, problem?: string): void {
      if (!health) {
        engine.textContent = `Engine: unreachable${problem ? ` (${problem})` : ""}`;
        engine.dataset.ok = "false";
        return;
      }
      engine.textContent = `Engine: ${health.engine}${health.ok ? "" : ` (down: ${health.problem ?? "unknown"})`} · ${health.nodes} entities · ${health.relationships} relationships`;
      engine.dataset.ok = String(health.ok);
    },
    counts(c: VisibilityCounts): void {
      const hiddenNodes = c.nodesTotal - c.nodesShown;
      const hiddenEdges = c.edgesTotal - c.edgesShown;
      counts.textContent = `Shown: ${c.nodesShown} entities, ${c.edgesShown} relationships · Hidden: ${hiddenNodes} entities, ${hiddenEdges} relationships`;
    },
    activity(text: string): void {
      activity.textContent = text;
    },
    error(message: string | null): void {
      error.textContent = message ?? "";
    },
  };
}

/** The status bar's operations. */
export type StatusBar = ReturnType<typeof createStatusBar>;
