/**
 * Filter widgets: labelled checkbox and radio groups (native inputs, so keyboard and screen readers
 * work without extra code) and the small list helpers the panel uses.
 */
import { el } from "../lib/dom.ts";

/** Counts occurrences, keeping first-seen order. */
export function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Adds or removes `value` from a list (no duplicates). */
export function toggled(list: readonly string[], value: string, present: boolean): string[] {
  const rest = list.filter((v) => v !== value);
  return present ? [...rest, value] : rest;
}

/** A group of checkboxes, one per value with its count; `set` updates which are checked. */
export function checkboxGroup(
  name: string,
  entries: [string, number][],
  color: (value: string) => string,
  marker: (value: string) => string,
  onToggle: (value: string, checked: boolean) => void,
) {
  const boxes = new Map<string, HTMLInputElement>();
  const root = el(
    "ul",
    { className: `checkbox-list checkbox-${name}` },
    entries.map(([value, count]) => {
      const input = el("input", { attrs: { type: "checkbox", name, value, checked: "" } });
      input.addEventListener("change", () => onToggle(value, input.checked));
      boxes.set(value, input);
      const sample = el("span", { className: `sample ${marker(value)}`, attrs: { "aria-hidden": "true" } });
      if (color(value)) sample.style.setProperty("--sample-color", color(value));
      return el("li", {}, [
        el("label", {}, [
          input,
          sample,
          el("span", { className: "label-text", text: value.replace(/_/g, " ") }),
          el("span", { className: "count", text: String(count) }),
        ]),
      ]);
    }),
  );
  return {
    root,
    set(checked: (value: string) => boolean): void {
      for (const [value, input] of boxes) input.checked = checked(value);
    },
  };
}

/** A fieldset of radio buttons; `set` selects a value. */
export function radioGroup(
  name: string,
  legend: string,
  options: [string, string][],
  onChange: (value: string) => void,
) {
  const inputs = new Map<string, HTMLInputElement>();
  const root = el("fieldset", { className: "radio-group" }, [
    el("legend", { text: legend }),
    ...options.map(([value, label]) => {
      const input = el("input", { attrs: { type: "radio", name, value } });
      input.addEventListener("change", () => input.checked && onChange(value));
      inputs.set(value, input);
      return el("label", {}, [input, el("span", { text: label })]);
    }),
  ]);
  return {
    root,
    set(value: string): void {
      for (const [v, input] of inputs) input.checked = v === value;
    },
  };
}
