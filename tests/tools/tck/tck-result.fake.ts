/**
 * A made-up TCK result for the report and side-by-side tests: an area, a status and its reason;
 * every result gets the next id.
 */
import type { TckResult, TckStatus } from "../../../tools/tck/types.ts";

let id = 0;

export const fakeResult = (area: string, status: TckStatus, reason?: string): TckResult => ({
  id: id++,
  area,
  file: `${area}/X.feature`,
  line: 1,
  name: "s",
  status,
  ...(reason ? { reason } : {}),
  durationMs: 1,
});
