/**
 * Model rules: the checks of knowledge model v2 that go beyond the schema of one record. Who says so
 * (`attributed_to`, `says`), under what condition, how many (`quantity`), which modalities a state type
 * may carry, event dates, and that every quote names at least one end of its relationship, so that it
 * carries its claim on its own. Each problem names file, line and field, like every other check.
 */
import { dateRange } from "./date-range.ts";
import type { DataIssue } from "./errors.ts";
import { foldText } from "./fold-text.ts";
import type { Entity, Relationship } from "./schema.ts";
import { ATTRIBUTED_MODALITIES, STATE_MODALITIES, STATE_TYPES } from "./vocabulary.ts";
import type { YamlRecord } from "./yaml-records.ts";

interface Located<T> {
  value: T;
  record: YamlRecord;
  /** The file it stands in, as shown in messages. */
  file: string;
}

/** What the relationship rules look things up in. */
export interface RuleContext {
  entities: Map<string, Entity>;
  relationships: Map<string, Relationship>;
  /** The entities file(s) as shown in messages. */
  entityFiles: string;
  /** Name forms by entity id, filled as the rules go (a corpus prepares each entity's names once). */
  names: Map<string, NameForms>;
}

/** Names shorter than this are not trusted as a mention ("EU" inside "neue"). */
const MIN_NAME_LENGTH = 3;

/** Every folded spelling of an entity an article may use: name, German name, aliases. */
export function entityNames(entity: Entity): string[] {
  return [entity.name, entity.name_de, ...entity.aliases]
    .map(foldText)
    .filter((name) => name.length >= MIN_NAME_LENGTH);
}

/**
 * Folded text with the inflection endings of longer words cut off (German -e, -en, -er, -es, -n, -r,
 * -s), so that "Ruttes", "der ukrainische Präsident" and "den Verbündeten" match the names "Rutte",
 * "Ukrainischer Präsident" and "Verbündete".
 */
export function stemText(text: string): string {
  return foldText(text)
    .split(/([^\p{L}\p{N}]+)/u)
    .map((word) => (word.length > 4 ? word.replace(/(?:en|er|es|e|n|r|s)$/u, "") : word))
    .join("");
}

/** An entity's names as the quote check compares them: as written, then folded and stemmed (lazily). */
export interface NameForms {
  /** The names as written (long enough to trust), for the cheapest check. */
  raw: string[];
  /** Folded and stemmed forms, computed the first time the raw names are not enough. */
  folded?: string[];
  stemmed?: string[];
}

function rawNames(entity: Entity): string[] {
  return [entity.name, entity.name_de, ...entity.aliases].filter((n) => n.length >= MIN_NAME_LENGTH);
}

/**
 * Whether a quote mentions the entity by one of its names, inflected or not, case- and accent-blind.
 * The names as written are looked for first, then folded (case, accents), and stemming (slowest) runs
 * only when no name stands in the quote otherwise; at corpus size most quotes stop at the first step,
 * so most entities never have their names folded.
 */
export function quoteNames(quote: string, entity: Entity, cache?: Map<string, NameForms>): boolean {
  let forms = cache?.get(entity.id);
  if (!forms) {
    forms = { raw: rawNames(entity) };
    cache?.set(entity.id, forms);
  }
  if (forms.raw.some((name) => quote.includes(name))) return true;
  forms.folded ??= entityNames(entity);
  const folded = foldText(quote);
  if (forms.folded.some((name) => folded.includes(name))) return true;
  forms.stemmed ??= forms.folded.map(stemText);
  const stemmed = stemText(quote);
  return forms.stemmed.some((name) => stemmed.includes(name));
}

function line(item: Located<unknown>, field: string): number {
  return item.record.fieldLines.get(field) ?? item.record.line;
}

function report(item: Located<Relationship>, issues: DataIssue[], field: string, message: string): void {
  issues.push({ file: item.file, line: line(item, field), field, message });
}

/**
 * Checks one relationship against the model's rules; pushes every problem found. Plain loops and no
 * closures: it runs once per relationship, 500k times for a corpus.
 */
export function checkRelationshipRules(
  ctx: RuleContext,
  item: Located<Relationship>,
  issues: DataIssue[],
): void {
  const rel = item.value;
  if (rel.attributed_to !== undefined && !ctx.entities.has(rel.attributed_to)) {
    report(
      item,
      issues,
      "attributed_to",
      `unknown entity id "${rel.attributed_to}"; expected the id of the speaker in ${ctx.entityFiles}`,
    );
  }
  if (rel.attributed_to === undefined && ATTRIBUTED_MODALITIES.includes(rel.modality)) {
    report(
      item,
      issues,
      "attributed_to",
      `missing; a "${rel.modality}" relationship gives someone's word, expected attributed_to: <entity id of the speaker>`,
    );
  }
  if (rel.modality === "hypothetical" && rel.condition === undefined) {
    report(
      item,
      issues,
      "condition",
      "missing; a hypothetical relationship depends on something, expected condition: <entity or relationship id>",
    );
  }
  if (rel.condition !== undefined) {
    if (rel.condition === rel.id) {
      report(item, issues, "condition", "names the relationship itself; expected another id");
    } else if (!ctx.entities.has(rel.condition) && !ctx.relationships.has(rel.condition)) {
      report(
        item,
        issues,
        "condition",
        `unknown id "${rel.condition}"; expected an entity id or a relationship id the claim depends on`,
      );
    }
  }
  if (rel.says !== undefined) checkSays(ctx, item, issues);
  if (STATE_TYPES.includes(rel.type) && !STATE_MODALITIES.includes(rel.modality)) {
    report(
      item,
      issues,
      "modality",
      `"${rel.modality}" on the state type ${rel.type}; expected ${STATE_MODALITIES.join(" or ")} (a demanded or planned state is a DEMANDS edge or an event)`,
    );
  }
  const source = ctx.entities.get(rel.source);
  const target = ctx.entities.get(rel.target);
  if (rel.quantity !== undefined && source && target && source.kind !== "Group" && target.kind !== "Group") {
    report(
      item,
      issues,
      "quantity",
      `set, but neither end is a Group; expected a quantity only for a part of a group`,
    );
  }
  if (!source || !target) return; // the dangling reference is reported already
  for (let i = 0; i < rel.evidence.length; i++) {
    const quote = rel.evidence[i]!.quote;
    if (quoteNames(quote, source, ctx.names) || quoteNames(quote, target, ctx.names)) continue;
    issues.push({
      file: item.file,
      line: item.record.fieldLines.get(`evidence.${i}.quote`) ?? line(item, "evidence"),
      field: `evidence.${i}.quote`,
      message: `names neither "${rel.source}" nor "${rel.target}"; expected the quote to carry its claim alone, naming at least one end by its name or an alias in ${ctx.entityFiles}`,
    });
  }
}

/** A statement's `says`: each names another relationship, attributed to this statement's speaker. */
function checkSays(ctx: RuleContext, item: Located<Relationship>, issues: DataIssue[]): void {
  const rel = item.value;
  const says = rel.says ?? [];
  for (let i = 0; i < says.length; i++) {
    const saysId = says[i]!;
    const said = ctx.relationships.get(saysId);
    const field = `says.${i}`;
    let message: string | null = null;
    if (!said || saysId === rel.id) {
      message = `unknown relationship id "${saysId}"; expected the id of a relationship this statement voices`;
    } else if (said.attributed_to !== rel.source) {
      message = `relationship "${saysId}" is attributed to ${JSON.stringify(said.attributed_to ?? null)}; expected attributed_to: "${rel.source}" there (the speaker of this statement)`;
    }
    if (message === null) continue;
    const at = item.record.fieldLines.get(field) ?? line(item, "says");
    issues.push({ file: item.file, line: at, field, message });
  }
}

/** Checks the entity rules: only events carry a date, and it is a real one. */
export function checkEntityRules(items: Located<Entity>[], issues: DataIssue[]): void {
  for (const item of items) {
    const { date, kind } = item.value;
    if (date === undefined) continue;
    if (kind !== "Event") {
      issues.push({
        file: item.file,
        line: line(item, "date"),
        field: "date",
        message: `set on a ${kind}; expected a date only on an Event (a state's time goes on its relationships)`,
      });
    } else if (!dateRange(date)) {
      issues.push({
        file: item.file,
        line: line(item, "date"),
        field: "date",
        message: `"${date}" is not a real date; expected an ISO date or interval such as 2024-10-12 or 2024-10-01/..`,
      });
    }
  }
}
