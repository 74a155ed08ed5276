/**
 * Temporal strings: Grafeo returns dates, times and durations as ISO-8601 strings, and the TCK writes
 * them as strings too, but the two spell the same value differently (`10:35` against `10:35:00`,
 * `Z` against `+00:00`, `PT-1S` against `-PT1S`, `PT70S` against `PT1M10S`). Both sides are brought to
 * one canonical form before they are compared; strings that are not temporal are left alone.
 */

const DATE = /^[+-]?\d{4,}-\d{2}-\d{2}$/;
const TIME =
  /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(\[[^\]]+\])?$/;
const DURATION =
  /^(-)?P(?:(-?[\d.]+)Y)?(?:(-?[\d.]+)M)?(?:(-?[\d.]+)W)?(?:(-?[\d.]+)D)?(?:T(?:(-?[\d.]+)H)?(?:(-?[\d.]+)M)?(?:(-?[\d.]+)S)?)?$/;

const NANOS_PER_SECOND = 1_000_000_000n;

function canonicalZone(zone: string | undefined): string {
  if (zone === undefined) return "";
  if (zone === "Z") return "+00:00";
  const digits = zone.slice(1).replaceAll(":", "").padEnd(4, "0");
  const seconds = digits.length > 4 ? `:${digits.slice(4, 6)}` : "";
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}${seconds === ":00" ? "" : seconds}`;
}

function canonicalTime(text: string): string | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds = "00", fraction = "", zone, region = ""] = match;
  return `${hours}:${minutes}:${seconds}.${fraction.padEnd(9, "0")}${canonicalZone(zone)}${region}`;
}

/** A decimal number of some unit as a whole number of nanoseconds. */
function nanos(text: string | undefined, unitSeconds: bigint): bigint {
  if (text === undefined) return 0n;
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
  const fractionNanos = BigInt(fraction.padEnd(9, "0").slice(0, 9));
  const scaled = (BigInt(whole || "0") * NANOS_PER_SECOND + fractionNanos) * unitSeconds;
  return negative ? -scaled : scaled;
}

function canonicalDuration(text: string): string | undefined {
  const match = DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  const number = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  const factor = sign ? -1 : 1;
  const totalMonths = factor * (number(years) * 12 + number(months));
  const totalDays = factor * (number(weeks) * 7 + number(days));
  const totalNanos = BigInt(factor) * (nanos(hours, 3600n) + nanos(minutes, 60n) + nanos(seconds, 1n));
  return `P ${totalMonths} ${totalDays} ${totalNanos}`;
}

/** The canonical form of a temporal string, or undefined when `text` is not one. */
export function canonicalTemporal(text: string): string | undefined {
  if (DATE.test(text)) return text;
  const t = text.indexOf("T");
  if (t > 0 && DATE.test(text.slice(0, t))) {
    const time = canonicalTime(text.slice(t + 1));
    return time && `${text.slice(0, t)}T${time}`;
  }
  return canonicalTime(text) ?? canonicalDuration(text);
}

/** True when two different strings spell the same temporal value. */
export function sameTemporal(expected: string, actual: string): boolean {
  const canonical = canonicalTemporal(expected);
  return canonical !== undefined && canonical === canonicalTemporal(actual);
}
