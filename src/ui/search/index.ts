/**
 * Entity search box: an ARIA combobox over GET /api/search. Typing debounces a search; ArrowUp/Down,
 * Home/End move in the listbox, Enter picks, Escape closes. Used for the main search and for choosing
 * actors in the filter panel.
 */
import "./search.css";
import type { EntityRecord } from "../../contract/records.ts";
import { api } from "../api/client.ts";
import { el } from "../lib/dom.ts";
import { moveActive, suggestionDetail } from "./utils.ts";

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  onPick: (entity: EntityRecord) => void;
  onError: (message: string) => void;
}

export interface Combobox {
  root: HTMLElement;
  input: HTMLInputElement;
}

/** Creates a search combobox; results are rendered as text only. */
export function createCombobox(options: ComboboxOptions): Combobox {
  const listId = `${options.id}-listbox`;
  const input = el("input", {
    className: "combobox-input",
    attrs: {
      id: options.id,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      placeholder: options.placeholder,
    },
  });
  const label = el("label", {
    className: "visually-hidden",
    text: options.label,
    attrs: { for: options.id },
  });
  const list = el("ul", {
    className: "combobox-list",
    attrs: { id: listId, role: "listbox", "aria-label": options.label },
  });
  list.hidden = true;
  const root = el("div", { className: "combobox" }, [label, input, list]);

  let results: EntityRecord[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
      if (i === index) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    });
  };
  const pick = (index: number) => {
    const entity = results[index];
    if (!entity) return;
    close();
    input.value = "";
    options.onPick(entity);
  };
  const render = (query: string) => {
    list.replaceChildren(
      ...results.map((entity, i) =>
        el(
          "li",
          {
            className: "combobox-option",
            attrs: { id: `${listId}-${i}`, role: "option", "aria-selected": "false", "data-id": entity.id },
            on: { mousedown: (event) => event.preventDefault(), click: () => pick(i) },
          },
          [
            el("span", { className: "option-name", text: entity.name }),
            el("span", { className: "option-detail", text: suggestionDetail(entity, query) }),
          ],
        ),
      ),
    );
    if (results.length === 0)
      list.append(
        el("li", {
          className: "combobox-empty",
          text: `No entity matches “${query}”`,
          attrs: { role: "presentation" },
        }),
      );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(results.length > 0 ? 0 : -1);
  };
  const search = async (query: string) => {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    try {
      const response = await api.search(query, own.signal);
      if (input.value.trim() !== query) return;
      results = response.results;
      render(query);
    } catch (error) {
      // This search's own signal: a later keystroke aborts it (and has replaced `controller`).
      if ((error as Error).name === "AbortError" || own.signal.aborted) return;
      options.onError(`Search failed: ${(error as Error).message}`);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(() => void search(query), 150);
  });
  input.addEventListener("keydown", (event) => {
    const open = !list.hidden;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && open) {
      event.preventDefault();
      const next = moveActive(event.key, active, results.length);
      if (next !== null) setActive(next);
    } else if (event.key === "ArrowDown" && input.value.trim()) {
      event.preventDefault();
      void search(input.value.trim());
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
  return { root, input };
}
