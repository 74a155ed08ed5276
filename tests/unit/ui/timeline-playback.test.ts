import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../../src/ui/filters/utils.ts";
import { EMPTY_FILTERS } from "../../../src/ui/state/types.ts";
import { PLAYBACK_MS, firstMonthIndex, monthBins, playbackPlan } from "../../../src/ui/timeline/utils.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const { months } = monthBins(model.relationships.values());

/** The relationships an ego view shows, dates aside. */
function egoRelationships(actor: string) {
  const { hiddenEdges } = computeVisibility(model, { ...EMPTY_FILTERS, actors: [actor] });
  return [...model.relationships.values()].filter((r) => !hiddenEdges.has(r.id));
}

describe("timeline playback", () => {
  it("starts at the first month a relationship of the current view starts", () => {
    expect(months[0]).toBe("2016-01");
    // The whole seed: Trump's criticism of NATO, dated 2016/2017.
    expect(months[firstMonthIndex(months, model.relationships.values())!]).toBe("2016-01");
    // Russia's network starts in 2024, not in January 2016.
    const russia = firstMonthIndex(months, egoRelationships("russia"))!;
    expect(months[russia]! > "2016-01").toBe(true);
    const earliest = egoRelationships("russia")
      .map((r) => (r.date_from ?? r.date_to ?? "9999").slice(0, 7))
      .sort()[0];
    expect(months[russia]).toBe(earliest);
  });

  it("finds no start in a view without dated relationships", () => {
    expect(firstMonthIndex(months, [])).toBeNull();
  });

  it.each([1, 2, 5, 12, 40, 107, 400])("covers %i months in about ten seconds", (n) => {
    const { stride, stepMs } = playbackPlan(n);
    const steps = Math.ceil(n / stride);
    expect(stepMs).toBeGreaterThanOrEqual(150);
    if (n >= 3) expect(Math.abs(steps * stepMs - PLAYBACK_MS)).toBeLessThanOrEqual(PLAYBACK_MS * 0.15);
    else expect(steps * stepMs).toBeLessThanOrEqual(PLAYBACK_MS);
  });
});
