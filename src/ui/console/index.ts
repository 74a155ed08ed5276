/**
 * Cypher console: the editor, Run (Ctrl/Cmd+Enter), example queries, history (localStorage;
 * Ctrl/Cmd+Up/Down or the list), a JSON parameters box, and the result as graph highlight, table or
 * JSON in ARIA tabs. Errors show as text and at their position in the editor.
 */
import "./console.css";
import type { QueryResult } from "../../contract/query-result.ts";
import type { SchemaResponse } from "../../contract/api/schema-info.ts";
import { api, ApiRequestError } from "../api/client.ts";
import { QUERY_SUBMIT } from "../bench/marks.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { el } from "../lib/dom.ts";
import { panelHeader } from "../lib/panel-header.ts";
import type { Store } from "../lib/store.ts";
import type { AppState, ResultMode, ResultView } from "../state/types.ts";
import { createEditor } from "./cypher-editor.ts";
import { graphSummary, resultJson, resultTable } from "./results-view.ts";
import { createTabs } from "./tabs.ts";
import type { ResultHighlight, RunState } from "./types.ts";
import { EXAMPLE_QUERIES, parseHistory, parseParams, pushHistory, resultHighlight } from "./utils.ts";

const HISTORY_KEY = "lagebild:query-history";

export interface ConsoleDeps {
  store: Store<AppState>;
  model: () => GraphModel | null;
  onResult: (highlight: ResultHighlight | null) => void;
  /** Adds a result's entities the graph does not draw yet (the overview of a big graph). */
  bringIntoView?: (result: QueryResult) => void;
  select: (id: string) => void;
  close: () => void;
  error: (message: string | null) => void;
}

/** Creates the console in `root`. */
export function createConsole(root: HTMLElement, deps: ConsoleDeps) {
  const { store } = deps;
  let history = parseHistory(localStorage.getItem(HISTORY_KEY));
  let historyIndex = -1;
  let run: RunState = { status: "idle" };

  const editorHost = el("div", { className: "editor-host" });
  const errorBox = el("p", { className: "console-error", attrs: { role: "alert", id: "console-error" } });
  const paramsBox = el("textarea", {
    className: "params",
    attrs: {
      id: "query-params",
      rows: "2",
      spellcheck: "false",
      "aria-label": "Query parameters (JSON object)",
    },
  });
  paramsBox.value = store.get().params;
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
  const status = el("span", { className: "console-status", attrs: { "aria-live": "polite" } });

  const editor = createEditor(editorHost, {
    value: store.get().query,
    onRun: () => void execute(),
    onHistory: (step) => {
      const next = Math.max(-1, Math.min(history.length - 1, historyIndex + step));
      historyIndex = next;
      editor.setValue(next < 0 ? "" : (history[next] ?? ""));
    },
  });

  const renderHistory = () => {
    historySelect.replaceChildren(
      el("option", {
        text: history.length ? `History (${history.length})…` : "No history yet",
        attrs: { value: "" },
      }),
      ...history.map((q, i) =>
        el("option", { text: q.length > 80 ? `${q.slice(0, 77)}…` : q, attrs: { value: String(i) } }),
      ),
    );
  };
  renderHistory();
  examples.addEventListener("change", () => {
    const example = EXAMPLE_QUERIES[Number(examples.value)];
    if (example) editor.setValue(example.query);
    examples.value = "";
    editor.focus();
  });
  historySelect.addEventListener("change", () => {
    const query = history[Number(historySelect.value)];
    if (query !== undefined) editor.setValue(query);
    historySelect.value = "";
    editor.focus();
  });
  runButton.addEventListener("click", () => void execute());
  paramsBox.addEventListener("change", () => store.update((s) => ({ ...s, params: paramsBox.value })));

  const tabs = createTabs(
    "result",
    [
      ["graph", "Graph"],
      ["table", "Table"],
      ["json", "JSON"],
    ],
    (view) => store.update((s) => ({ ...s, resultView: view as ResultView })),
  );
  const modeSelect = el(
    "select",
    { attrs: { id: "result-mode", "aria-label": "How the result shows in the graph" } },
    [
      el("option", { text: "Highlight in graph", attrs: { value: "highlight" } }),
      el("option", { text: "Show result only", attrs: { value: "only" } }),
    ],
  );
  modeSelect.addEventListener("change", () =>
    store.update((s) => ({ ...s, resultMode: modeSelect.value as ResultMode })),
  );
  const clearButton = el("button", {
    className: "button small",
    text: "Clear result",
    attrs: { type: "button", id: "clear-result" },
    on: { click: () => clearResult() },
  });

  root.replaceChildren(
    panelHeader("Cypher console", "Close console", deps.close),
    el("div", { className: "console-body" }, [
      el("div", { className: "console-input" }, [
        editorHost,
        el("div", { className: "console-toolbar" }, [runButton, examples, historySelect, status]),
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

  function renderOutput(): void {
    const state = store.get();
    tabs.select(state.resultView);
    modeSelect.value = state.resultMode;
    clearButton.disabled = run.status !== "done";
    if (run.status === "done") {
      const model = deps.model();
      const view =
        state.resultView === "table"
          ? resultTable(run.result, model, deps.select)
          : state.resultView === "json"
            ? resultJson(run.result)
            : graphSummary(run.result, run.highlight);
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

  function clearResult(): void {
    run = { status: "idle" };
    deps.onResult(null);
    store.update((s) => ({ ...s, query: "" }));
    renderOutput();
  }

  async function execute(text = editor.getValue()): Promise<QueryResult | null> {
    const query = text.trim();
    if (!query) return null;
    const parsed = parseParams(paramsBox.value);
    if ("error" in parsed) {
      errorBox.textContent = parsed.error;
      return null;
    }
    performance.mark(QUERY_SUBMIT);
    history = pushHistory(history, query);
    historyIndex = -1;
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
    errorBox.textContent = "";
    run = { status: "running", query };
    status.textContent = "Running…";
    root.dataset.running = "true";
    store.update((s) => ({ ...s, query, params: paramsBox.value.trim() || "{}" }));
    renderOutput();
    try {
      const result = await api.query({ query, params: parsed.params });
      deps.bringIntoView?.(result);
      const model = deps.model();
      const highlight: ResultHighlight = model
        ? resultHighlight(result, model)
        : { nodes: new Set(), edges: new Set(), missingNodes: 0, missingEdges: 0 };
      run = { status: "done", query, result, highlight };
      status.textContent = `${result.rows.length} rows in ${result.summary.ms} ms`;
      deps.error(null);
      deps.onResult(highlight);
      if (highlight.nodes.size === 0 && store.get().resultView === "graph")
        store.update((s) => ({ ...s, resultView: "table" }));
      renderOutput();
      return result;
    } catch (error) {
      const e =
        error instanceof ApiRequestError ? error : new ApiRequestError(0, "client", (error as Error).message);
      run = { status: "error", query, message: e.message, code: e.code, position: e.position };
      const where = e.position ? ` (line ${e.position.line}, column ${e.position.column})` : "";
      errorBox.textContent = `${e.code}: ${e.message}${where}`;
      status.textContent = "Failed";
      editor.showError(e.message, e.position);
      deps.error(`Query failed: ${e.message}`);
      deps.onResult(null);
      renderOutput();
      return null;
    } finally {
      delete root.dataset.running;
    }
  }

  renderOutput();
  return {
    run: (query?: string) => {
      if (query !== undefined) editor.setValue(query);
      return execute();
    },
    setSchema: (schema: SchemaResponse) => editor.setSchema(schema),
    render: renderOutput,
    clear: clearResult,
    focus: () => editor.focus(),
    state: () => run,
  };
}
