/**
 * Validation of graph-data: a table of broken fixtures (the mini fixture with one defect each), every
 * row asserting the exact message, with file, line and field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
    sourceTexts: new Map([["mini-source.txt", readFileSync(join(DIR, "sources/mini-source.txt"), "utf8")]]),
    sourcesDir: "sources",
  };
}

function broken(file: FileKey, from: string, to: string): GraphDataInput {
  const input = fixture();
  const target = file === "sources" ? input.sources : input[file][0]!;
  if (!target.text.includes(from)) throw new Error(`fixture ${file}.yaml has no "${from}"`);
  target.text = target.text.replace(from, to);
  return input;
}

describe("validateGraphData", () => {
  it("accepts the mini fixture and returns its graph", () => {
    const { graph, issues } = validateGraphData(fixture());
    expect(issues).toEqual([]);
    expect(graph?.entities.map((e) => e.id)).toEqual(["vladimir-putin", "ukraine-allies", "china", "russia"]);
    expect(graph?.relationships.map((r) => r.id)).toEqual([
      "putin-threatens-ukraine-allies",
      "china-supplies-russia",
    ]);
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
      broken("relationships", "start: 75\n      end: 105", "start: 74\n      end: 104"),
      [
        'relationships.yaml:21: field "evidence.quote": quote not found at 74..104 of "mini-source" (the text there is " Peking liefert Güter an Moska"); the quote stands at 75..105; expected the verbatim quote at its offsets',
      ],
    ],
    [
      "a quote that is not in the source",
      broken("relationships", '"Peking liefert Güter an Moskau"', '"Peking liefert Waffen an Moskau"'),
      [
        'relationships.yaml:21: field "evidence.quote": quote not found at 75..105 of "mini-source" (the text there is "Peking liefert Güter an Moskau"); the quote is nowhere in mini-source.txt; expected the verbatim quote at its offsets',
      ],
    ],
    [
      "a date that does not parse",
      broken("relationships", "date: 2024-10\n", "date: 2024-02-30\n"),
      [
        'relationships.yaml:19: field "date": "2024-02-30" is not a real date; expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B with A before B)',
      ],
    ],
    [
      "a date in the wrong format",
      broken("relationships", "date: 2024-09", "date: September 2024"),
      [
        'relationships.yaml:7: field "date": "September 2024" is not valid; expected an ISO date such as 2024, 2024-10, 2024-10-01 or 2017/2021',
      ],
    ],
    [
      "an unknown modality",
      broken("relationships", "modality: reported", "modality: rumoured"),
      [
        'relationships.yaml:20: field "modality": unknown value "rumoured"; expected one of asserted, reported, hypothetical, claimed, demanded, expected, obligated',
      ],
    ],
    [
      "an unknown evidence source",
      broken(
        "relationships",
        '      source: mini-source\n      quote: "Peking',
        '      source: other-source\n      quote: "Peking',
      ),
      [
        'relationships.yaml:21: field "evidence.source": unknown source id "other-source"; expected one of the ids in sources.yaml (mini-source)',
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

  it("reports every problem at once, not only the first", () => {
    const input = broken("entities", "kind: Group", "kind: Alliance");
    const rels = input.relationships[0]!;
    rels.text = rels.text.replace("target: russia", "target: moscow");
    const { issues } = validateGraphData(input);
    expect(issues.map((i) => i.field)).toEqual(["kind", "target"]);
  });
});
