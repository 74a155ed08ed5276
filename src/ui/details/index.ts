/**
 * Details panel: the selected entity (names in English and German, kind, description, aliases) and
 * its relationships grouped by type and direction (each drawn by relationship-item.ts: date,
 * modality, quantity, attribution, condition, every German quote and how many sources back it).
 * The other end of a relationship selects that entity; a quote opens the source reader.
 */
import "./details.css";
import type { NodeDetailsResponse } from "../../contract/api/nodes.ts";
import { DETAILS_DEFAULT_LIMIT } from "../../contract/limits.ts";
import { api } from "../api/client.ts";
import { el } from "../lib/dom.ts";
import { kindColor } from "../graph-view/palette.ts";
import { relationshipItem } from "./relationship-item.ts";
import { groupHeading, groupRelationships } from "./utils.ts";

export interface DetailsActions {
  select: (id: string) => void;
  /** Opens the source reader at piece `index` of the relationship's evidence. */
  openSource: (relationshipId: string, index: number) => void;
  showEgo: (id: string) => void;
  close: () => void;
  error: (message: string) => void;
}

function kindBadge(kind: string): HTMLElement {
  const badge = el("span", { className: "kind-badge", text: kind });
  badge.style.setProperty("--kind-color", kindColor(kind));
  return badge;
}

function render(
  body: HTMLElement,
  data: NodeDetailsResponse,
  actions: DetailsActions,
  more: () => void,
): void {
  const { entity, relationships, total } = data;
  const titleId = "details-title";
  const header = el("header", { className: "details-header" }, [
    el("h2", { text: entity.name, attrs: { id: titleId, tabindex: "-1" } }),
    entity.name_de && entity.name_de !== entity.name
      ? el("p", { className: "name-de", attrs: { lang: "de" } }, [
          "Deutsch: ",
          el("span", { text: entity.name_de }),
        ])
      : null,
    kindBadge(entity.kind),
    entity.date
      ? el("span", { className: "entity-date", attrs: { title: "When it happens" } }, [entity.date])
      : null,
  ]);
  const aliases = entity.aliases.length
    ? el("p", { className: "aliases" }, ["Also: ", el("span", { text: entity.aliases.join(", ") })])
    : null;
  const toolbar = el("div", { className: "details-actions" }, [
    el("button", {
      className: "button",
      text: "Ego network",
      attrs: { type: "button" },
      on: { click: () => actions.showEgo(entity.id) },
    }),
  ]);
  const groups = groupRelationships(relationships).map((group) =>
    el("section", { className: "rel-group", attrs: { "data-group": group.key } }, [
      el("h3", { className: "rel-heading" }, [
        el("span", { text: groupHeading(group) }),
        el("span", { className: "count", text: String(group.items.length) }),
      ]),
      el(
        "ul",
        { className: "rel-list" },
        group.items.map((rel) => relationshipItem(rel, actions)),
      ),
    ]),
  );
  body.setAttribute("aria-labelledby", titleId);
  const description = entity.description
    ? el("p", { className: "description", text: entity.description })
    : null;
  body.replaceChildren(
    ...[header, description, aliases, toolbar].filter((node): node is HTMLElement => node !== null),
    el("h3", { className: "section-title", text: `Relationships (${total.toLocaleString("en")})` }),
    ...(relationships.length < total
      ? [
          el("p", {
            className: "muted details-page",
            text: `Listing ${relationships.length.toLocaleString("en")} of ${total.toLocaleString("en")}, those with the most central other ends.`,
          }),
        ]
      : []),
    ...(groups.length ? groups : [el("p", { className: "muted", text: "No relationships." })]),
    ...(relationships.length < total
      ? [
          el("button", {
            className: "button details-more",
            text: `Show ${Math.min(DETAILS_DEFAULT_LIMIT, total - relationships.length).toLocaleString("en")} more`,
            attrs: { type: "button", id: "details-more" },
            on: { click: more },
          }),
        ]
      : []),
  );
}

/** Creates the details panel in `root`; `show` loads an entity from the API. */
export function createDetailsPanel(root: HTMLElement, actions: DetailsActions) {
  const body = el("div", { className: "details-body" });
  const nav = el("div", { className: "panel-nav" }, [
    el("button", {
      className: "icon-button",
      text: "←",
      attrs: { type: "button", "aria-label": "Back", title: "Back (history)" },
      on: { click: () => history.back() },
    }),
    el("button", {
      className: "icon-button",
      text: "→",
      attrs: { type: "button", "aria-label": "Forward", title: "Forward (history)" },
      on: { click: () => history.forward() },
    }),
    el("span", { className: "panel-title", text: "Details" }),
    el("button", {
      className: "icon-button",
      text: "✕",
      attrs: { type: "button", "aria-label": "Close details", title: "Close (Esc)" },
      on: { click: () => actions.close() },
    }),
  ]);
  root.replaceChildren(nav, body);
  let current: string | null = null;
  return {
    async show(id: string): Promise<void> {
      if (current === id) return;
      current = id;
      root.dataset.loading = "true";
      try {
        let data = await api.node(id);
        if (current !== id) return;
        const hadFocus = root.contains(document.activeElement);
        const more = (): void => {
          api.node(id, data.relationships.length).then(
            (page) => {
              if (current !== id) return;
              data = { ...page, relationships: [...data.relationships, ...page.relationships] };
              const scroll = body.scrollTop;
              render(body, data, actions, more);
              body.scrollTop = scroll;
            },
            (e: Error) => actions.error(`Could not load more relationships of “${id}”: ${e.message}`),
          );
        };
        render(body, data, actions, more);
        // Keep keyboard users in the panel when they followed a relationship from it.
        if (hadFocus) body.querySelector<HTMLElement>("#details-title")?.focus();
        root.dataset.entity = id;
        body.scrollTop = 0;
      } catch (error) {
        if (current !== id) return;
        body.replaceChildren(
          el("p", { className: "error", text: `Could not load “${id}”: ${(error as Error).message}` }),
        );
        actions.error((error as Error).message);
      } finally {
        if (current === id) delete root.dataset.loading;
      }
    },
    clear(): void {
      current = null;
      delete root.dataset.entity;
      body.replaceChildren();
    },
  };
}
