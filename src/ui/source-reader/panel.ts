/**
 * The source reader as a panel: a modal dialog showing the source document of the relationship
 * named by `reader` ("id", or "id#N" for its piece of evidence N), with that quote marked and the
 * speaker the claim is attributed to in the caption. It opens once the graph model knows that
 * relationship.
 */
import type { Panel, PanelContext } from "../app/panel.ts";
import type { AppState } from "../state/types.ts";
import { createSourceReader } from "./index.ts";
import { api } from "../api/client.ts";
import { parseReaderTarget } from "./utils.ts";

export function sourceReaderPanel(): Panel {
  let reader: ReturnType<typeof createSourceReader> | null = null;
  let context: PanelContext | null = null;
  let shown: string | null | undefined;

  function show(state: AppState): void {
    const model = context?.model();
    if (!reader || !model || state.reader === shown) return;
    shown = state.reader;
    const target = state.reader ? parseReaderTarget(state.reader) : null;
    const rel = target ? model.relationships.get(target.relationship) : undefined;
    const evidence = target ? rel?.evidence[target.index] : undefined;
    if (rel && target && !evidence && rel.evidence.length === 0 && state.selection) {
      // The overview of a big graph holds no quotes: they come with the selected entity's details.
      void openFromDetails(state.selection, target, state.reader);
      return;
    }
    if (!rel || !target || !evidence) return reader.close();
    const name = (id: string) => model.entities.get(id)?.name ?? id;
    const according = rel.attributed_to ? ` · according to ${name(rel.attributed_to)}` : "";
    const which = rel.evidence.length > 1 ? ` · quote ${target.index + 1} of ${rel.evidence.length}` : "";
    void reader.open(
      evidence,
      `${name(rel.source)} ${rel.type.replace(/_/g, " ")} ${name(rel.target)} · ${rel.date} · ${rel.modality}${according}${which}`,
    );
  }

  async function openFromDetails(
    selection: string,
    target: { relationship: string; index: number },
    wanted: string | null,
  ): Promise<void> {
    const details = await api.node(selection).catch(() => null);
    const view = details?.relationships.find((r) => r.id === target.relationship);
    const evidence = view?.evidence[target.index];
    if (!reader || !view || !evidence || shown !== wanted) return reader?.close();
    const model = context?.model();
    const name = (id: string) => model?.entities.get(id)?.name ?? id;
    const [from, to] = view.direction === "out" ? [selection, view.other.id] : [view.other.id, selection];
    const according = view.attributedTo ? ` · according to ${view.attributedTo.name}` : "";
    void reader.open(
      evidence,
      `${name(from)} ${view.type.replace(/_/g, " ")} ${name(to)} · ${view.date} · ${view.modality}${according}`,
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
