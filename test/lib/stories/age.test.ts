import {describe, expect, it} from "vitest";
import {AGE_BANDS, ageProfile} from "../../../src/lib/stories/age.js";

// One count per year of age, 0 to 90 (90 and over), as the mid-2020 estimates give them.
const uniform = Array.from({length: 91}, () => 100);

describe("ageProfile", () => {
  it("gives each band's share per year of age, so bands of 2 and 10 years compare fairly", () => {
    const {bands} = ageProfile(uniform, uniform);
    expect(bands.map((b) => b.years)).toEqual(AGE_BANDS.map((b) => b.to - b.from + 1));
    // Every age equally common: the 10-year band holds five times the 2-year band's share, yet
    // per year of age every band is the same, 1/91.
    const share = (label: string) => bands.find((b) => b.band === label)!;
    expect(share("25–34").area_share / share("16–17").area_share).toBeCloseTo(5);
    for (const b of bands) {
      expect(b.area_share_per_year).toBeCloseTo(1 / 91);
      expect(b.comparison_share_per_year).toBeCloseTo(1 / 91);
    }
  });
});
