import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../../src/ui/filters/utils.ts";
import { EMPTY_FILTERS } from "../../../src/ui/state/types.ts";
import {
  countInRange,
  datesToRange,
  lastDay,
  monthBins,
  rangeToDates,
} from "../../../src/ui/timeline/utils.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();
const rels = [...model.relationships.values()];
const bins = monthBins(rels);

describe("timeline", () => {
  it("bins every dated relationship of the seed graph into consecutive months", () => {
    expect(bins.months.length).toBeGreaterThan(1);
    for (const [i, m] of bins.months.entries()) if (i > 0) expect(m > (bins.months[i - 1] ?? "")).toBe(true);
    expect(bins.spans.length + bins.undated).toBe(rels.length);
    expect(countInRange(bins, 0, bins.months.length - 1)).toBe(bins.spans.length);
    const october = bins.months.indexOf("2024-10");
    expect(bins.counts[october]).toBe(Math.max(...bins.counts));
  });

  it("turns a brushed range into inclusive day bounds and back", () => {
    const i = bins.months.indexOf("2024-09");
    const j = bins.months.indexOf("2024-10");
    expect(rangeToDates(bins.months, j, i)).toEqual({ dateFrom: "2024-09-01", dateTo: "2024-10-31" });
    expect(datesToRange(bins.months, "2024-09-01", "2024-10-31")).toEqual({ from: i, to: j });
    expect(datesToRange(bins.months, null, null)).toEqual({ from: 0, to: bins.months.length - 1 });
    expect(lastDay("2024-02")).toBe("2024-02-29");
  });

  it("filters the graph to what the brushed months cover", () => {
    const j = bins.months.indexOf("2024-10");
    const v = computeVisibility(model, { ...EMPTY_FILTERS, ...rangeToDates(bins.months, j, j) });
    expect(v.counts.edgesShown).toBeGreaterThan(0);
    expect(v.counts.edgesShown).toBeLessThanOrEqual(countInRange(bins, j, j));
    expect(v.counts.edgesShown).toBeLessThan(rels.length);
  });
});
