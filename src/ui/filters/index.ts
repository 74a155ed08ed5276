/**
 * Filter panel: actors (ego network or shortest paths), entity kinds, modalities, relationship types
 * and a date range, with shown/total counts and one reset. It only edits FilterState; the visibility
 * controller does the hiding.
 */
import "./filters.css";
import type { EntityRecord } from "../../contract/records.ts";
import { FAMILY_ORDERED_TYPES } from "../../model/relationship-families.ts";
import { MODALITIES } from "../../model/vocabulary.ts";
import type { GraphModel } from "../graph-model/types.ts";
import { isUncertain, kindColor } from "../graph-view/palette.ts";
import { el } from "../lib/dom.ts";
import { panelHeader } from "../lib/panel-header.ts";
import { createCombobox } from "../search/index.ts";
import type { FilterState } from "../state/types.ts";
import type { VisibilityCounts } from "./types.ts";
import { typeGroups } from "./type-groups.ts";
import { hasAnyFilter } from "./utils.ts";
import { checkboxGroup, countBy, radioGroup, toggled } from "./widgets.ts";

export interface FilterPanelActions {
  change: (change: (filters: FilterState) => FilterState) => void;
  reset: () => void;
  close: () => void;
  error: (message: string) => void;
}

/** Creates the panel in `root`; returns `update` to reflect the current filters and counts. */
export function createFilterPanel(root: HTMLElement, model: GraphModel, actions: FilterPanelActions) {
  const change = actions.change;
  const rels = [...model.relationships.values()];
  const kinds = countBy([...model.entities.values()].map((e) => e.kind));
  const types = countBy(rels.map((r) => r.type));
  const modalities = countBy(rels.map((r) => r.modality));
  for (const m of MODALITIES) if (!modalities.has(m)) modalities.set(m, 0);

  const names = new Map<string, string>();
  const actorsList = el("ul", { className: "chips", attrs: { "aria-label": "Chosen actors" } });
  const search = createCombobox({
    id: "actor-search",
    label: "Add an actor",
    placeholder: "Add an actor…",
    onPick: (entity: EntityRecord) => {
      names.set(entity.id, entity.name);
      change((f) => (f.actors.includes(entity.id) ? f : { ...f, actors: [...f.actors, entity.id] }));
    },
    onError: actions.error,
  });
  const focus = radioGroup(
    "focus",
    "Show",
    [
      ["ego", "Ego network"],
      ["paths", "Shortest paths (first two)"],
    ],
    (v) => change((f) => ({ ...f, focus: v === "paths" ? "paths" : "ego" })),
  );
  const depth = radioGroup(
    "depth",
    "Depth",
    [
      ["1", "1 hop"],
      ["2", "2 hops"],
    ],
    (v) => change((f) => ({ ...f, depth: v === "2" ? 2 : 1 })),
  );
  const kindBoxes = checkboxGroup(
    "kinds",
    [...kinds],
    (k) => kindColor(k),
    () => "swatch",
    (k, on) => change((f) => ({ ...f, hiddenKinds: toggled(f.hiddenKinds, k, !on) })),
  );
  const modalityBoxes = checkboxGroup(
    "modalities",
    [...modalities],
    () => "",
    (m) => (isUncertain(m) ? "line-dashed" : "line-solid"),
    (m, on) => change((f) => ({ ...f, hiddenModalities: toggled(f.hiddenModalities, m, !on) })),
  );
  const typeBoxes = typeGroups(types, (changed, shown) =>
    change((f) => ({
      ...f,
      hiddenTypes: shown
        ? f.hiddenTypes.filter((t) => !changed.includes(t))
        : [...f.hiddenTypes, ...changed.filter((t) => !f.hiddenTypes.includes(t))],
    })),
  );
  // Every type the vocabulary knows as well as those in the data: "No types" then reads as an empty
  // list of shown types in a link (st=), however many types this graph happens to use.
  const allTypes = [...new Set([...FAMILY_ORDERED_TYPES, ...types.keys()])];
  const typeButtons = el("div", { className: "button-row" }, [
    el("button", {
      className: "button small",
      text: "All types",
      attrs: { type: "button" },
      on: { click: () => change((f) => ({ ...f, hiddenTypes: [] })) },
    }),
    el("button", {
      className: "button small",
      text: "No types",
      attrs: { type: "button" },
      on: { click: () => change((f) => ({ ...f, hiddenTypes: allTypes })) },
    }),
  ]);
  const dateFrom = el("input", {
    attrs: { type: "date", id: "date-from", "aria-label": "Relationships from" },
  });
  const dateTo = el("input", { attrs: { type: "date", id: "date-to", "aria-label": "Relationships until" } });
  const onDate = () =>
    change((f) => ({ ...f, dateFrom: dateFrom.value || null, dateTo: dateTo.value || null }));
  dateFrom.addEventListener("change", onDate);
  dateTo.addEventListener("change", onDate);
  const counts = el("p", {
    className: "filter-counts",
    attrs: { id: "filter-counts", "aria-live": "polite" },
  });
  const reset = el("button", {
    className: "button primary",
    text: "Reset filters",
    attrs: { type: "button", id: "reset-filters" },
    on: { click: actions.reset },
  });

  const section = (title: string, ...children: HTMLElement[]) =>
    el("section", { className: "filter-section" }, [el("h3", { text: title }), ...children]);
  root.replaceChildren(
    panelHeader("Filters", "Close filters", actions.close),
    el("div", { className: "panel-scroll" }, [
      counts,
      reset,
      section("Actors", search.root, actorsList, focus.root, depth.root),
      section("Entity kinds", kindBoxes.root),
      section("Modality", modalityBoxes.root),
      section(
        "Date",
        el("div", { className: "date-row" }, [
          el("label", { text: "From", attrs: { for: "date-from" } }),
          dateFrom,
          el("label", { text: "to", attrs: { for: "date-to" } }),
          dateTo,
        ]),
      ),
      section("Relationship types", typeButtons, typeBoxes.root),
    ]),
  );

  return {
    update(filters: FilterState, shown: VisibilityCounts): void {
      actorsList.replaceChildren(
        ...filters.actors.map((id) => {
          const name = names.get(id) ?? model.entities.get(id)?.name ?? id;
          return el("li", { className: "chip", attrs: { "data-actor": id } }, [
            el("span", { text: name }),
            el("button", {
              className: "chip-remove",
              text: "✕",
              attrs: { type: "button", "aria-label": `Remove ${name}` },
              on: { click: () => change((f) => ({ ...f, actors: f.actors.filter((a) => a !== id) })) },
            }),
          ]);
        }),
      );
      focus.set(filters.focus);
      depth.set(String(filters.depth));
      depth.root.toggleAttribute("disabled", filters.focus === "paths" && filters.actors.length >= 2);
      kindBoxes.set((k) => !filters.hiddenKinds.includes(k));
      modalityBoxes.set((m) => !filters.hiddenModalities.includes(m));
      typeBoxes.set((t) => !filters.hiddenTypes.includes(t));
      dateFrom.value = filters.dateFrom ?? "";
      dateTo.value = filters.dateTo ?? "";
      counts.textContent = `Showing ${shown.nodesShown} of ${shown.nodesTotal} entities and ${shown.edgesShown} of ${shown.edgesTotal} relationships (${shown.nodesTotal - shown.nodesShown} entities, ${shown.edgesTotal - shown.edgesShown} relationships hidden).`;
      reset.disabled = !hasAnyFilter(filters);
    },
    focusSearch: () => search.input.focus(),
  };
}
