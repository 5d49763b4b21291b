import {describe, expect, it} from "vitest";
import {correlation, standardise} from "../../../src/lib/risk/standardise.js";

describe("standardise", () => {
  it("matches hand-computed z-scores (mean 5, population sd 2)", () => {
    const s = standardise([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.sd).toBe(2);
    expect(s.z).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });

  it("uses the population sd (divides by n): [1, 3] has sd 1, not √2", () => {
    expect(standardise([1, 3])).toEqual({mean: 2, sd: 1, z: [-1, 1]});
  });

  it("gives z = 0 for a constant indicator instead of dividing by zero", () => {
    expect(standardise([3, 3, 3]).z).toEqual([0, 0, 0]);
  });
});

describe("correlation", () => {
  it("is 1 for a linear rise, −1 for a linear fall, and matches a hand-computed case", () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x = [1, 2, 3, 4], y = [1, 3, 2, 4]: Σdx·dy = 4, Σdx² = Σdy² = 5, so r = 4 / 5
    expect(correlation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it("is null for a constant series and refuses unequal lengths", () => {
    expect(correlation([1, 1], [1, 2])).toBeNull();
    expect(() => correlation([1], [1, 2])).toThrow(/pass pairs/);
  });
});
