/**
 * The reader's questions of issue #11, each as one Cypher query and its answer taken from the article
 * (graph-data/sources/afp-2024-10-rutte-nato.txt; the German words are quoted beside each answer).
 * The same table runs on the embedded engine (reader-questions.test.ts beside this file) and on a
 * live Neo4j (tests/integration/neo4j-reader-questions.test.ts), so the queries use only Cypher both
 * engines run: `date()` on `date_from`/`date_to` works whether an engine stores them as dates or text.
 */
import type { CypherEngine } from "../../../src/engine/cypher-engine.ts";

export interface ReaderQuestion {
  /** The question, as a reader asks it, with its answer. */
  question: string;
  query: string;
  params?: Record<string, unknown>;
  /** Every row, in any order, each written `column=value|column=value`. */
  answer: string[];
}

/** Who held an office on a day: an interval open at one end covers everything on that side. */
const OFFICE_ON_DAY = `MATCH (p:Entity)-[r:HOLDS_OFFICE]->(:Entity {id: $office})
WHERE (r.date_from IS NULL OR date(r.date_from) <= date($day))
  AND (r.date_to IS NULL OR date(r.date_to) >= date($day))
RETURN p.id AS holder`;

export const READER_QUESTIONS: ReaderQuestion[] = [
  {
    // „laut Diplomaten“, „erwarten Diplomaten, dass die USA …“, „nach Einschätzung westlicher Beobachter“
    question:
      "which claims rest only on anonymous voices: the USA's turn to Asia and China (diplomats), Rutte's main task (diplomats), China's supplies to Moscow (Western observers)",
    query: `MATCH (a:Entity)-[r]->(b:Entity)
MATCH (speaker:Group)
WHERE speaker.id = r.attributed_to
RETURN r.id AS claim, speaker.id AS speaker`,
    answer: [
      "claim=china-supplies-russia|speaker=western-observers",
      "claim=rutte-supports-nato-defence-buildup|speaker=diplomats",
      "claim=usa-focuses-on-asia|speaker=diplomats",
      "claim=usa-focuses-on-china|speaker=diplomats",
    ],
  },
  {
    // „Die NATO hatte … China einen „entscheidenden Befähiger“ Moskaus genannt“
    question: "who says China enables Russia: NATO, which called it a “decisive enabler”",
    query: `MATCH (:Entity {id: 'china'})-[r:ENABLES]->(:Entity {id: 'russia'})
MATCH (speaker:Entity)-[s:CALLS]->(:Entity {id: 'china'})
WHERE speaker.id = r.attributed_to AND r.id IN s.says
RETURN speaker.id AS speaker, r.modality AS modality`,
    answer: ["speaker=nato|modality=reported"],
  },
  {
    // „Mark Rutte übernimmt am Dienstag das Amt des NATO-Generalsekretärs. Von seinem Vorgänger Jens Stoltenberg …“
    question: "who was NATO Secretary General on 15 September 2024: Jens Stoltenberg",
    query: OFFICE_ON_DAY,
    params: { office: "nato-secretary-general", day: "2024-09-15" },
    answer: ["holder=jens-stoltenberg"],
  },
  {
    question: "who is NATO Secretary General on 15 October 2024: Mark Rutte",
    query: OFFICE_ON_DAY,
    params: { office: "nato-secretary-general", day: "2024-10-15" },
    answer: ["holder=mark-rutte"],
  },
  {
    // „Schon vor seiner ersten Amtszeit als US-Präsident von 2017 bis 2021“
    question: "who was US president on 1 June 2019: Donald Trump, in his first term",
    query: OFFICE_ON_DAY,
    params: { office: "us-president", day: "2019-06-01" },
    answer: ["holder=donald-trump"],
  },
  {
    // „Bisher halten nur 23 der 32 Länder die Zwei-Prozent-Vorgabe ein.“
    question: "how many member states meet the two-percent target: 23 of 32, not all",
    query: `MATCH (g:Group)-[r:MEETS_TARGET]->(:Entity {id: 'two-percent-target'})
RETURN g.id AS who, r.quantity AS quantity`,
    answer: ["who=nato-member-states|quantity=23 of 32"],
  },
  {
    question: "no relationship says of the whole member-state group that it meets the target",
    query: `MATCH (:Entity {id: 'nato-member-states'})-[r:MEETS_TARGET]->()
WHERE r.quantity IS NULL
RETURN r.id AS id`,
    answer: [],
  },
  {
    // „Sollte der Republikaner Donald Trump siegen, erwarten viele Mitgliedsländer Konflikte.“
    // „Rutte müsste also im Falle von Trumps Wiederwahl … einen Rückzug der USA aus dem Bündnis … verhindern“
    question:
      "what depends on a Trump victory: conflicts many member states expect, and Rutte preventing a US withdrawal",
    query: `MATCH (a:Entity)-[r]->(b:Entity)
MATCH (:Entity {id: 'donald-trump'})-[c:WINS]->(:Entity {id: 'us-election-2024'})
WHERE r.condition = c.id
RETURN a.id AS who, type(r) AS type, b.id AS what, r.modality AS modality`,
    answer: [
      "who=mark-rutte|type=PREVENTS|what=us-withdrawal-from-nato|modality=hypothetical",
      "who=nato-member-states|type=EXPECTS|what=conflicts-within-nato|modality=hypothetical",
    ],
  },
  {
    // „Ein Sieg der Demokratin Kamala Harris würde die meisten Mitgliedsländer zwar zunächst beruhigen.“
    question: "what a Harris victory would do: reassure most member states",
    query: `MATCH (:Entity {id: 'kamala-harris'})-[c:WINS]->()
MATCH ()-[r:REASSURES]->(g:Entity)
WHERE r.condition = c.id
RETURN g.id AS whom, r.quantity AS quantity`,
    answer: ["whom=nato-member-states|quantity=most"],
  },
  {
    question: "every hypothetical relationship names its condition",
    query: `MATCH ()-[r]->()
WHERE r.modality = 'hypothetical' AND r.condition IS NULL
RETURN r.id AS id`,
    answer: [],
  },
  {
    // „So hat Biden für den 12. Oktober zu einem Gipfel der Ukraine-Unterstützer … eingeladen.“
    question: "who was invited to Ramstein, and by whom: Ukraine's supporters, by Joe Biden, for 12 October",
    query: `MATCH (host:Entity)-[:INVITES_TO]->(m:Event)<-[p:PARTICIPATES_IN]-(guest:Entity)
RETURN host.id AS host, guest.id AS guest, m.date AS date, p.modality AS modality`,
    answer: ["host=joe-biden|guest=ukraine-supporters|date=2024-10-12|modality=planned"],
  },
  {
    question: "the Ramstein meeting is scheduled, not a fact: where it takes place is planned",
    query: `MATCH (:Entity {id: 'ramstein-meeting-2024-10-12'})-[r:TAKES_PLACE_IN]->(place:Entity)
RETURN place.id AS place, r.modality AS modality`,
    answer: ["place=ramstein-air-base|modality=planned"],
  },
  {
    // „verhinderten die USA und Deutschland aus Furcht vor einer Eskalation mit Russland erneut konkrete Schritte“
    question: "why did the USA and Germany block Ukraine's membership: for fear of an escalation with Russia",
    query: `MATCH (a:Entity)-[:BLOCKS]->(:Entity {id: 'ukraine-nato-membership'})
MATCH (a)-[:CONCERNED_ABOUT]->(fear:Entity)
RETURN a.id AS who, fear.id AS fear`,
    answer: ["who=germany|fear=escalation-with-russia", "who=usa|fear=escalation-with-russia"],
  },
  {
    // „bescheinigten die Bündnisländer der Ukraine zwar erstmals einen „unumkehrbaren Weg“ ins Bündnis“
    question: "what did NATO's members attest to Ukraine: an irreversible path into the alliance",
    query: `MATCH (:Entity {id: 'nato-member-states'})-[:ATTESTS]->(p:Entity)-[:CONCERNS]->(:Entity {id: 'ukraine'})
RETURN p.id AS what`,
    answer: ["what=irreversible-path"],
  },
  {
    // „fordert der ukrainische Präsident Wolodymyr Selenskyj immer wieder eine NATO-Mitgliedschaft seines Landes“
    question:
      "a query that ignores modality lists NATO's members, and Ukraine is not among them (its membership is demanded)",
    query: `MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {id: 'nato'})
RETURN m.id AS member`,
    answer: [
      "member=estonia",
      "member=germany",
      "member=nato-member-states",
      "member=netherlands",
      "member=poland",
      "member=usa",
    ],
  },
  {
    question: "Ukraine's membership is a demand: Zelensky DEMANDS it, and it concerns Ukraine",
    query: `MATCH (z:Entity)-[d:DEMANDS]->(m:Entity)-[:CONCERNS]->(:Entity {id: 'ukraine'})
RETURN z.id AS who, m.id AS what, d.modality AS modality`,
    answer: ["who=volodymyr-zelensky|what=ukraine-nato-membership|modality=asserted"],
  },
  {
    question: "state types (offices, memberships, belonging, location) are only asserted or reported",
    query: `MATCH ()-[r]->()
WHERE type(r) IN ['HOLDS_OFFICE', 'MEMBER_OF', 'BELONGS_TO', 'LOCATED_IN']
  AND NOT r.modality IN ['asserted', 'reported']
RETURN r.id AS id`,
    answer: [],
  },
  {
    // „drohte den Verbündeten der Ukraine … mit dem Einsatz von Atomwaffen, sollte es massive Angriffe auf russisches Staatsgebiet geben“
    question:
      "what Putin threatened, and on what condition: the use of nuclear weapons, should Russian territory be attacked massively",
    query: `MATCH (:Entity {id: 'vladimir-putin'})-[r:THREATENS]->(what:Entity)
WHERE r.condition IS NOT NULL
RETURN what.id AS what, r.condition AS condition, r.date AS date`,
    answer: ["what=nuclear-weapons-use|condition=massive-attacks-on-russia|date=2024-09-23/2024-09-29"],
  },
  {
    // „Sollte der Republikaner Donald Trump siegen“ / „am 5. November“; „Beim Gipfel in Washington im Juli“
    question:
      "events carry their own dates: the US election on 5 November 2024, the Washington summit in July 2024",
    query: `MATCH (e:Event)
WHERE e.id IN ['us-election-2024', 'nato-summit-washington-2024']
RETURN e.id AS event, e.date AS date`,
    answer: ["event=nato-summit-washington-2024|date=2024-07", "event=us-election-2024|date=2024-11-05"],
  },
  {
    question:
      "every relationship cites at least one quote from one independent source (the corpus is one article)",
    query: `MATCH ()-[r]->()
WHERE r.evidence_count < 1 OR r.source_count <> 1 OR size(r.evidence_quotes) <> r.evidence_count
RETURN r.id AS id`,
    answer: [],
  },
];

function cell(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The rows a question's query returns on `engine`, written and sorted like `answer`. */
export async function ask(engine: CypherEngine, question: ReaderQuestion): Promise<string[]> {
  const result = await engine.run(question.query, question.params ?? {});
  return result.rows
    .map((row) =>
      Object.entries(row)
        .map(([column, value]) => `${column}=${cell(value)}`)
        .join("|"),
    )
    .sort();
}
