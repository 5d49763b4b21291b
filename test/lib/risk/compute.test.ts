import {describe, expect, it} from "vitest";
import {computeRiskIndex, topTenPercentCount, type MsoaInput} from "../../../src/lib/risk/compute.js";
import {contributionsOf} from "../../../src/lib/risk/contributions.js";
import {RISK_KEYS, type RiskKey} from "../../../src/lib/risk/indicators.js";
import {equalWeights} from "../../../src/lib/risk/weights.js";
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
    expect(index.stats.aged_10_24).toEqual({mean: 2, sd: Math.sqrt(2 / 3), capped: 0});
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

  it("caps each z-score at ±3, so one extreme value adds at most weight × 3", () => {
    // Ten MSOAs with no young residents and one where all 100 are: z = 3.16 before the cap.
    const areas = Array.from({length: 11}, (_, i) => msoa(`E020000${String(i + 10)}`, i, i === 10 ? 100 : 0));
    const index = computeRiskIndex(areas, onlyAge);
    const outlier = index.rows.find((r) => r.code === "E02000020")!;
    expect(outlier.z_aged_10_24).toBeCloseTo(3.162, 3);
    expect(outlier.c_aged_10_24).toBe(3);
    expect(outlier.score).toBe(3);
    expect(index.stats.aged_10_24.capped).toBe(1);
    expect(index.cap).toBe(3);
  });

  it("ranks without the cap alongside, so the cap's effect can be shown", () => {
    // 30 MSOAs; the first is lowest on five indicators but the only one with young residents (z = 5.39).
    const areas = Array.from({length: 30}, (_, i) => msoa(`E020001${String(i).padStart(2, "0")}`, i + 1, i ? 0 : 1));
    const weights = {
      violence_with_injury: 0.1,
      public_order_weapons: 0.1,
      idaci_rate: 0.1,
      cyp: 0.1,
      mental_health: 0.1,
      aged_10_24: 0.5
    };
    const row = computeRiskIndex(areas, weights).rows.find((r) => r.code === "E02000100")!;
    expect(row.z_aged_10_24).toBeCloseTo(Math.sqrt(29), 12);
    expect([row.uncapped_rank, row.rank]).toEqual([1, 3]);
  });

  it("gives each MSOA's contribution by indicator, adding up to its score", () => {
    for (const row of computeRiskIndex(inputs, equalWeights()).rows) {
      const parts = contributionsOf(row);
      expect(parts.map((p) => p.key)).toEqual(RISK_KEYS);
      expect(parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(row.score, 12);
      expect(row.score_without_largest).toBeCloseTo(row.score - Math.max(...parts.map((p) => p.contribution)), 12);
    }
  });

  it("names a top-10% neighbourhood whose score is not positive without its largest contribution", () => {
    const one = computeRiskIndex(inputs, onlyAge);
    expect(one.rows[0]).toMatchObject({code: "E02000001", top10: 1, largest: "aged_10_24", rests_on_one: 1});
    expect(one.restsOnOne).toEqual([
      {
        code: "E02000001",
        name: "Area E02000001",
        district_name: "Birmingham",
        rank: 1,
        score: one.rows[0].score,
        largest: "aged_10_24",
        contribution: one.rows[0].c_aged_10_24,
        score_without_largest: 0
      }
    ]);
    // With equal weights the top MSOA is high on five indicators: it keeps a positive score without any one.
    const broad = computeRiskIndex(inputs, equalWeights());
    expect(broad.rows[0].score_without_largest).toBeGreaterThan(0);
    expect(broad.restsOnOne).toEqual([]);
  });
});
