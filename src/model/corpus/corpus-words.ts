/**
 * Corpus words: the German name parts and sentence templates the corpus generator draws from, so that
 * synthetic graph-data reads like news (umlauts, „German quotes“, ß) and exercises the same text paths
 * (folding, search, offsets in UTF-16) as real articles.
 */
import type { EntityKind, RelationshipType } from "../vocabulary.ts";

export const FIRST_NAMES = [
  "Jürgen",
  "Özlem",
  "Bärbel",
  "Sören",
  "Käthe",
  "Jörg",
  "Anna",
  "Mark",
  "Ursula",
  "Olaf",
  "Annalena",
  "Björn",
  "Müjde",
  "Zoë",
  "Günther",
  "Hélène",
  "Łukasz",
  "Renée",
  "Ingrid",
  "Tomás",
] as const;

export const LAST_NAMES = [
  "Müller",
  "Schäfer",
  "Groß",
  "Köhler",
  "Weiß",
  "Brückner",
  "Haußmann",
  "Öztürk",
  "Jäger",
  "Krüger",
  "Lindqvist",
  "Nowak",
  "Dubois",
  "Rossi",
  "Kowalski",
  "Andersen",
  "Fischer",
  "Strauß",
  "Bäcker",
  "Vogt",
] as const;

export const PLACE_PARTS = [
  "Groß",
  "Klein",
  "Neu",
  "Alt",
  "Ober",
  "Unter",
  "Bad",
  "Sankt",
  "Mühl",
  "Schön",
] as const;
export const PLACE_STEMS = [
  "heim",
  "bach",
  "dorf",
  "brück",
  "hausen",
  "stätt",
  "feld",
  "burg",
  "au",
  "münde",
] as const;

export const ORG_WORDS = [
  "Bündnis",
  "Verband",
  "Rat",
  "Agentur",
  "Stiftung",
  "Behörde",
  "Ausschuss",
  "Kommission",
  "Union",
  "Forum",
] as const;
export const ORG_TOPICS = [
  "Sicherheit",
  "Energieversorgung",
  "Zusammenarbeit",
  "Außenhandel",
  "Grundrechte",
  "Klimaschutz",
  "Verteidigung",
  "Städtebau",
  "Gesundheit",
  "Pressefreiheit",
] as const;

export const COUNTRY_NAMES = [
  "Nordmark",
  "Ostland",
  "Südrepublik",
  "Westreich",
  "Alpenland",
  "Küstenstaat",
  "Bergland",
  "Seenland",
  "Inselreich",
  "Steppenland",
  "Flussland",
  "Waldstaat",
] as const;

export const EVENT_WORDS = [
  "Gipfel",
  "Wahl",
  "Konferenz",
  "Krise",
  "Streik",
  "Abkommen",
  "Manöver",
  "Anhörung",
] as const;
export const POLICY_WORDS = [
  "Zwei-Prozent-Ziel",
  "Schuldenbremse",
  "Asylreform",
  "Energiewende",
  "Lieferkettengesetz",
  "Mietpreisbremse",
] as const;
export const GROUP_WORDS = [
  "Mitgliedstaaten",
  "Diplomaten",
  "Demonstranten",
  "Abgeordnete",
  "Landwirte",
  "Ärztinnen",
] as const;
export const OFFICE_WORDS = [
  "Präsident",
  "Generalsekretär",
  "Bürgermeisterin",
  "Außenministerin",
  "Kanzler",
  "Sprecher",
] as const;

/** Sentence verbs per relationship type: "A <verb> B". */
export const VERBS: Record<RelationshipType, string> = {
  HOLDS_OFFICE: "übernimmt das Amt",
  SUCCEEDS: "folgt auf",
  CANDIDATE_FOR: "kandidiert für",
  WINS: "gewinnt gegen",
  MEMBER_OF: "gehört als Mitglied zu",
  BELONGS_TO: "ist Teil von",
  LOCATED_IN: "liegt in",
  TAKES_PLACE_IN: "findet statt in",
  DECIDES: "entscheidet über",
  INVITES_TO: "lädt ein zu",
  ATTESTS: "bescheinigt",
  ATTACKS: "greift an:",
  THREATENS: "droht",
  BLOCKS: "blockiert",
  PREVENTS: "verhindert",
  RIVALS: "konkurriert mit",
  CRITICIZES: "kritisiert",
  DOES_NOT_CONDEMN: "verurteilt nicht",
  PERCEIVES_AS_THREAT: "sieht eine Bedrohung in",
  ENDS: "beendet",
  SUPPORTS: "unterstützt",
  SUPPLIES: "liefert Güter an",
  ENABLES: "ermöglicht",
  COORDINATES: "koordiniert sich mit",
  REPRESENTS: "vertritt",
  FOCUSES_ON: "konzentriert sich auf",
  DEMANDS: "fordert von",
  COMMITS_TO: "verpflichtet sich zu",
  PUSHES_FOR: "drängt auf",
  MEETS_TARGET: "erfüllt",
  ENFORCED: "setzte durch:",
  CONCERNED_ABOUT: "ist besorgt über",
  EXPECTS: "erwartet",
  REASSURES: "beruhigt",
  ASSESSES: "bewertet",
  CALLS: "nennt einen Partner:",
  CONCERNS: "betrifft",
  PARTICIPATES_IN: "nimmt teil an",
};

/** How each kind is written in an entity's description. */
export const KIND_DESCRIPTIONS: Record<EntityKind, string> = {
  Person: "A person in the news",
  Organization: "An organisation",
  Country: "A state",
  Place: "A place",
  Event: "An event",
  Policy: "A policy or target",
  Group: "A group of people",
  Office: "A public office",
};

export const PUBLISHERS = ["AFP", "dpa", "Reuters", "epd", "KNA"] as const;
