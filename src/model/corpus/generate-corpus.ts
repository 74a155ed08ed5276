/**
 * Corpus generator: deterministic, valid graph-data of any size with the structure of a news corpus,
 * for benchmarks and scale tests. Degrees follow a power law (a few actors are in every story),
 * entities fall into communities (most claims stay inside one), sources are German articles spread
 * over several years, and every modality and kind occurs. Every relationship's quote is a sentence
 * of its source text, at its offsets, naming both ends, so the output passes `npm run validate`;
 * attributed modalities name a speaker, hypothetical ones a condition (the claim before), state types
 * are only asserted or reported, some claims about groups carry a quantity, some dates are open
 * intervals, and every tenth relationship has a second piece of evidence.
 *
 * Pure: returns file names and texts; src/cli/gen-corpus.ts writes them.
 */
import { seededRandom } from "../seeded-random.ts";
import {
  ATTRIBUTED_MODALITIES,
  ENTITY_KINDS,
  MODALITIES,
  RELATIONSHIP_TYPES,
  STATE_MODALITIES,
  STATE_TYPES,
  type EntityKind,
  type Modality,
  type RelationshipType,
} from "../vocabulary.ts";
import * as W from "./corpus-words.ts";

/** What to generate. */
export interface CorpusOptions {
  entities: number;
  relationships: number;
  sources: number;
  seed?: number;
}

/** One file of the generated graph-data, relative to its directory. */
export interface CorpusFile {
  path: string;
  text: string;
}

const FIRST_YEAR = 2019;
const YEARS = 7;
/** Share of relationships that stay inside the source entity's community. */
const INTRA_COMMUNITY = 0.85;
/** Exponent of the power-law draw: higher means heavier hubs. */
const SKEW = 2.4;

const q = (s: string): string => JSON.stringify(s);
const pad = (n: number): string => String(n).padStart(2, "0");

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .replace(/ł/gi, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

interface GenEntity {
  id: string;
  kind: EntityKind;
  name: string;
  community: number;
}

function entityName(kind: EntityKind, i: number, pick: <T>(list: readonly T[]) => T): string {
  const n = Math.floor(i / 7);
  switch (kind) {
    case "Person":
      return `${pick(W.FIRST_NAMES)} ${pick(W.LAST_NAMES)}`;
    case "Organization":
      return `${pick(W.ORG_WORDS)} für ${pick(W.ORG_TOPICS)}`;
    case "Country":
      return `${pick(W.COUNTRY_NAMES)} ${n}`;
    case "Place":
      return `${pick(W.PLACE_PARTS)}${pick(W.PLACE_STEMS)}`;
    case "Event":
      return `${pick(W.EVENT_WORDS)} von ${pick(W.PLACE_PARTS)}${pick(W.PLACE_STEMS)}`;
    case "Policy":
      return `${pick(W.POLICY_WORDS)} ${n}`;
    case "Group":
      return `${pick(W.GROUP_WORDS)} aus ${pick(W.PLACE_PARTS)}${pick(W.PLACE_STEMS)}`;
    case "Office":
      return `${pick(W.OFFICE_WORDS)} von ${pick(W.COUNTRY_NAMES)}`;
  }
}

function makeEntities(count: number, rand: () => number): GenEntity[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const communities = Math.max(1, Math.round(count / 150));
  const entities: GenEntity[] = [];
  for (let i = 0; i < count; i++) {
    // Every kind early on, then mostly people and organisations, as in the news.
    const kind: EntityKind =
      i < ENTITY_KINDS.length
        ? ENTITY_KINDS[i]!
        : rand() < 0.45
          ? "Person"
          : rand() < 0.4
            ? "Organization"
            : pick(ENTITY_KINDS);
    const name = entityName(kind, i, pick);
    entities.push({ id: `${slug(name)}-${i}`, kind, name, community: Math.floor(rand() * communities) });
  }
  return entities;
}

function entitiesYaml(entities: GenEntity[]): string {
  const lines = ["entities:"];
  for (const e of entities) {
    const surname = e.name.split(" ").at(-1) ?? e.name;
    lines.push(
      `  - id: ${q(e.id)}`,
      `    kind: ${q(e.kind)}`,
      `    name: ${q(e.name)}`,
      `    name_de: ${q(e.name)}`,
      e.kind === "Person" ? `    aliases:\n      - ${q(surname)}` : "    aliases: []",
      `    description: ${q(`${W.KIND_DESCRIPTIONS[e.kind]} (synthetic, community ${e.community}).`)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

interface SourcePlan {
  id: string;
  file: string;
  publisher: string;
  year: number;
  month: number;
}

function planSources(count: number, rand: () => number): SourcePlan[] {
  const plans: SourcePlan[] = [];
  for (let s = 0; s < count; s++) {
    const year = FIRST_YEAR + Math.floor((s * YEARS) / count);
    const month = 1 + Math.floor(rand() * 12);
    const publisher = W.PUBLISHERS[s % W.PUBLISHERS.length]!;
    const id = `${slug(publisher)}-${year}-${pad(month)}-artikel-${s}`;
    plans.push({ id, file: `${id}.txt`, publisher, year, month });
  }
  return plans;
}

/** Draws endpoints: power-law popularity, mostly within the source's community. */
function endpointDrawer(entities: GenEntity[], rand: () => number): () => [GenEntity, GenEntity] {
  const members = new Map<number, GenEntity[]>();
  for (const e of entities) {
    const list = members.get(e.community) ?? [];
    list.push(e);
    members.set(e.community, list);
  }
  const powerPick = (list: GenEntity[]): GenEntity => list[Math.floor(list.length * rand() ** SKEW)]!;
  return () => {
    const a = powerPick(entities);
    const local = members.get(a.community)!;
    let b = rand() < INTRA_COMMUNITY && local.length > 1 ? powerPick(local) : powerPick(entities);
    if (b === a)
      b = entities[(entities.indexOf(a) + 1 + Math.floor(rand() * (entities.length - 1))) % entities.length]!;
    return [a, b];
  };
}

function relationshipDate(plan: SourcePlan, j: number, rand: () => number): string {
  const day = 1 + Math.floor(rand() * 28);
  switch (j % 5) {
    case 0:
      return `${plan.year}`;
    case 1:
      return `${plan.year}-${pad(plan.month)}`;
    case 2:
      return `${Math.max(FIRST_YEAR - 3, plan.year - 2)}/${plan.year}`;
    case 3:
      return j % 10 === 3
        ? `${plan.year}-${pad(plan.month)}/..`
        : `${plan.year}-${pad(plan.month)}-${pad(day)}`;
    default:
      return `${plan.year}-${pad(plan.month)}-${pad(day)}`;
  }
}

/** The modality of claim `j`: in turn every one, but a state type only asserted or reported. */
function modalityFor(type: RelationshipType, j: number): Modality {
  const modality = MODALITIES[j % MODALITIES.length]!;
  if (!STATE_TYPES.includes(type) || STATE_MODALITIES.includes(modality)) return modality;
  return STATE_MODALITIES[j % STATE_MODALITIES.length]!;
}

/** Generates graph-data: sources.yaml, sources/*.txt, entities/*.yaml, relationships/<source>.yaml. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const { entities: nEntities, relationships: nRels, sources: nSources } = options;
  if (nEntities < 2 || nRels < 1 || nSources < 1 || nSources > nRels) {
    throw new Error(
      `gen:corpus: got ${nEntities} entities, ${nRels} relationships, ${nSources} sources; expected at least 2 entities, 1 relationship and 1..relationships sources`,
    );
  }
  const rand = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const entities = makeEntities(nEntities, rand);
  const draw = endpointDrawer(entities, rand);
  const plans = planSources(nSources, rand);
  const files: CorpusFile[] = [];

  const sourceLines = ["sources:"];
  let j = 0;
  for (let s = 0; s < plans.length; s++) {
    const plan = plans[s]!;
    const count = Math.floor(((s + 1) * nRels) / nSources) - Math.floor((s * nRels) / nSources);
    const title = `Lagebericht ${s}: „Bündnisse im Wandel“ (${plan.publisher})`;
    sourceLines.push(
      `  - id: ${q(plan.id)}`,
      `    file: ${q(plan.file)}`,
      `    title: ${q(title)}`,
      `    publisher: ${q(plan.publisher)}`,
      `    date: ${q(`${plan.year}-${pad(plan.month)}`)}`,
      `    language: "de"`,
    );
    let text = `${plan.publisher} – Synthetischer Bericht Nr. ${s} über die Lage in Europa.\n`;
    const rels = ["relationships:"];
    for (let k = 0; k < count; k++, j++) {
      const [a, b] = draw();
      const type = j < RELATIONSHIP_TYPES.length ? RELATIONSHIP_TYPES[j]! : pick(RELATIONSHIP_TYPES);
      const modality = modalityFor(type, j);
      const sentence =
        j % 4 === 0
          ? `„${a.name} ${W.VERBS[type]} ${b.name}“, hieß es aus Kreisen in ${pick(W.PLACE_PARTS)}${pick(W.PLACE_STEMS)}.`
          : `${a.name} ${W.VERBS[type]} ${b.name}, berichten Beobachter (${j}).`;
      const start = text.length;
      text += `${sentence} `;
      const evidence = [`      - source: ${q(plan.id)}`, `        quote: ${q(sentence)}`];
      evidence.push(`        start: ${start}`, `        end: ${start + sentence.length}`);
      if (j % 10 === 9) {
        const again = `Erneut hieß es (${j}): ${a.name} ${W.VERBS[type]} ${b.name}.`;
        const at = text.length;
        text += `${again} `;
        evidence.push(`      - source: ${q(plan.id)}`, `        quote: ${q(again)}`);
        evidence.push(`        start: ${at}`, `        end: ${at + again.length}`);
      }
      const speaker = ATTRIBUTED_MODALITIES.includes(modality) ? pick(entities).id : null;
      const condition = modality === "hypothetical" ? (j > 0 ? `rel-${j - 1}` : a.id) : null;
      const quantity = (a.kind === "Group" || b.kind === "Group") && j % 3 === 0 ? "most" : null;
      rels.push(
        `  - id: "rel-${j}"`,
        `    type: ${q(type)}`,
        `    source: ${q(a.id)}`,
        `    target: ${q(b.id)}`,
        `    summary: ${q(`${a.name} ${type.toLowerCase().replace(/_/g, " ")} ${b.name} (${modality}).`)}`,
        `    date: ${q(relationshipDate(plan, j, rand))}`,
        `    modality: ${q(modality)}`,
        ...(speaker ? [`    attributed_to: ${q(speaker)}`] : []),
        ...(quantity ? [`    quantity: ${q(quantity)}`] : []),
        ...(condition ? [`    condition: ${q(condition)}`] : []),
        `    evidence:`,
        ...evidence,
      );
    }
    files.push({ path: `sources/${plan.file}`, text: `${text.trimEnd()}\n` });
    files.push({ path: `relationships/${plan.id}.yaml`, text: `${rels.join("\n")}\n` });
  }
  files.push({ path: "sources.yaml", text: `${sourceLines.join("\n")}\n` });
  for (const kind of ENTITY_KINDS) {
    const ofKind = entities.filter((e) => e.kind === kind);
    if (ofKind.length > 0) files.push({ path: `entities/${slug(kind)}.yaml`, text: entitiesYaml(ofKind) });
  }
  return files;
}
