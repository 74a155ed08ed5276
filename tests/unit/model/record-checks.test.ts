/**
 * The hand checks of entities and relationships never call a record valid that the zod schema
 * refuses, and for a valid one give exactly the schema's value: on the seed, the fixtures, a generated
 * corpus, and every record with one field changed to each of a list of wrong (or odd) values.
 */
import jsyaml from "js-yaml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/model/corpus/generate-corpus.ts";
import { checkedEntity, checkedRelationship } from "../../../src/model/record-checks.ts";
import { EntitySchema, RelationshipSchema } from "../../../src/model/schema.ts";

type Raw = Record<string, unknown>;

function records(text: string, key: string): Raw[] {
  return (jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as Record<string, Raw[]>)[key]!;
}

const corpus = generateCorpus({ entities: 80, relationships: 400, sources: 4 });
const corpusRecords = (key: string): Raw[] =>
  corpus.filter((f) => f.path.startsWith(`${key}/`)).flatMap((f) => records(f.text, key));

const entities: Raw[] = [
  ...records(readFileSync("graph-data/entities.yaml", "utf8"), "entities"),
  ...records(readFileSync("tests/fixtures/mini-graph-data/entities.yaml", "utf8"), "entities"),
  ...corpusRecords("entities"),
];
const relationships: Raw[] = [
  ...records(readFileSync("graph-data/relationships.yaml", "utf8"), "relationships"),
  ...records(readFileSync("tests/fixtures/mini-graph-data/relationships.yaml", "utf8"), "relationships"),
  ...corpusRecords("relationships"),
];

/** Values a field may wrongly (or oddly) hold. */
const ODD: unknown[] = [
  undefined,
  null,
  "",
  " ",
  " padded ",
  "Upper-Case",
  "with space",
  "x",
  "2024-02-30",
  "2024-10/..",
  "2024/2023",
  "23 of 32",
  "most",
  "asserted",
  "SUPPORTS",
  "Person",
  0,
  -1,
  1.5,
  2 ** 60,
  true,
  [],
  ["x"],
  [""],
  [" x"],
  {},
  { source: "a", quote: "q", start: 0, end: 1 },
];

/** Asserts the hand check is sure only where the schema agrees, with the schema's own value. */
function agrees(
  value: unknown,
  check: (v: unknown) => unknown,
  schema: typeof EntitySchema | typeof RelationshipSchema,
): boolean {
  const checked = check(value);
  const parsed = schema.safeParse(value);
  if (checked !== null) {
    expect(parsed.success, JSON.stringify(value)).toBe(true);
    expect(checked, JSON.stringify(value)).toStrictEqual(parsed.data);
  }
  return checked !== null;
}

function mutations(record: Raw, nested: string | null): Raw[] {
  const out: Raw[] = [];
  for (const key of [
    ...Object.keys(record),
    "extra",
    "date",
    "says",
    "quantity",
    "condition",
    "attributed_to",
  ]) {
    for (const odd of ODD) {
      const copy: Raw = { ...record };
      if (odd === undefined) delete copy[key];
      else copy[key] = odd;
      out.push(copy);
    }
  }
  if (nested) {
    const list = record[nested] as Raw[];
    for (const key of ["source", "quote", "start", "end", "extra"]) {
      for (const odd of ODD) {
        const piece: Raw = { ...list[0] };
        if (odd === undefined) delete piece[key];
        else piece[key] = odd;
        out.push({ ...record, [nested]: [piece, ...list.slice(1)] });
      }
    }
  }
  return out;
}

describe("record checks", () => {
  it("take every valid entity and relationship as the schema gives it", () => {
    for (const e of entities) expect(agrees(e, checkedEntity, EntitySchema)).toBe(true);
    for (const r of relationships) expect(agrees(r, checkedRelationship, RelationshipSchema)).toBe(true);
  });

  it("are never sure of an entity the schema refuses (each field changed to each odd value)", () => {
    let sure = 0;
    for (const e of entities.slice(0, 12)) {
      for (const m of mutations(e, null)) if (agrees(m, checkedEntity, EntitySchema)) sure++;
    }
    expect(sure).toBeGreaterThan(0);
  });

  it("are never sure of a relationship the schema refuses (fields and evidence fields changed)", () => {
    let sure = 0;
    for (const r of relationships.slice(0, 12)) {
      for (const m of mutations(r, "evidence"))
        if (agrees(m, checkedRelationship, RelationshipSchema)) sure++;
    }
    expect(sure).toBeGreaterThan(0);
  });
});
