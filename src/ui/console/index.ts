/**
 * Cypher console: the editor, Run (Ctrl/Cmd+Enter), Cancel query (shown while one runs; Escape),
 * example queries, history (Ctrl/Cmd+Up/Down or the list), a JSON parameters box, and the result as graph highlight, table or JSON in ARIA tabs.
 * Errors show as text and at their position in the editor. The run, its result and the history live
 * in the store: Run asks for a query (actions.requestQuery) and app/query-runner.ts sends it once;
 * Cancel asks the runner to abort it (actions.cancelQuery); `render` shows whatever the state holds.
 */
import "./console.css";
import type { SchemaResponse } from "../../contract/api/schema-info.ts";
import { QUERY_SUBMIT } from "../bench/marks.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { el } from "../lib/dom.ts";
import { panelHeader } from "../lib/panel-header.ts";
import type { Actions } from "../state/actions.ts";
import type { AppState, ResultMode, ResultView } from "../state/types.ts";
import { createEditor } from "./cypher-editor.ts";
import { graphSummary, resultJson, resultTable } from "./results-view.ts";
import { createTabs } from "./tabs.ts";
import { plainError, type PlainError } from "./plain-error.ts";
import { EXAMPLE_QUERIES, parseParams, type HiddenSets } from "./utils.ts";

/** Shows an error in plain words, its hint, and the engine's own text one click away. */
function showError(box: HTMLElement, error: PlainError): void {
  box.replaceChildren(
    el("p", { className: "console-error-message", text: error.message }),
    ...(error.hint ? [el("p", { className: "console-error-hint", text: error.hint })] : []),
    el("details", { className: "console-error-raw" }, [
      el("summary", { text: "Engine's message" }),
      el("code", { text: error.raw }),
    ]),
  );
}

export interface ConsoleDeps {
  actions: Actions;
  /** The current state (for the parameters and history when a key is pressed). */
  state: () => AppState;
  model: () => GraphModel | null;
  close: () => void;
}

/** Creates the console in `root`. */
export function createConsole(root: HTMLElement, deps: ConsoleDeps) {
  const { actions } = deps;
  let historyIndex = -1;
  let hidden: HiddenSets | null = null;
  let lastState: AppState | null = null;

  const editorHost = el("div", { className: "editor-host" });
  const errorBox = el("div", { className: "console-error", attrs: { role: "alert", id: "console-error" } });
  const paramsBox = el("textarea", {
    className: "params",
    attrs: {
      id: "query-params",
      rows: "2",
      spellcheck: "false",
      "aria-label": "Query parameters (JSON object)",
    },
  });
  paramsBox.value = deps.state().params;
  const examples = el("select", { attrs: { "aria-label": "Example queries", id: "example-queries" } }, [
    el("option", { text: "Examples…", attrs: { value: "" } }),
    ...EXAMPLE_QUERIES.map((e, i) => el("option", { text: e.title, attrs: { value: String(i) } })),
  ]);
  const historySelect = el("select", { attrs: { "aria-label": "Query history", id: "query-history" } });
  const runButton = el("button", {
    className: "button primary",
    text: "Run",
    attrs: { type: "button", id: "run-query", title: "Run (Ctrl+Enter)" },
  });
  const cancelButton = el("button", {
    className: "button",
    text: "Cancel query",
    attrs: { type: "button", id: "cancel-query", title: "Stop the running query (Escape)", hidden: "" },
  });
  const status = el("span", { className: "console-status", attrs: { "aria-live": "polite" } });

  const editor = createEditor(editorHost, {
    value: deps.state().query,
    onRun: () => submit(),
    onHistory: (step) => {
      const history = deps.state().history;
      const next = Math.max(-1, Math.min(history.length - 1, historyIndex + step));
      historyIndex = next;
      editor.setValue(next < 0 ? "" : (history[next] ?? ""));
    },
  });

  examples.addEventListener("change", () => {
    const example = EXAMPLE_QUERIES[Number(examples.value)];
    if (example) editor.setValue(example.query);
    examples.value = "";
    editor.focus();
  });
  historySelect.addEventListener("change", () => {
    const query = deps.state().history[Number(historySelect.value)];
    if (query !== undefined) editor.setValue(query);
    historySelect.value = "";
    editor.focus();
  });
  runButton.addEventListener("click", () => submit());
  cancelButton.addEventListener("click", () => actions.cancelQuery());
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && deps.state().run.status === "running") {
      event.stopPropagation();
      actions.cancelQuery();
    }
  });
  paramsBox.addEventListener("change", () => actions.setParams(paramsBox.value));

  const tabs = createTabs(
    "result",
    [
      ["graph", "Graph"],
      ["table", "Table"],
      ["json", "JSON"],
    ],
    (view) => actions.setResultView(view as ResultView),
  );
  const modeSelect = el(
    "select",
    { attrs: { id: "result-mode", "aria-label": "How the result shows in the graph" } },
    [
      el("option", { text: "Highlight in graph", attrs: { value: "highlight" } }),
      el("option", { text: "Show result only", attrs: { value: "only" } }),
    ],
  );
  modeSelect.addEventListener("change", () => actions.setResultMode(modeSelect.value as ResultMode));
  const clearButton = el("button", {
    className: "button small",
    text: "Clear result",
    attrs: { type: "button", id: "clear-result" },
    on: { click: () => actions.clearResult() },
  });

  root.replaceChildren(
    panelHeader("Cypher console", "Close console", deps.close),
    el("div", { className: "console-body" }, [
      el("div", { className: "console-input" }, [
        editorHost,
        el("div", { className: "console-toolbar" }, [
          runButton,
          cancelButton,
          examples,
          historySelect,
          status,
        ]),
        el("label", { className: "params-label", text: "Parameters (JSON)", attrs: { for: "query-params" } }),
        paramsBox,
        errorBox,
      ]),
      el("div", { className: "console-output" }, [
        el("div", { className: "output-bar" }, [tabs.list, modeSelect, clearButton]),
        tabs.panel,
      ]),
    ]),
  );

  /** Asks for the editor's query with the parameters box's values. */
  function submit(): void {
    const query = editor.getValue().trim();
    if (!query) return;
    const parsed = parseParams(paramsBox.value);
    if ("error" in parsed) {
      errorBox.textContent = parsed.error;
      return;
    }
    performance.mark(QUERY_SUBMIT);
    historyIndex = -1;
    actions.requestQuery(query, parsed.params, paramsBox.value);
  }

  function renderHistory(history: readonly string[]): void {
    historySelect.replaceChildren(
      el("option", {
        text: history.length ? `History (${history.length})…` : "No history yet",
        attrs: { value: "" },
      }),
      ...history.map((q, i) =>
        el("option", { text: q.length > 80 ? `${q.slice(0, 77)}…` : q, attrs: { value: String(i) } }),
      ),
    );
  }

  function renderOutput(state: AppState): void {
    const { run } = state;
    if (run.status === "done") {
      const model = deps.model();
      const view =
        state.resultView === "table"
          ? resultTable(
              run.result,
              model,
              (id) => actions.select(id),
              (id) => actions.openSource(id),
            )
          : state.resultView === "json"
            ? resultJson(run.result)
            : graphSummary(run.result, run.highlight, hidden);
      tabs.panel.replaceChildren(view);
    } else if (run.status === "running") {
      tabs.panel.replaceChildren(el("p", { className: "muted", text: "Running…" }));
    } else if (run.status === "error") {
      tabs.panel.replaceChildren(
        el("p", { className: "muted", text: "The query failed; see the message above." }),
      );
    } else {
      tabs.panel.replaceChildren(
        el("p", { className: "muted", text: "Run a query (Ctrl+Enter) or pick an example." }),
      );
    }
  }

  /** Shows a new run: its query in the editor (a link may have started it), its status and error. */
  function renderRun(state: AppState): void {
    const { run } = state;
    cancelButton.hidden = run.status !== "running";
    if (run.status === "running") {
      if (run.query !== editor.getValue().trim()) editor.setValue(run.query);
      errorBox.textContent = "";
      status.textContent = "Running…";
      root.dataset.running = "true";
      return;
    }
    delete root.dataset.running;
    if (run.status === "done") {
      status.textContent = `${run.result.rows.length} rows in ${run.result.summary.ms} ms`;
    } else if (run.status === "error") {
      showError(errorBox, plainError(run.code, run.message, run.position));
      status.textContent = run.code === "CANCELLED" ? "Cancelled" : "Failed";
      editor.showError(run.message, run.position);
    } else {
      status.textContent = "";
    }
  }

  return {
    render(state: AppState, prev: AppState | null): void {
      lastState = state;
      if (!prev || state.history !== prev.history) renderHistory(state.history);
      if (!prev || state.run !== prev.run) renderRun(state);
      if (!prev || state.params !== prev.params) {
        if (document.activeElement !== paramsBox) paramsBox.value = state.params;
      }
      tabs.select(state.resultView);
      modeSelect.value = state.resultMode;
      clearButton.disabled = state.run.status !== "done";
      if (!prev || state.run !== prev.run || state.resultView !== prev.resultView) renderOutput(state);
    },
    /** What the filters now hide (the graph summary counts only what is visible). */
    setHidden(next: HiddenSets): void {
      hidden = next;
      if (lastState?.run.status === "done" && lastState.resultView === "graph") renderOutput(lastState);
    },
    setSchema: (schema: SchemaResponse) => editor.setSchema(schema),
    focus: () => editor.focus(),
  };
}
