/**
 * Search box logic: keyboard movement in the suggestion listbox (wrapping, Home/End) and the text
 * shown for a suggestion. Pure so the combobox behaviour is tested without a browser.
 */
import type { EntityRecord } from "../../contract/records.ts";

/** The next active option index for a key, or null when the key does not move the selection. */
export function moveActive(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return active < 0 ? 0 : (active + 1) % count;
    case "ArrowUp":
      return active < 0 ? count - 1 : (active - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The secondary line of a suggestion: kind, German name when different, and a matching alias. */
export function suggestionDetail(entity: EntityRecord, query: string): string {
  const parts = [entity.kind];
  if (entity.name_de && entity.name_de !== entity.name) parts.push(entity.name_de);
  const folded = fold(query);
  const alias = entity.aliases.find((a) => folded && fold(a).includes(folded) && a !== entity.name_de);
  if (alias && !fold(entity.name).includes(folded)) parts.push(`alias ${alias}`);
  return parts.join(" · ");
}

/** Lower case without accents, for matching a typed query against names. */
export function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .trim();
}
