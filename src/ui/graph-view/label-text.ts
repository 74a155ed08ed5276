/**
 * Label text at rest: long entity names are shortened so that more labels fit without overlap
 * ("Ramstein meeting of Ukraine's supporters (12 October 2024)" takes the room of three names). A
 * parenthetical goes first, then the name is cut at a word boundary with an ellipsis. The selected,
 * hovered and emphasised entities show their full name. Pure, shared by the sigma styles (what is
 * drawn) and the label controller (what is measured), so the two always agree.
 */

/** Longest label drawn at rest, in characters. */
export const SHORT_LABEL_CHARS = 30;

const cache = new Map<string, string>();

/** The label shown at rest for a name (memoised: styles ask on every frame). */
export function shortLabel(name: string, max = SHORT_LABEL_CHARS): string {
  if (name.length <= max) return name;
  const key = `${max}|${name}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size > 50_000) cache.clear();
  const short = shorten(name, max);
  cache.set(key, short);
  return short;
}

function shorten(name: string, max: number): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  if (bare.length > 0 && bare.length <= max) return bare;
  const cut = bare.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:–-]+$/, "")}…`;
}

/** Whether an entity in this state shows its full name. */
export function showsFullLabel(state: {
  isSelected: boolean;
  isHovered: boolean;
  isEmphasized: boolean;
}): boolean {
  return state.isSelected || state.isHovered || state.isEmphasized;
}

/** The text drawn for an entity: its full name when it is in focus, else its short label. */
export function labelText(
  attrs: { label: string },
  state: { isSelected: boolean; isHovered: boolean; isEmphasized: boolean },
): string {
  return showsFullLabel(state) ? attrs.label : shortLabel(attrs.label);
}
