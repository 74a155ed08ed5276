/**
 * Own strings: the validated records' strings made independent of the file texts they were read from.
 *
 * Why: a substring of a long text is, in V8, a pointer into that text, so one summary kept from a
 * relationships file keeps the whole file alive, and in UTF-16, as every file holding a „quote“ is.
 * At 500k relationships that pinned about 490 MB of YAML text for as long as the graph lived. Here
 * each kept string becomes its own: ids become the one string of the entity or source they name,
 * a quote becomes a slice of its source's text (kept anyway, and checked to be equal), and any other
 * text a copy (Latin-1 text is stored one byte per character). Values do not change, only where
 * their characters live.
 */
import type { Entity, Relationship } from "./schema.ts";

/** V8 copies substrings shorter than this instead of pointing into their text. */
const SHORT = 13;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let scratch = new Uint8Array(1 << 16);

/** `String.prototype.isWellFormed` (ES2024, in every Node this project supports; not in its ES2023 lib). */
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** A copy of `s` that does not hold on to the text it was cut from (equal to `s`). */
export function ownString(s: string): string {
  // A lone surrogate would not survive UTF-8; such a (rare) string is kept as it is.
  if (s.length < SHORT || !isWellFormed(s)) return s;
  if (s.length * 3 > scratch.length) scratch = new Uint8Array(s.length * 3);
  const { written } = encoder.encodeInto(s, scratch);
  return decoder.decode(scratch.subarray(0, written));
}

/** Where a relationship's strings can be shared from. */
export interface StringHomes {
  /** The canonical string of an id (an entity's or a source's), when it is one. */
  id(value: string): string | undefined;
  /** A source's text by source id, when the source is known. */
  sourceText(source: string): string | undefined;
}

function ownId(homes: StringHomes, value: string): string {
  return homes.id(value) ?? ownString(value);
}

/** Makes the strings of a checked relationship its own, in place; returns it. */
export function ownRelationshipStrings(rel: Relationship, homes: StringHomes): Relationship {
  rel.id = ownString(rel.id);
  rel.source = ownId(homes, rel.source);
  rel.target = ownId(homes, rel.target);
  rel.summary = ownString(rel.summary);
  rel.date = ownString(rel.date);
  if (rel.attributed_to !== undefined) rel.attributed_to = ownId(homes, rel.attributed_to);
  if (rel.quantity !== undefined) rel.quantity = ownString(rel.quantity);
  if (rel.condition !== undefined) rel.condition = ownId(homes, rel.condition);
  if (rel.says !== undefined) rel.says = rel.says.map((id) => ownId(homes, id));
  for (const piece of rel.evidence) {
    const text = homes.sourceText(piece.source);
    piece.source = ownId(homes, piece.source);
    const { quote, start, end } = piece;
    // The verbatim quote is the source's own text at its offsets (validation checks it again).
    piece.quote =
      text !== undefined && end - start === quote.length && text.startsWith(quote, start)
        ? text.slice(start, end)
        : ownString(quote);
  }
  return rel;
}

/** Makes the strings of a checked entity its own, in place; returns it. */
export function ownEntityStrings(entity: Entity): Entity {
  entity.id = ownString(entity.id);
  entity.name = ownString(entity.name);
  entity.name_de = ownString(entity.name_de);
  entity.description = ownString(entity.description);
  entity.aliases = entity.aliases.map(ownString);
  if (entity.date !== undefined) entity.date = ownString(entity.date);
  return entity;
}
