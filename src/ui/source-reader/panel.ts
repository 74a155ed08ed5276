/**
 * The source reader as a panel: a modal dialog showing the source document of the relationship
 * named by `reader`, with its quote marked. It opens once the graph model knows that relationship.
 */
import type { Panel, PanelContext } from "../app/panel.ts";
import type { AppState } from "../state/types.ts";
import { createSourceReader } from "./index.ts";

export function sourceReaderPanel(): Panel {
  let reader: ReturnType<typeof createSourceReader> | null = null;
  let context: PanelContext | null = null;
  let shown: string | null | undefined;

  function show(state: AppState): void {
    const model = context?.model();
    if (!reader || !model || state.reader === shown) return;
    shown = state.reader;
    const rel = state.reader ? model.relationships.get(state.reader) : undefined;
    if (!rel?.evidence) return reader.close();
    const name = (id: string) => model.entities.get(id)?.name ?? id;
    void reader.open(
      rel.evidence,
      `${name(rel.source)} ${rel.type.replace(/_/g, " ")} ${name(rel.target)} · ${rel.date} · ${rel.modality}`,
    );
  }

  return {
    spec: {
      name: "reader",
      id: "source-reader",
      label: "Source",
      element: "dialog",
      className: "source-reader",
      slot: "dialog",
    },
    mount(root, ctx) {
      context = ctx;
      reader = createSourceReader(root as HTMLDialogElement, ctx.actions.closeSource);
      void ctx.loaded.then(() => show(ctx.store.get()));
    },
    isOpen: (state) => state.reader !== null,
    render: (state) => show(state),
  };
}
