/**
 * Relationship-type filter: the types grouped by family (model/relationship-families.ts), each group
 * collapsible with its counts and its own "All" and "None", and a filter-as-you-type box that narrows
 * the list and opens the groups it matches. Nothing scrolls inside it: the panel is the only
 * scroller. Native checkboxes and buttons, so keyboard and screen readers work without extra code.
 */
import { familyOf, RELATIONSHIP_FAMILIES } from "../../model/relationship-families.ts";
import { el } from "../lib/dom.ts";

interface Group {
  id: string;
  label: string;
  types: string[];
  root: HTMLElement;
  toggle: HTMLButtonElement;
  body: HTMLElement;
  count: HTMLElement;
  rows: Map<string, { row: HTMLElement; input: HTMLInputElement }>;
  open: boolean;
}

/** Builds the groups for the types in `counts` (type → relationships); `onChange(types, shown)`. */
export function typeGroups(
  counts: ReadonlyMap<string, number>,
  onChange: (types: string[], shown: boolean) => void,
) {
  const families = [
    ...RELATIONSHIP_FAMILIES.map((f) => ({ id: f.id, label: f.label, types: [...f.types] as string[] })),
    { id: "other", label: "Other types", types: [...counts.keys()].filter((t) => familyOf(t) === "other") },
  ]
    .map((f) => ({ ...f, types: f.types.filter((t) => counts.has(t)) }))
    .filter((f) => f.types.length > 0);
  let query = "";

  const groups: Group[] = families.map((family) => {
    const bodyId = `type-group-${family.id}`;
    const rows = new Map<string, { row: HTMLElement; input: HTMLInputElement }>();
    const body = el(
      "ul",
      { className: "checkbox-list checkbox-types", attrs: { id: bodyId } },
      family.types.map((type) => {
        const input = el("input", { attrs: { type: "checkbox", name: "types", value: type, checked: "" } });
        input.addEventListener("change", () => onChange([type], input.checked));
        const row = el("li", {}, [
          el("label", {}, [
            input,
            el("span", { className: "label-text", text: type.replace(/_/g, " ") }),
            el("span", { className: "count", text: String(counts.get(type) ?? 0) }),
          ]),
        ]);
        rows.set(type, { row, input });
        return row;
      }),
    );
    const toggle = el("button", {
      className: "type-group-toggle",
      attrs: { type: "button", "aria-expanded": "false", "aria-controls": bodyId },
    });
    const count = el("span", { className: "type-group-count" });
    const groupButton = (text: string, label: string, shown: boolean) =>
      el("button", {
        className: "button small",
        text,
        attrs: { type: "button", "aria-label": label, "data-group": family.id },
        on: { click: () => onChange(family.types, shown) },
      });
    const root = el("li", { className: "type-group", attrs: { "data-family": family.id } }, [
      el("div", { className: "type-group-header" }, [
        toggle,
        count,
        groupButton("All", `Show all ${family.label} types`, true),
        groupButton("None", `Hide all ${family.label} types`, false),
      ]),
      body,
    ]);
    const group: Group = { ...family, root, toggle, body, count, rows, open: false };
    toggle.addEventListener("click", () => {
      group.open = !group.open;
      layout();
    });
    return group;
  });

  const filter = el("input", {
    className: "type-filter",
    attrs: {
      type: "search",
      id: "type-filter",
      placeholder: "Filter types…",
      "aria-label": "Filter relationship types",
      autocomplete: "off",
    },
  });
  const none = el("p", { className: "muted type-filter-none", text: "No relationship type matches." });
  filter.addEventListener("input", () => {
    query = filter.value
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, " ");
    layout();
  });

  /** Shows what the query matches (groups with a match open) or the groups as the user left them. */
  function layout(): void {
    let any = false;
    for (const group of groups) {
      const labelHit = query !== "" && group.label.toLowerCase().includes(query);
      let matches = 0;
      for (const [type, { row }] of group.rows) {
        const hit = query === "" || labelHit || type.replace(/_/g, " ").toLowerCase().includes(query);
        row.hidden = !hit;
        if (hit) matches++;
      }
      group.root.hidden = matches === 0;
      any ||= matches > 0;
      const open = query !== "" ? matches > 0 : group.open;
      group.body.hidden = !open;
      group.toggle.setAttribute("aria-expanded", String(open));
      group.toggle.textContent = `${open ? "▾" : "▸"} ${group.label}`;
    }
    none.hidden = any;
  }

  const root = el("div", { className: "type-groups" }, [
    filter,
    el(
      "ul",
      { className: "type-group-list" },
      groups.map((g) => g.root),
    ),
    none,
  ]);
  layout();

  return {
    root,
    /** Reflects which types are shown (checkboxes and each group's "shown of total"). */
    set(shown: (type: string) => boolean): void {
      for (const group of groups) {
        let on = 0;
        let relationships = 0;
        for (const [type, { input }] of group.rows) {
          input.checked = shown(type);
          if (input.checked) {
            on++;
            relationships += counts.get(type) ?? 0;
          }
        }
        group.count.textContent = `${on}/${group.types.length} · ${relationships}`;
        group.count.title = `${on} of ${group.types.length} types shown, ${relationships} relationships`;
        group.root.classList.toggle("partly-hidden", on < group.types.length);
      }
    },
  };
}
