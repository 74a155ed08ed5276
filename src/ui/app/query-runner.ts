/**
 * Query runner: the one place that sends console queries. It watches the store and sends each
 * requested run exactly once (runs are numbered); when a link (the page's URL, back/forward) names a
 * query this session has not run, it requests it. It starts once the graph is loaded, so a query run
 * before the first layout ends is sent once, not once per render. A cancelled or superseded request
 * is aborted, which closes its connection, and the server stops the query.
 */
import { api, ApiRequestError } from "../api/client.ts";
import { plainError } from "../console/plain-error.ts";
import { parseParams, resultHighlight } from "../console/utils.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import type { GraphModel } from "../graph-model/types.ts";
import type { Store } from "../lib/store.ts";
import type { Actions } from "../state/actions.ts";
import type { AppState, RunState } from "../state/types.ts";

/** Starts the runner; `notify` shows or clears a message in the status bar. */
export function startQueryRunner(
  store: Store<AppState>,
  actions: Actions,
  model: GraphModel,
  notify: (message: string | null) => void,
  bringIntoView: (result: QueryResult) => void = () => {},
): void {
  let sent = 0;
  let refused = "";
  let inFlight: { seq: number; controller: AbortController } | null = null;

  async function send(run: Extract<RunState, { status: "running" }>): Promise<void> {
    inFlight?.controller.abort();
    const controller = new AbortController();
    inFlight = { seq: run.seq, controller };
    notify(null); // the previous run's error is not this run's
    try {
      const result = await api.query({ query: run.query, params: run.params }, controller.signal);
      notify(null);
      // The overview of a big graph first draws the result's entities it does not show yet.
      bringIntoView(result);
      actions.runSucceeded(run.seq, result, resultHighlight(result, model));
    } catch (error) {
      const e =
        error instanceof ApiRequestError ? error : new ApiRequestError(0, "client", (error as Error).message);
      if (inFlight?.seq !== run.seq) return; // superseded by a newer run, which owns the console now
      const plain = plainError(e.code, e.message, e.position).message;
      notify(e.code === "CANCELLED" ? null : `Query failed: ${plain}`);
      actions.runFailed(run.seq, { message: e.message, code: e.code, position: e.position });
    } finally {
      if (inFlight?.seq === run.seq) inFlight = null;
    }
  }

  function check(state: AppState): void {
    const { run } = state;
    if (run.status === "running") {
      if (run.seq > sent) {
        sent = run.seq;
        void send(run);
      }
      if (run.cancelled && inFlight?.seq === run.seq) inFlight.controller.abort();
      return;
    }
    const shown = run.status === "idle" ? "" : run.query;
    if (!state.query || state.query === shown) return;
    const parsed = parseParams(state.params);
    if ("error" in parsed) {
      if (refused !== state.params) notify(`Query not run: ${parsed.error}`);
      refused = state.params;
      return;
    }
    actions.requestQuery(state.query, parsed.params, state.params);
  }

  store.subscribe((state) => check(state));
  check(store.get());
}
