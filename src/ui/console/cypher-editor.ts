/**
 * Cypher editor: CodeMirror 6 with Neo4j's Cypher support (@neo4j-cypher/codemirror: highlighting,
 * schema-aware autocomplete of labels, relationship types and property keys, syntax lint), plus our
 * keys (Ctrl/Cmd+Enter runs, Ctrl/Cmd+Up/Down walk the history) and a lint source that shows the
 * server's error at its line and column until the query is edited.
 */
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { closeCompletion } from "@codemirror/autocomplete";
import { forceLinting, linter, type Diagnostic } from "@codemirror/lint";
import { Prec, StateEffect, StateField } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { SchemaResponse } from "../../contract/api/schema-info.ts";
import { offsetOf } from "./utils.ts";

export interface CypherEditorOptions {
  value: string;
  onRun: () => void;
  onHistory: (step: 1 | -1) => void;
}

export interface CypherEditor {
  api: EditorApi;
  getValue: () => string;
  setValue: (value: string) => void;
  setSchema: (schema: SchemaResponse) => void;
  showError: (message: string, position: { line: number; column: number } | null) => void;
  focus: () => void;
}

interface ServerError {
  message: string;
  from: number;
  to: number;
}

const setServerError = StateEffect.define<ServerError | null>();
const serverError = StateField.define<ServerError | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setServerError)) return effect.value;
    return tr.docChanged ? null : value;
  },
});

const serverLint = linter(
  (view): Diagnostic[] => {
    const error = view.state.field(serverError, false);
    return error
      ? [{ from: error.from, to: error.to, severity: "error", source: "server", message: error.message }]
      : [];
  },
  { delay: 0 },
);

/** Creates the editor inside `parent`. */
export function createEditor(parent: HTMLElement, options: CypherEditorOptions): CypherEditor {
  const keys = Prec.highest(
    keymap.of([
      { key: "Mod-Enter", run: (view) => (closeCompletion(view), options.onRun(), true) },
      { key: "Ctrl-Enter", run: (view) => (closeCompletion(view), options.onRun(), true) },
      { key: "Mod-ArrowUp", run: () => (options.onHistory(1), true) },
      { key: "Mod-ArrowDown", run: () => (options.onHistory(-1), true) },
    ]),
  );
  // The package returns `{ editor }` at run time although its typings say EditorApi: accept both.
  const created: unknown = createCypherEditor(parent, {
    value: options.value,
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    autocompleteCloseOnBlur: true,
    lint: true,
    history: true,
    theme: "light",
    placeholder: "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b",
    postExtensions: [
      keys,
      serverError,
      serverLint,
      EditorView.contentAttributes.of({ "aria-label": "Cypher query", "aria-multiline": "true" }),
    ],
  });
  const editor = ((created as { editor?: EditorApi }).editor ?? created) as EditorApi;
  return {
    api: editor,
    getValue: () => editor.codemirror.state.doc.toString(),
    setValue: (value) => editor.setValue(value),
    setSchema: (schema) =>
      editor.setSchema({
        labels: schema.labels.map((l) => `:${l.label}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t.type}`),
        propertyKeys: schema.propertyKeys,
      }),
    showError(message, position) {
      const view = editor.codemirror;
      const doc = view.state.doc.toString();
      const from = position ? offsetOf(doc, position.line, position.column) : 0;
      const lineEnd = doc.indexOf("\n", from);
      const to = position
        ? Math.max(from + 1, Math.min(doc.length, from + 1))
        : lineEnd < 0
          ? doc.length
          : lineEnd;
      view.dispatch({
        effects: setServerError.of({
          message,
          from: Math.min(from, doc.length),
          to: Math.min(Math.max(to, from), doc.length),
        }),
      });
      forceLinting(view);
    },
    focus: () => editor.focus(),
  };
}
