/**
 * One relationship in the details panel: the other end (selects it), date, modality, quantity and how
 * many independent sources back it; "according to …" when the article gives the claim as someone
 * else's word (the speaker selects that entity); "if …" for what it depends on; "saying: …" for what a
 * statement voices; then every quote, each
 * opening the source reader at its own offsets. All text goes in as text, never as HTML.
 */
import type { RelationshipView } from "../../contract/api/nodes.ts";
import { el } from "../lib/dom.ts";
import { isUncertain, kindColor } from "../graph-view/palette.ts";
import { sourceCountLabel } from "./utils.ts";

/** What a relationship item can do. */
export interface RelationshipItemActions {
  select: (id: string) => void;
  /** Opens the source reader at piece `index` of the relationship's evidence. */
  openSource: (relationshipId: string, index: number) => void;
}

function entityLink(id: string, name: string, className: string, actions: RelationshipItemActions) {
  return el("button", {
    className: `link-button ${className}`,
    text: name,
    attrs: { type: "button", "data-entity": id, title: `Select ${name}` },
    on: { click: () => actions.select(id) },
  });
}

function meta(rel: RelationshipView): HTMLElement {
  const modality = el("span", {
    className: `modality modality-${isUncertain(rel.modality) ? "uncertain" : "fact"}`,
    text: rel.modality,
  });
  const row = el("div", { className: "rel-meta" }, [
    el("span", { className: "rel-date", text: rel.date }),
    modality,
    rel.quantity
      ? el("span", { className: "rel-quantity", text: rel.quantity, attrs: { title: "quantity" } })
      : null,
    el("span", { className: "kind-dot", attrs: { "aria-hidden": "true" } }),
    el("span", { className: "rel-kind", text: rel.other.kind }),
    el("span", { className: "rel-sources", text: sourceCountLabel(rel.evidence.length, rel.sourceCount) }),
  ]);
  row.style.setProperty("--kind-color", kindColor(rel.other.kind));
  return row;
}

function provenance(rel: RelationshipView, actions: RelationshipItemActions): HTMLElement | null {
  const parts: HTMLElement[] = [];
  if (rel.attributedTo) {
    parts.push(
      el("span", { className: "rel-attribution" }, [
        "according to ",
        entityLink(rel.attributedTo.id, rel.attributedTo.name, "rel-speaker", actions),
      ]),
    );
  }
  if (rel.condition) {
    const { id, kind, label } = rel.condition;
    parts.push(
      el("span", { className: "rel-condition", attrs: { "data-condition": id } }, [
        "if ",
        kind === "entity"
          ? entityLink(id, label, "rel-condition-entity", actions)
          : el("span", { text: label }),
      ]),
    );
  }
  if (rel.says?.length) {
    parts.push(
      el("span", { className: "rel-says" }, ["saying: ", rel.says.map((said) => said.label).join("; ")]),
    );
  }
  return parts.length ? el("p", { className: "rel-provenance" }, parts) : null;
}

function quotes(rel: RelationshipView, actions: RelationshipItemActions): HTMLElement | null {
  const items = rel.evidence
    .map((evidence, index) =>
      evidence.quote
        ? el("li", {}, [
            el(
              "button",
              {
                className: "quote",
                attrs: {
                  type: "button",
                  lang: "de",
                  "data-relationship": rel.id,
                  "data-evidence": String(index),
                  "aria-label": `Open the source ${evidence.source} at: ${evidence.quote}`,
                  title: `${evidence.source}, characters ${evidence.start}–${evidence.end}`,
                },
                on: { click: () => actions.openSource(rel.id, index) },
              },
              [el("q", { text: evidence.quote })],
            ),
          ])
        : null,
    )
    .filter((item): item is HTMLLIElement => item !== null);
  return items.length ? el("ul", { className: "quote-list" }, items) : null;
}

/** The list item of one relationship. */
export function relationshipItem(rel: RelationshipView, actions: RelationshipItemActions): HTMLElement {
  return el("li", { className: "rel-item", attrs: { "data-relationship": rel.id } }, [
    entityLink(rel.other.id, rel.other.name, "rel-other", actions),
    meta(rel),
    provenance(rel, actions),
    rel.summary ? el("p", { className: "rel-summary", text: rel.summary }) : null,
    quotes(rel, actions),
  ]);
}
