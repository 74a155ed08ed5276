/**
 * Legend: entity kinds by colour (only the kinds present), and solid versus dashed relationships by
 * modality. Collapsible so it never covers the graph on small screens.
 */
import { ENTITY_KINDS, MODALITIES } from "../../model/vocabulary.ts";
import { el } from "../lib/dom.ts";
import { FACT_MODALITIES, isUncertain, kindColor } from "./palette.ts";

/** Renders the legend for the kinds present in the graph. */
export function renderLegend(root: HTMLElement, kinds: Set<string>): void {
  const ordered = [
    ...ENTITY_KINDS.filter((k) => kinds.has(k)),
    ...[...kinds].filter((k) => !ENTITY_KINDS.includes(k as never)).sort(),
  ];
  const items = ordered.map((kind) => {
    const swatch = el("span", { className: "sample swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.setProperty("--sample-color", kindColor(kind));
    return el("li", {}, [swatch, el("span", { text: kind })]);
  });
  const lines = [
    el("li", {}, [
      el("span", { className: "sample line-solid", attrs: { "aria-hidden": "true" } }),
      el("span", { text: `${FACT_MODALITIES.join(", ")} (stated)` }),
    ]),
    el("li", {}, [
      el("span", { className: "sample line-dashed", attrs: { "aria-hidden": "true" } }),
      el("span", { text: MODALITIES.filter(isUncertain).join(", ") }),
    ]),
  ];
  root.replaceChildren(
    el("details", { attrs: window.innerHeight >= 700 ? { open: "" } : {} }, [
      el("summary", { text: "Legend" }),
      el("ul", { className: "legend-list", attrs: { "aria-label": "Entity kinds" } }, items),
      el("ul", { className: "legend-list", attrs: { "aria-label": "Relationship modalities" } }, lines),
      el("p", {
        className: "legend-note",
        text: "Size: relationships (or PageRank). Arrows: actor → target. Hover or select an entity to read its relationship types.",
      }),
    ]),
  );
}
