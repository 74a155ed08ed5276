/**
 * Column types from Grafeo's Arrow IPC export, to tell integers from floats: JS numbers cannot, but the
 * Arrow schema of a result can. Only the schema message is read, with a minimal FlatBuffers reader
 * (no Arrow library is installed). Grafeo coerces a column mixing integers and floats to Float64, so
 * only Int is conclusive: values under an Int type become integers, everything else stays as it was.
 */
import type { TckNode, TckRelationship, TckValue } from "./tck-value.ts";

/** The shape of one Arrow field, reduced to what the comparison needs. */
export interface ArrowType {
  integer: boolean;
  /** Children by name: list items are `item`, struct fields keep their names. */
  children: Map<string, ArrowType>;
  /** The first child, for lists whose item field has another name. */
  item?: ArrowType;
}

const ARROW_INT = 2;
const ARROW_LIST = 12;
const ARROW_LARGE_LIST = 21;
const CONTINUATION = 0xffffffff;

/** A FlatBuffers table: resolves field slot `i` to its absolute position, or 0 when absent. */
function table(fb: Buffer, position: number): (slot: number) => number {
  const vtable = position - fb.readInt32LE(position);
  const size = fb.readUInt16LE(vtable);
  return (slot) => {
    const entry = 4 + 2 * slot;
    if (entry >= size) return 0;
    const offset = fb.readUInt16LE(vtable + entry);
    return offset === 0 ? 0 : position + offset;
  };
}

const deref = (fb: Buffer, position: number) => position + fb.readUInt32LE(position);

function vector(fb: Buffer, position: number): number[] {
  const start = deref(fb, position);
  return Array.from({ length: fb.readUInt32LE(start) }, (_v, i) => start + 4 + 4 * i);
}

function text(fb: Buffer, position: number): string {
  const start = deref(fb, position);
  return fb.toString("utf8", start + 4, start + 4 + fb.readUInt32LE(start));
}

/** Field table slots: 0 name, 2 type_type, 5 children. */
function readField(fb: Buffer, position: number): [string, ArrowType] {
  const field = table(fb, deref(fb, position));
  const name = field(0) ? text(fb, field(0)) : "";
  const typeType = field(2) ? fb.readUInt8(field(2)) : 0;
  const children = new Map((field(5) ? vector(fb, field(5)) : []).map((p) => readField(fb, p)));
  const list = typeType === ARROW_LIST || typeType === ARROW_LARGE_LIST;
  const first = children.values().next();
  return [
    name,
    { integer: typeType === ARROW_INT, children, ...(list && !first.done ? { item: first.value } : {}) },
  ];
}

/** Reads the column types from the schema message at the start of an Arrow IPC stream. */
export function readArrowSchema(ipc: Buffer): Map<string, ArrowType> {
  let position = ipc.readUInt32LE(0) === CONTINUATION ? 4 : 0;
  const length = ipc.readInt32LE(position);
  position += 4;
  const fb = ipc.subarray(position, position + length);
  const message = table(fb, deref(fb, 0));
  const schema = table(fb, deref(fb, message(2)));
  return new Map(schema(1) ? vector(fb, schema(1)).map((p) => readField(fb, p)) : []);
}

function typedProperties(properties: Map<string, TckValue>, type: ArrowType): Map<string, TckValue> {
  return new Map([...properties].map(([k, v]) => [k, applyArrowType(v, type.children.get(k))]));
}

function typedNode(node: TckNode, type: ArrowType | undefined): TckNode {
  return type ? { ...node, properties: typedProperties(node.properties, type) } : node;
}

function typedRelationship(rel: TckRelationship, type: ArrowType | undefined): TckRelationship {
  return type ? { ...rel, properties: typedProperties(rel.properties, type) } : rel;
}

/** Marks the numbers of `value` that its Arrow type proves to be integers. */
export function applyArrowType(value: TckValue, type: ArrowType | undefined): TckValue {
  if (!type) return value;
  switch (value.kind) {
    case "number":
      return type.integer && Number.isInteger(value.value)
        ? { kind: "integer", value: BigInt(value.value) }
        : value;
    case "list":
      return { kind: "list", items: value.items.map((v) => applyArrowType(v, type.item)) };
    case "map":
      return { kind: "map", entries: typedProperties(value.entries, type) };
    case "node":
      return typedNode(value, type);
    case "relationship":
      return typedRelationship(value, type);
    case "path": {
      const nodes = type.children.get("nodes")?.item;
      const edges = type.children.get("edges")?.item;
      return {
        kind: "path",
        start: typedNode(value.start, nodes),
        steps: value.steps.map((s) => ({
          ...s,
          node: typedNode(s.node, nodes),
          relationship: typedRelationship(s.relationship, edges),
        })),
      };
    }
    default:
      return value;
  }
}
