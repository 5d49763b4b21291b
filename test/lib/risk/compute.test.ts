import {describe, expect, it} from "vitest";
import {computeRiskIndex, topTenPercentCount, type MsoaInput} from "../../../src/lib/risk/compute.js";
import {RISK_KEYS, type RiskKey} from "../../../src/lib/risk/indicators.js";
import type {Weights} from "../../../src/lib/risk/weights.js";

/** Three MSOAs: every indicator is [1, 2, 3] or [3, 2, 1] so each z-score is ±√1.5 or 0. */
function msoa(code: string, v: number, flip: number): MsoaInput {
  const values = Object.fromEntries(RISK_KEYS.map((k) => [k, k === "aged_10_24" ? flip : v])) as Record<
    RiskKey,
    number
  >;
  return {
    code,
    name: `Area ${code}`,
    district_code: "E08000025",
    district_name: "Birmingham",
    population: 1000,
    values
  };
}
const inputs = [msoa("E02000003", 3, 1), msoa("E02000001", 1, 3), msoa("E02000002", 2, 2)];
const onlyAge: Weights = {
  violence_with_injury: 0,
  public_order_weapons: 0,
  idaci_rate: 0,
  cyp: 0,
  mental_health: 0,
  aged_10_24: 1
};
const Z = Math.sqrt(1.5); // (3 − 2) / sd, sd of [1, 2, 3] = √(2/3)

describe("computeRiskIndex", () => {
  it("standardises each indicator and sums the weighted z-scores", () => {
    const index = computeRiskIndex(inputs, onlyAge);
    const byCode = new Map(index.rows.map((r) => [r.code, r]));
    expect(byCode.get("E02000001")!.z_aged_10_24).toBeCloseTo(Z, 12);
    expect(byCode.get("E02000001")!.score).toBeCloseTo(Z, 12);
    expect(byCode.get("E02000003")!.score).toBeCloseTo(-Z, 12);
    expect(index.stats.aged_10_24).toEqual({mean: 2, sd: Math.sqrt(2 / 3)});
    expect(index.rows.map((r) => [r.code, r.rank])).toEqual([
      ["E02000001", 1],
      ["E02000002", 2],
      ["E02000003", 3]
    ]);
  });

  it("ranks under equal weights alongside, for the sensitivity view", () => {
    // Equal weights: five indicators point one way, one the other, so E02000003 comes first.
    const index = computeRiskIndex(inputs, onlyAge);
    const e = new Map(index.rows.map((r) => [r.code, r.equal_rank]));
    expect([e.get("E02000003"), e.get("E02000002"), e.get("E02000001")]).toEqual([1, 2, 3]);
    expect(index.rows.find((r) => r.code === "E02000003")!.equal_score).toBeCloseTo((5 * Z - Z) / 6, 12);
  });

  it("shares a rank between tied MSOAs and records the tie", () => {
    const tied = [msoa("E02000001", 1, 1), msoa("E02000002", 1, 1), msoa("E02000003", 5, 5)];
    const rows = computeRiskIndex(tied, onlyAge).rows;
    expect(rows.map((r) => [r.code, r.rank, r.tied])).toEqual([
      ["E02000003", 1, 1],
      ["E02000001", 2, 2],
      ["E02000002", 2, 2]
    ]);
  });

  it("gives the same output whatever the input order", () => {
    const a = JSON.stringify(computeRiskIndex(inputs, onlyAge));
    const b = JSON.stringify(computeRiskIndex([...inputs].reverse(), onlyAge));
    expect(b).toBe(a);
  });

  it("marks the top 10% (⌈n/10⌉: 36 of 357, 36 of 356)", () => {
    expect(topTenPercentCount(357)).toBe(36);
    expect(topTenPercentCount(356)).toBe(36);
    expect(computeRiskIndex(inputs, onlyAge).rows.map((r) => r.top10)).toEqual([1, 0, 0]);
  });

  it("refuses an MSOA with a missing indicator", () => {
    const broken = [...inputs, {...msoa("E02000009", 1, 1), values: {...msoa("E02000009", 1, 1).values, cyp: null}}];
    expect(() => computeRiskIndex(broken, onlyAge)).toThrow(
      /^MSOA E02000009 \(Area E02000009\) has no value for cyp — /
    );
  });
});
