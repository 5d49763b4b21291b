import {describe, expect, it} from "vitest";
import {RISK_KEYS} from "../../../src/lib/risk/indicators.js";
import {equalWeights} from "../../../src/lib/risk/weights.js";

describe("equalWeights", () => {
  it("gives every indicator 1/n, summing to 1", () => {
    const w = Object.values(equalWeights());
    expect(w).toHaveLength(RISK_KEYS.length);
    expect(new Set(w).size).toBe(1);
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
});
