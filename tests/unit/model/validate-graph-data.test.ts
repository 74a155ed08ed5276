/**
 * Validation of graph-data: a table of broken fixtures (the mini fixture with one defect each), every
 * row asserting the exact message, with file, line and field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DATA_DIR, readGraphDataInput } from "../../../src/io/load-graph-data.ts";
import { generateCorpus } from "../../../src/model/corpus/generate-corpus.ts";
import { formatDataIssue } from "../../../src/model/errors.ts";
import { validateGraphData, type GraphDataInput } from "../../../src/model/validate-graph-data.ts";

const DIR = "tests/fixtures/mini-graph-data";
type FileKey = "sources" | "entities" | "relationships";

function fixture(): GraphDataInput {
  const read = (name: string): { file: string; text: string } => ({
    file: `${name}.yaml`,
    text: readFileSync(join(DIR, `${name}.yaml`), "utf8"),
  });
  return {
    sources: read("sources"),
    entities: [read("entities")],
    relationships: [read("relationships")],
    sourceTexts: new Map(
      ["mini-source.txt", "mini-source-2.txt"].map((name) => [
        name,
        readFileSync(join(DIR, "sources", name), "utf8"),
      ]),
    ),
    sourcesDir: "sources",
  };
}

function broken(file: FileKey, from: string, to: string, ...more: [string, string][]): GraphDataInput {
  const input = fixture();
  const target = file === "sources" ? input.sources : input[file][0]!;
  for (const [a, b] of [[from, to], ...more] as [string, string][]) {
    if (!target.text.includes(a)) throw new Error(`fixture ${file}.yaml has no "${a}"`);
    target.text = target.text.replace(a, b);
  }
  return input;
}

describe("validateGraphData", () => {
  it("accepts the mini fixture and returns its graph", () => {
    const { graph, issues } = validateGraphData(fixture());
    expect(issues).toEqual([]);
    expect(graph?.entities.map((e) => e.id)).toEqual([
      "vladimir-putin",
      "ukraine-allies",
      "china",
      "russia",
      "diplomats",
    ]);
    expect(graph?.relationships.map((r) => r.id)).toEqual([
      "putin-threatens-ukraine-allies",
      "china-supplies-russia",
      "ukraine-allies-perceive-russia-as-threat",
    ]);
    const reported = graph?.relationships[2];
    expect(reported).toMatchObject({ attributed_to: "diplomats", quantity: "most", date: "2022/.." });
    expect(graph?.relationships[1]?.evidence.map((e) => e.source)).toEqual(["mini-source", "mini-source-2"]);
  });

  const cases: [string, GraphDataInput, string[]][] = [
    [
      "a missing field",
      broken("entities", "    name_de: Russland\n", ""),
      ['entities.yaml:20: field "name_de": missing; expected string'],
    ],
    [
      "an unknown (extra) field",
      broken("entities", "    name: China\n", "    name: China\n    capital: Beijing\n"),
      [
        'entities.yaml:17: field "capital": unknown field; expected only the fields listed in graph-data/README.md',
      ],
    ],
    [
      "a mistyped field",
      broken("entities", "aliases: [Putin]", "aliases: Putin"),
      ['entities.yaml:6: field "aliases": expected array, got string "Putin"'],
    ],
    [
      "a duplicate id",
      broken("entities", "id: russia", "id: china"),
      [
        'entities.yaml:20: field "id": duplicate id "china"; first defined at line 14, expected ids to be unique',
        'relationships.yaml:17: field "target": unknown entity id "russia"; expected one of the ids in entities.yaml',
        'relationships.yaml:33: field "target": unknown entity id "russia"; expected one of the ids in entities.yaml',
      ],
    ],
    [
      "a dangling entity reference",
      broken("relationships", "target: russia", "target: moscow"),
      [
        'relationships.yaml:17: field "target": unknown entity id "moscow"; expected one of the ids in entities.yaml',
      ],
    ],
    [
      "an unknown kind",
      broken("entities", "kind: Group", "kind: Alliance"),
      [
        'entities.yaml:9: field "kind": unknown value "Alliance"; expected one of Person, Organization, Country, Place, Event, Policy, Group, Office',
      ],
    ],
    [
      "an unknown relationship type",
      broken("relationships", "type: SUPPLIES", "type: DELIVERS"),
      [
        expect.stringMatching(
          /^relationships\.yaml:15: field "type": unknown value "DELIVERS"; expected one of .*THREATENS/,
        ),
      ],
    ],
    [
      "a quote not at its offsets",
      broken("relationships", "start: 75\n        end: 105", "start: 74\n        end: 104"),
      [
        'relationships.yaml:23: field "evidence.0.quote": quote not found at 74..104 of "mini-source" (the text there is " Peking liefert Güter an Moska"); the quote stands at 75..105 (npm run validate -- --fix sets it); expected the verbatim quote at its offsets',
      ],
    ],
    [
      "a quote that is not in the source",
      broken("relationships", '"Peking liefert Güter an Moskau"', '"Peking liefert Waffen an Moskau"'),
      [
        'relationships.yaml:23: field "evidence.0.quote": quote not found at 75..105 of "mini-source" (the text there is "Peking liefert Güter an Moskau"); the quote is nowhere in mini-source.txt; expected the verbatim quote at its offsets',
      ],
    ],
    [
      "a date that does not parse",
      broken("relationships", "date: 2024-10\n", "date: 2024-02-30\n"),
      [
        'relationships.yaml:19: field "date": "2024-02-30" is not a real date; expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval A/B with A not after B, either end possibly open (2024-10-01/.., ../2024-10-01)',
      ],
    ],
    [
      "a date in the wrong format",
      broken("relationships", "date: 2024-09", "date: September 2024"),
      [
        'relationships.yaml:7: field "date": "September 2024" is not valid; expected an ISO date such as 2024-10-01, or an interval such as 2017/2021, 2024-10-01/.. or ../2024-10-01',
      ],
    ],
    [
      "an unknown modality",
      broken("relationships", "modality: reported", "modality: rumoured"),
      [
        'relationships.yaml:36: field "modality": unknown value "rumoured"; expected one of asserted, reported, hypothetical, claimed, demanded, expected, obligated, planned',
      ],
    ],
    [
      "an unknown evidence source",
      broken(
        "relationships",
        '      - source: mini-source\n        quote: "Peking',
        '      - source: other-source\n        quote: "Peking',
      ),
      [
        'relationships.yaml:22: field "evidence.0.source": unknown source id "other-source"; expected one of the ids in sources.yaml (mini-source, mini-source-2)',
      ],
    ],
    [
      "a source file that is missing",
      broken("sources", "file: mini-source.txt", "file: missing.txt"),
      [
        'sources.yaml:3: field "file": file "sources/missing.txt" not found; expected the document\'s text there',
      ],
    ],
    [
      "a reported relationship without its speaker",
      broken("relationships", "    attributed_to: diplomats\n", ""),
      [
        'relationships.yaml:30: field "attributed_to": missing; a "reported" relationship gives someone\'s word, expected attributed_to: <entity id of the speaker>',
      ],
    ],
    [
      "a speaker that is not an entity",
      broken("relationships", "attributed_to: diplomats", "attributed_to: diplomat"),
      [
        'relationships.yaml:37: field "attributed_to": unknown entity id "diplomat"; expected the id of the speaker in entities.yaml',
      ],
    ],
    [
      "a hypothetical relationship without its condition",
      broken("relationships", "modality: reported", "modality: hypothetical"),
      [
        'relationships.yaml:30: field "condition": missing; a hypothetical relationship depends on something, expected condition: <entity or relationship id>',
      ],
    ],
    [
      "a condition that names nothing",
      broken("relationships", "    quantity: most\n", "    quantity: most\n    condition: war-in-ukraine\n"),
      [
        'relationships.yaml:39: field "condition": unknown id "war-in-ukraine"; expected an entity id or a relationship id the claim depends on',
      ],
    ],
    [
      "a state type with a modality other than asserted or reported",
      broken("relationships", "type: THREATENS", "type: MEMBER_OF", [
        "modality: asserted",
        "modality: demanded\n    attributed_to: vladimir-putin",
      ]),
      [
        'relationships.yaml:8: field "modality": "demanded" on the state type MEMBER_OF; expected asserted or reported (a demanded or planned state is a DEMANDS edge or an event)',
      ],
    ],
    [
      "a quantity on a relationship between two non-groups",
      broken("relationships", "    type: SUPPLIES\n", "    type: SUPPLIES\n    quantity: most\n"),
      [
        'relationships.yaml:16: field "quantity": set, but neither end is a Group; expected a quantity only for a part of a group',
      ],
    ],
    [
      "a quantity that is not a quantifier",
      broken("relationships", "quantity: most", "quantity: lots"),
      [
        'relationships.yaml:38: field "quantity": "lots" is not valid; expected a quantifier such as "23 of 32", "most" or "many"',
      ],
    ],
    [
      "a quote that names neither end",
      broken(
        "relationships",
        '"Peking liefert Güter an Moskau"\n        start: 75\n        end: 105',
        '"liefert Güter"\n        start: 82\n        end: 95',
      ),
      [
        'relationships.yaml:23: field "evidence.0.quote": names neither "china" nor "russia"; expected the quote to carry its claim alone, naming at least one end by its name or an alias in entities.yaml',
      ],
    ],
    [
      "the same evidence twice",
      broken(
        "relationships",
        '      - source: mini-source-2\n        quote: "Moskau erhält aus Peking Güter"\n        start: 0\n        end: 30',
        '      - source: mini-source\n        quote: "Peking liefert Güter an Moskau"\n        start: 75\n        end: 105',
      ),
      [
        'relationships.yaml:27: field "evidence.1.quote": the same quote as evidence.0; expected each piece of evidence once',
      ],
    ],
    [
      "an empty evidence list",
      broken(
        "relationships",
        '    evidence:\n      - source: mini-source\n        quote: "Putin drohte den Verbündeten der Ukraine"\n        start: 33\n        end: 73\n',
        "    evidence: []\n",
      ),
      ['relationships.yaml:9: field "evidence": an empty list; expected at least one piece of evidence'],
    ],
    [
      "an interval open at both ends",
      broken("relationships", "date: 2022/..", "date: ../.."),
      [
        'relationships.yaml:35: field "date": "../.." is not valid; expected an ISO date such as 2024-10-01, or an interval such as 2017/2021, 2024-10-01/.. or ../2024-10-01',
      ],
    ],
    [
      "a statement whose said relationship names another speaker",
      broken(
        "relationships",
        "    type: THREATENS\n",
        "    type: THREATENS\n    says:\n      - ukraine-allies-perceive-russia-as-threat\n",
      ),
      [
        'relationships.yaml:5: field "says.0": relationship "ukraine-allies-perceive-russia-as-threat" is attributed to "diplomats"; expected attributed_to: "vladimir-putin" there (the speaker of this statement)',
      ],
    ],
    [
      "a date on an entity that is not an event",
      broken(
        "entities",
        "    description: Unnamed diplomats.\n",
        "    description: Unnamed diplomats.\n    date: 2024-10\n",
      ),
      [
        'entities.yaml:32: field "date": set on a Group; expected a date only on an Event (a state\'s time goes on its relationships)',
      ],
    ],
    [
      "invalid YAML",
      broken("entities", "aliases: [Putin]", "aliases: [Putin"),
      [expect.stringMatching(/^entities\.yaml:\d+: field "\(yaml\)": .*; expected valid YAML$/)],
    ],
  ];

  it.each(cases)("reports %s with file, line and field", (_name, input, expected) => {
    const { graph, issues } = validateGraphData(input);
    expect(graph).toBeNull();
    expect(issues.map(formatDataIssue), JSON.stringify(issues.map(formatDataIssue), null, 1)).toEqual(
      expected,
    );
  });

  it.each(cases)("reports %s exactly as js-yaml and zod alone do (the reference path)", (_name, input) => {
    const fast = validateGraphData(input).issues.map(formatDataIssue);
    const reference = validateGraphData(input, { reference: true }).issues.map(formatDataIssue);
    expect(fast).toEqual(reference);
  });

  it("gives the same graph as the reference path for the fixture, the seed and a generated corpus", () => {
    const corpus = generateCorpus({ entities: 120, relationships: 600, sources: 5 });
    const text = (path: string): string => corpus.find((f) => f.path === path)!.text;
    const files = (prefix: string) =>
      corpus.filter((f) => f.path.startsWith(prefix)).map((f) => ({ file: f.path, text: f.text }));
    const generated: GraphDataInput = {
      sources: { file: "sources.yaml", text: text("sources.yaml") },
      entities: files("entities/"),
      relationships: files("relationships/"),
      sourceTexts: new Map(
        corpus.filter((f) => f.path.startsWith("sources/")).map((f) => [f.path.slice(8), f.text]),
      ),
      sourcesDir: "sources",
    };
    for (const input of [fixture(), readGraphDataInput(DEFAULT_GRAPH_DATA_DIR), generated]) {
      const fast = validateGraphData(input);
      expect(fast.issues).toEqual([]);
      expect(fast.graph).toStrictEqual(validateGraphData(input, { reference: true }).graph);
    }
  });

  it("reports every problem at once, not only the first", () => {
    const input = broken("entities", "kind: Group", "kind: Alliance");
    const rels = input.relationships[0]!;
    rels.text = rels.text.replace("target: russia", "target: moscow");
    const { issues } = validateGraphData(input);
    expect(issues.map((i) => i.field)).toEqual(["kind", "target"]);
  });
});
