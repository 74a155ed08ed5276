/**
 * Own strings: making a record's strings independent of the file text changes no value. (That they
 * no longer hold the text is a memory figure: `npm run bench -- --load-only`.)
 */
import { describe, expect, it } from "vitest";
import { ownEntityStrings, ownRelationshipStrings, ownString } from "../../../src/model/own-strings.ts";
import type { Entity, Relationship } from "../../../src/model/schema.ts";

const FILE = `relationships:\n  - summary: "${"Zoë Krüger lädt ein „zu Gesprächen“ über 🇩🇪 und 東京 ".repeat(3)}"\n`;

describe("ownString", () => {
  it.each([
    ["a short id", "nato"],
    ["Latin-1 text", "Zoë Krüger invites to Ausschuss für Klimaschutz (demanded)."],
    ["text with „German quotes“", FILE.slice(30, 90)],
    ["astral characters", "Flagge 🇩🇪 und Emoji 🙂 in einem längeren Satz"],
    ["a lone surrogate", `kaputt \uD800 am Ende eines Satzes`],
    ["an empty string", ""],
    ["a text longer than the scratch buffer", "ü„".repeat(40_000)],
  ])("gives an equal string for %s", (_name, s) => {
    expect(ownString(s)).toBe(s);
  });
});

function relationship(): Relationship {
  return {
    id: "rel-with-a-long-identifier-1",
    type: "SUPPORTS",
    source: "entity-number-one",
    target: "entity-number-two",
    summary: FILE.slice(28, 80),
    date: "2024-10-01/2024-10-31",
    modality: "reported",
    attributed_to: "entity-number-three",
    quantity: undefined,
    condition: "rel-with-a-long-identifier-0",
    says: ["rel-with-a-long-identifier-0"],
    evidence: [
      { source: "afp-2024-10-artikel", quote: "lädt ein „zu Gesprächen“", start: 11, end: 35 },
      { source: "unknown-source-id", quote: "nirgends im Text", start: 0, end: 16 },
    ],
  };
}

describe("ownRelationshipStrings", () => {
  const sourceText = "Zoë Krüger lädt ein „zu Gesprächen“ über die Lage.";
  const homes = {
    id: (value: string) => (value.startsWith("entity-") ? `${value}` : undefined),
    sourceText: (source: string) => (source === "afp-2024-10-artikel" ? sourceText : undefined),
  };

  it("changes no value of the relationship, its evidence or its unset fields", () => {
    const before = relationship();
    const after = ownRelationshipStrings(relationship(), homes);
    expect(after).toStrictEqual(before);
  });

  it("takes a quote from its source's text when it stands there, and copies it otherwise", () => {
    const rel = ownRelationshipStrings(relationship(), homes);
    expect(rel.evidence[0]!.quote).toBe(sourceText.slice(11, 35));
    expect(rel.evidence[1]!.quote).toBe("nirgends im Text");
  });

  it("keeps a quote that is not at its offsets as it was (validation reports it)", () => {
    const rel = relationship();
    rel.evidence[0]!.start = 12;
    rel.evidence[0]!.end = 36;
    expect(ownRelationshipStrings(rel, homes).evidence[0]!.quote).toBe("lädt ein „zu Gesprächen“");
  });
});

describe("ownEntityStrings", () => {
  it("changes no value of the entity", () => {
    const entity = (): Entity => ({
      id: "ausschuss-fur-klimaschutz-8502",
      kind: "Organization",
      name: "Ausschuss für Klimaschutz",
      name_de: "Ausschuss für Klimaschutz",
      aliases: ["Klimaausschuss des Landes", "AfK"],
      description: "A committee (synthetic, „community“ 7).",
    });
    expect(ownEntityStrings(entity())).toStrictEqual(entity());
    const dated = { ...entity(), kind: "Event" as const, date: "2024-10-01/2024-10-31" };
    expect(ownEntityStrings({ ...dated })).toStrictEqual(dated);
  });
});
