/**
 * Side effects measured the TCK's way, from snapshots of Grafeo nodes and relationships: new and gone
 * elements, distinct labels, and (element, key, value) triples for properties.
 */
import { describe, expect, it } from "vitest";
import {
  compareSideEffects,
  diffStates,
  stateFromElements,
  stateFromRows,
} from "../../../tools/tck/side-effects.ts";

const before = stateFromRows(
  [
    { _id: 0, _labels: ["A"], name: "Andres" },
    { _id: 1, _labels: ["A", "B"] },
  ],
  [{ _id: 0, _source: 0, _target: 1, _type: "T", w: 1 }],
);

describe("side effects", () => {
  it("counts an overwritten property as one added and one removed", () => {
    const after = stateFromRows(
      [
        { _id: 0, _labels: ["A"], name: "Michael" },
        { _id: 1, _labels: ["A", "B"] },
      ],
      [{ _id: 0, _source: 0, _target: 1, _type: "T", w: 1 }],
    );
    const diff = diffStates(before, after);
    expect(diff).toMatchObject({ "+properties": 1, "-properties": 1, "+nodes": 0, "+labels": 0 });
    expect(
      compareSideEffects(
        [
          ["+properties", "1"],
          ["-properties", "1"],
        ],
        diff,
      ),
    ).toBeUndefined();
  });

  it("counts labels as distinct names in the graph, not per node", () => {
    const after = stateFromRows(
      [
        { _id: 0, _labels: ["A"], name: "Andres" },
        { _id: 1, _labels: ["A", "B"] },
        { _id: 2, _labels: ["C"] },
        { _id: 3, _labels: ["C", "A"] },
      ],
      [],
    );
    expect(diffStates(before, after)).toMatchObject({
      "+nodes": 2,
      "+labels": 1,
      "-relationships": 1,
      "-properties": 1,
    });
  });

  it("reports every kind that differs, treating unlisted kinds as zero", () => {
    const after = stateFromRows([{ _id: 0, _labels: ["A"], name: "Andres" }], []);
    expect(compareSideEffects([["-nodes", "1"]], diffStates(before, after))).toBe(
      "side effects differ: -relationships expected 0, got 1, -labels expected 0, got 1, -properties expected 0, got 1",
    );
    expect(compareSideEffects([], diffStates(before, before))).toBeUndefined();
  });

  it("rejects a kind it does not know", () => {
    expect(compareSideEffects([["+indexes", "1"]], diffStates(before, before))).toMatch(
      /^unknown side-effect kind "\+indexes"; expected one of \+nodes/,
    );
  });

  it("builds the same snapshot from any engine's elements as from Grafeo's rows", () => {
    const fromElements = stateFromElements(
      [
        { id: "0", labels: ["A"], properties: new Map([["name", { kind: "string", value: "Andres" }]]) },
        { id: "1", labels: ["A", "B"], properties: new Map([["gone", { kind: "null" }]]) },
      ],
      [{ id: "0", properties: new Map([["w", { kind: "integer", value: 1n }]]) }],
    );
    expect(diffStates(before, fromElements)).toEqual(diffStates(before, before));
  });
});
