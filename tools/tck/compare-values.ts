/**
 * Value comparison, expected (from the feature file) against actual (from the engine). Nodes compare
 * by labels and properties, relationships by type and properties, paths hop by hop with direction.
 * Floats compare with a relative tolerance of 1e-12 (NaN equals NaN, as the TCK writes it); an engine
 * number of unknown integer/float type matches an expected float of the same value, or an expected
 * integer when it is integral. Strings that spell the same temporal value match (see temporal-strings.ts).
 */
import type { TckNode, TckPath, TckRelationship, TckValue } from "./tck-value.ts";
import { sameTemporal } from "./temporal-strings.ts";

/** How lists compare: in order (default) or as multisets, at every depth. */
export interface CompareOptions {
  unorderedLists?: boolean;
}

const FLOAT_TOLERANCE = 1e-12;

/** True when two floats are equal up to a relative tolerance; NaN equals NaN. */
export function floatsEqual(expected: number, actual: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (expected === actual) return true;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  return Math.abs(expected - actual) <= FLOAT_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
}

function integerEquals(expected: bigint, actual: TckValue): boolean {
  if (actual.kind === "integer") return actual.value === expected;
  if (actual.kind === "number") return Number.isInteger(actual.value) && BigInt(actual.value) === expected;
  return false;
}

function floatEquals(expected: number, actual: TckValue): boolean {
  if (actual.kind === "float" || actual.kind === "number") return floatsEqual(expected, actual.value);
  return false;
}

function mapsEqual(
  expected: Map<string, TckValue>,
  actual: Map<string, TckValue>,
  options: CompareOptions,
): boolean {
  if (expected.size !== actual.size) return false;
  for (const [key, value] of expected) {
    const other = actual.get(key);
    if (other === undefined || !valuesEqual(value, other, options)) return false;
  }
  return true;
}

/** True when `actual` can be paired one to one with `expected`, each pair equal. */
export function multisetEqual<T>(expected: T[], actual: T[], equal: (e: T, a: T) => boolean): boolean {
  if (expected.length !== actual.length) return false;
  const used = new Array<boolean>(actual.length).fill(false);
  return expected.every((item) => {
    const index = actual.findIndex((other, i) => !used[i] && equal(item, other));
    if (index < 0) return false;
    used[index] = true;
    return true;
  });
}

function listsEqual(expected: TckValue[], actual: TckValue[], options: CompareOptions): boolean {
  const equal = (e: TckValue, a: TckValue) => valuesEqual(e, a, options);
  if (options.unorderedLists) return multisetEqual(expected, actual, equal);
  return expected.length === actual.length && expected.every((item, i) => equal(item, actual[i]!));
}

function nodesEqual(expected: TckNode, actual: TckNode, options: CompareOptions): boolean {
  const labels = new Set(actual.labels);
  return (
    expected.labels.length === actual.labels.length &&
    expected.labels.every((l) => labels.has(l)) &&
    mapsEqual(expected.properties, actual.properties, options)
  );
}

function relationshipsEqual(
  expected: TckRelationship,
  actual: TckRelationship,
  options: CompareOptions,
): boolean {
  return expected.type === actual.type && mapsEqual(expected.properties, actual.properties, options);
}

function pathsEqual(expected: TckPath, actual: TckPath, options: CompareOptions): boolean {
  return (
    nodesEqual(expected.start, actual.start, options) &&
    expected.steps.length === actual.steps.length &&
    expected.steps.every((step, i) => {
      const other = actual.steps[i]!;
      return (
        (other.forward === null || step.forward === null || step.forward === other.forward) &&
        relationshipsEqual(step.relationship, other.relationship, options) &&
        nodesEqual(step.node, other.node, options)
      );
    })
  );
}

/** True when the engine's `actual` value is the `expected` TCK value. */
export function valuesEqual(expected: TckValue, actual: TckValue, options: CompareOptions = {}): boolean {
  switch (expected.kind) {
    case "null":
      return actual.kind === "null";
    case "boolean":
      return actual.kind === "boolean" && actual.value === expected.value;
    case "string":
      return (
        actual.kind === "string" &&
        (actual.value === expected.value || sameTemporal(expected.value, actual.value))
      );
    case "integer":
      return integerEquals(expected.value, actual);
    case "float":
    case "number":
      return floatEquals(expected.value, actual);
    case "list":
      return actual.kind === "list" && listsEqual(expected.items, actual.items, options);
    case "map":
      return actual.kind === "map" && mapsEqual(expected.entries, actual.entries, options);
    case "node":
      return actual.kind === "node" && nodesEqual(expected, actual, options);
    case "relationship":
      return actual.kind === "relationship" && relationshipsEqual(expected, actual, options);
    case "path":
      return actual.kind === "path" && pathsEqual(expected, actual, options);
  }
}
