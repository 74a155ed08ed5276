/**
 * State actions: panels, selection, ego focus, and the query run: each request is numbered so it is
 * sent once, a late answer to an older request is ignored, a result keeps the selection, and
 * back/forward restores the link but keeps the session (run, hover, history).
 */
import { describe, expect, it } from "vitest";
import type { QueryResult } from "../../../src/contract/query-result.ts";
import {
  cancelQuery,
  clearResult,
  requestQuery,
  resetAll,
  restoreLink,
  runFailed,
  runSucceeded,
  select,
  setPanel,
  showEgo,
} from "../../../src/ui/state/actions.ts";
import { DEFAULT_STATE, type AppState, type ResultHighlight } from "../../../src/ui/state/types.ts";

const RESULT: QueryResult = {
  columns: ["n"],
  rows: [],
  graph: { nodes: [], relationships: [] },
  summary: { ms: 1, truncated: false, engine: "grafeo" },
};
const highlight = (nodes: string[]): ResultHighlight => ({
  nodes: new Set(nodes),
  edges: new Set(),
  missingNodes: 0,
  missingEdges: 0,
});
const running = (state: AppState = DEFAULT_STATE) => requestQuery("MATCH (n) RETURN n", {}, "{}")(state);

describe("panel and selection actions", () => {
  it("opens and closes a panel once, keeping the order panels were opened in", () => {
    const open = setPanel("console", true)(setPanel("filters", true)(DEFAULT_STATE));
    expect(open.panels).toEqual(["filters", "console"]);
    expect(setPanel("console", true)(open)).toBe(open);
    expect(setPanel("filters", false)(open).panels).toEqual(["console"]);
  });

  it("leaves the state untouched when the selection does not change", () => {
    const selected = select("china")(DEFAULT_STATE);
    expect(selected.selection).toBe("china");
    expect(select("china")(selected)).toBe(selected);
  });

  it("shows one actor's ego network and opens the filter panel", () => {
    const state = showEgo("russia")({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, focus: "paths" },
    });
    expect(state.filters).toMatchObject({ actors: ["russia"], focus: "ego" });
    expect(state.panels).toEqual(["filters"]);
  });
});

describe("query run actions", () => {
  it("numbers every request, records the query and the history, and ignores an empty one", () => {
    const first = running();
    expect(first.run).toMatchObject({ status: "running", seq: 1, query: "MATCH (n) RETURN n" });
    expect(first.query).toBe("MATCH (n) RETURN n");
    expect(first.history).toEqual(["MATCH (n) RETURN n"]);
    expect(running(first).run).toMatchObject({ seq: 2 });
    expect(running(first).history).toEqual(["MATCH (n) RETURN n"]);
    expect(requestQuery("  ", {}, "{}")(first)).toBe(first);
  });

  it("takes the answer to the current request and keeps the selection open", () => {
    const state = runSucceeded(1, RESULT, highlight(["china"]))({ ...running(), selection: "russia" });
    expect(state.run).toMatchObject({ status: "done", seq: 1, selectionAtResult: "russia" });
    expect(state.selection).toBe("russia");
    expect(state.resultView).toBe("graph");
  });

  it("opens a result with nothing to highlight as a table", () => {
    expect(runSucceeded(1, RESULT, highlight([]))(running()).resultView).toBe("table");
  });

  it.each([
    ["a result", (s: AppState) => runSucceeded(1, RESULT, highlight([]))(s)],
    ["an error", (s: AppState) => runFailed(1, { message: "x", code: "SYNTAX_ERROR", position: null })(s)],
  ])("ignores %s for a request that a newer one replaced", (_what, answer) => {
    const newer = running(running());
    expect(answer(newer)).toBe(newer);
  });

  it("keeps the error of the current request with its position", () => {
    const state = runFailed(1, { message: "bad", code: "SYNTAX_ERROR", position: { line: 1, column: 7 } })(
      running(),
    );
    expect(state.run).toMatchObject({
      status: "error",
      query: "MATCH (n) RETURN n",
      position: { line: 1, column: 7 },
    });
  });

  it("marks the running request as cancelled once, and only while it runs", () => {
    const cancelled = cancelQuery(running());
    expect(cancelled.run).toMatchObject({ status: "running", seq: 1, cancelled: true });
    expect(cancelQuery(cancelled)).toBe(cancelled);
    expect(cancelQuery(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });

  it("clears the result and the query, and resets everything else with Reset", () => {
    const done = runSucceeded(1, RESULT, highlight(["china"]))(running());
    expect(clearResult(done)).toMatchObject({ query: "", run: { status: "idle" } });
    const reset = resetAll({ ...done, selection: "china", reader: "r", panels: ["console"] });
    expect(reset).toMatchObject({
      selection: null,
      reader: null,
      query: "",
      run: { status: "idle" },
      panels: ["console"],
    });
  });

  it("restores a link but keeps the session", () => {
    const session = { ...running(), hovered: "china" };
    const restored = restoreLink({ ...DEFAULT_STATE, selection: "usa" })(session);
    expect(restored.selection).toBe("usa");
    expect(restored.run).toBe(session.run);
    expect(restored.hovered).toBe("china");
    expect(restored.history).toBe(session.history);
  });
});
