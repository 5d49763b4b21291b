// The decile palette: neighbouring deciles can be told apart in normal vision, in greyscale and
// with deuteranopia, measured as CIEDE2000 between each pair of neighbours.
import {describe, expect, it} from "vitest";
import {DECILE_COLOURS, DECILES} from "../../src/components/palette.js";
import {deltaE2000, VISION} from "./colour.js";

/** The smallest difference between neighbouring deciles, seen one way. */
const smallestStep = (see: (hex: string) => [number, number, number]) =>
  Math.min(...DECILE_COLOURS.slice(1).map((c, i) => deltaE2000(see(DECILE_COLOURS[i]), see(c))));

describe("DECILE_COLOURS", () => {
  it("has one colour per decile, darkest for the most deprived, lighter at every step", () => {
    expect(DECILE_COLOURS).toHaveLength(DECILES.length);
    const lightness = DECILE_COLOURS.map((c) => VISION.greyscale(c)[0]);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeGreaterThan(lightness[i - 1]);
  });

  // A ΔE2000 of 10 between all ten neighbours cannot be had in greyscale (lightness alone gives at
  // most about 7.5 between black and white), so the minimums are what ten ordered classes allow;
  // cividis, used before, had 6.7, 5.6 and 6.5. What colour cannot do, the map's key does: it
  // outlines the LSOAs of a chosen decile (mapInteraction.test.ts).
  it.each([
    ["normal", 8],
    ["deuteranopia", 7.8],
    ["greyscale", 7]
  ])("separates neighbours by a ΔE2000 of at least the minimum in %s vision (%d)", (vision, minimum) => {
    expect(smallestStep(VISION[vision])).toBeGreaterThanOrEqual(minimum);
  });

  it("measures ΔE2000 as the published test pairs do (Sharma, Wu & Dalal 2005)", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 3);
  });
});
