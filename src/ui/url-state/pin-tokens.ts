/**
 * Pinned entities in a link: `pins=id*x*y,…` with coordinates rounded to a tenth of a graph unit
 * (the layout is 200 units across, so a pin lands within a pixel of where it was dropped). The list
 * is bounded: at most MAX_PINS pins and MAX_PINS_LENGTH characters, the oldest pins dropped first,
 * so a long session of dragging never makes a link too long to share. Pure, tested in Node.
 */
import type { Pin } from "../state/types.ts";

export const MAX_PINS = 40;
/** Upper bound on the encoded `pins` parameter (URL-encoded characters). */
export const MAX_PINS_LENGTH = 900;

const ID = /^[A-Za-z0-9_:.-]+$/;
const round = (v: number) => Math.round(v * 10) / 10;

/** The pins a link keeps: the newest, within MAX_PINS and MAX_PINS_LENGTH. */
export function boundedPins(pins: readonly Pin[]): Pin[] {
  const kept = pins.slice(-MAX_PINS);
  while (kept.length > 0 && encodedLength(kept) > MAX_PINS_LENGTH) kept.shift();
  return kept;
}

function token(pin: Pin): string {
  return `${pin.id}*${round(pin.x)}*${round(pin.y)}`;
}

function encodedLength(pins: readonly Pin[]): number {
  return encodeURIComponent(pins.map(token).join(",")).length;
}

/** The `pins` parameter value, or null when nothing is pinned. */
export function encodePins(pins: readonly Pin[]): string | null {
  const kept = boundedPins(pins);
  return kept.length > 0 ? kept.map(token).join(",") : null;
}

/** Pins from a `pins` parameter; malformed entries are skipped, a repeated id keeps its last place. */
export function decodePins(value: string | null): Pin[] {
  if (!value) return [];
  const byId = new Map<string, Pin>();
  for (const part of value.split(",")) {
    const [id, xs, ys, extra] = part.split("*");
    const x = Number(xs);
    const y = Number(ys);
    if (!id || !ID.test(id) || extra !== undefined || !xs || !ys) continue;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    byId.delete(id);
    byId.set(id, { id, x: round(x), y: round(y) });
  }
  return boundedPins([...byId.values()]);
}
