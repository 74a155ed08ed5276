import { describe, expect, it } from "vitest";
import {
  FAMILY_ORDERED_TYPES,
  RELATIONSHIP_FAMILIES,
  familyOf,
} from "../../../src/model/relationship-families.ts";
import { RELATIONSHIP_TYPES } from "../../../src/model/vocabulary.ts";
import { DEFAULT_STATE, EMPTY_FILTERS, type AppState, type Pin } from "../../../src/ui/state/types.ts";
import { MAX_PINS, MAX_PINS_LENGTH, decodePins, encodePins } from "../../../src/ui/url-state/pin-tokens.ts";
import { compressTypes, encodeHiddenTypes, expandTypes } from "../../../src/ui/url-state/type-tokens.ts";
import { decodeState as decode, encodeState } from "../../../src/ui/url-state/utils.ts";

const decodeState = (search: string) => decode(search, ["filters"]);
const withHidden = (hiddenTypes: string[]): AppState => ({
  ...DEFAULT_STATE,
  filters: { ...EMPTY_FILTERS, hiddenTypes },
});
const conflict = RELATIONSHIP_FAMILIES.find((f) => f.id === "conflict")!.types;

describe("relationship families", () => {
  it("put every type of the vocabulary in exactly one family", () => {
    expect([...FAMILY_ORDERED_TYPES].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(familyOf("THREATENS")).toBe("conflict");
    expect(familyOf("NOT_A_TYPE")).toBe("other");
  });
});

describe("relationship types in a link", () => {
  it("writes a wholly hidden family as its id and reads it back as its types", () => {
    expect(compressTypes([...conflict, "SUPPORTS"])).toEqual(["conflict", "SUPPORTS"]);
    expect(expandTypes(["conflict", "SUPPORTS"]).sort()).toEqual([...conflict, "SUPPORTS"].sort());
  });

  it("lists the shown types when fewer are shown than hidden", () => {
    const hidden = FAMILY_ORDERED_TYPES.filter((t) => t !== "THREATENS" && t !== "ATTACKS");
    const search = encodeState(withHidden(hidden));
    expect(search).toBe("st=ATTACKS%2CTHREATENS");
    expect(decodeState(search).filters.hiddenTypes.sort()).toEqual([...hidden].sort());
  });

  it("shows nothing with an empty shown list (every type hidden)", () => {
    const search = encodeState(withHidden([...FAMILY_ORDERED_TYPES]));
    expect(search).toBe("st=");
    expect(decodeState(search).filters.hiddenTypes).toHaveLength(FAMILY_ORDERED_TYPES.length);
  });

  it("keeps the hidden form when it is shorter, and old links that list every hidden type still read", () => {
    expect(encodeHiddenTypes(["THREATENS"])).toEqual(["ht", "THREATENS"]);
    const old = `ht=${FAMILY_ORDERED_TYPES.filter((t) => t !== "SUPPORTS").join(",")}`;
    const state = decodeState(old);
    expect(state.filters.hiddenTypes).toHaveLength(FAMILY_ORDERED_TYPES.length - 1);
    expect(state.filters.hiddenTypes).not.toContain("SUPPORTS");
    expect(encodeState(state)).toBe("st=SUPPORTS");
  });

  it("keeps a type the vocabulary does not know in the hidden form", () => {
    const search = encodeState(withHidden(["CAPITAL_OF", ...FAMILY_ORDERED_TYPES.slice(1)]));
    expect(search.startsWith("ht=")).toBe(true);
    expect(decodeState(search).filters.hiddenTypes).toContain("CAPITAL_OF");
  });

  it.each([1, 5, 12, 20, 30, 36])(
    "with %i types hidden, is shorter than the old list and half of all types",
    (n) => {
      const hidden = FAMILY_ORDERED_TYPES.filter((_t, i) => (i * 7) % 37 < n);
      const old = new URLSearchParams({ ht: hidden.join(",") }).toString().length;
      const all = new URLSearchParams({ ht: FAMILY_ORDERED_TYPES.join(",") }).toString().length;
      const now = encodeState(withHidden(hidden)).length;
      expect(now).toBeLessThanOrEqual(old);
      expect(now).toBeLessThanOrEqual(all / 2 + 20);
      expect(decodeState(encodeState(withHidden(hidden))).filters.hiddenTypes.sort()).toEqual(hidden.sort());
    },
  );
});

describe("layout and pins in a link", () => {
  it("round-trips the layout and pinned positions, rounded to a tenth", () => {
    const pins: Pin[] = [
      { id: "russia", x: 12.345, y: -40.06 },
      { id: "ukraine", x: 0, y: 99.99 },
    ];
    const search = encodeState({ ...DEFAULT_STATE, layout: "time", pins });
    expect(search).toBe("layout=time&pins=russia*12.3*-40.1%2Cukraine*0*100");
    const back = decodeState(search);
    expect(back.layout).toBe("time");
    expect(back.pins).toEqual([
      { id: "russia", x: 12.3, y: -40.1 },
      { id: "ukraine", x: 0, y: 100 },
    ]);
  });

  it("reads links without layout or pins (older links) as the force layout with no pins", () => {
    const state = decodeState("sel=russia&actors=russia");
    expect(state.layout).toBe("force");
    expect(state.pins).toEqual([]);
    expect(decodeState("layout=spiral").layout).toBe("force");
  });

  it("skips malformed pins and keeps a repeated entity's last place", () => {
    expect(decodePins("a*1*2,bad,b*x*1,c*1,d*1*2*3,<x>*1*1,a*5*6")).toEqual([{ id: "a", x: 5, y: 6 }]);
  });

  it("bounds the pins: the newest MAX_PINS, and never more than MAX_PINS_LENGTH characters", () => {
    const many = Array.from({ length: 200 }, (_v, i) => ({
      id: `a-rather-long-entity-identifier-${i}`,
      x: -99.99 + i,
      y: 88.88,
    }));
    const value = encodePins(many)!;
    expect(encodeURIComponent(value).length).toBeLessThanOrEqual(MAX_PINS_LENGTH);
    const kept = decodePins(value);
    expect(kept.length).toBeLessThanOrEqual(MAX_PINS);
    expect(kept.at(-1)?.id).toBe("a-rather-long-entity-identifier-199");
  });
});
