/**
 * Text folding for search: lower case, no accents, single spaces, so that "Selenskyj", "selenskyj"
 * and "Peking" match however a user types them. Used when loading (the stored `search_text`) and when
 * searching (the query), so both sides fold the same way.
 */

/** Folds a string for accent- and case-insensitive matching. */
export function foldText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
