import {describe, expect, it} from "vitest";
import {summariseAreas, summariseEngland} from "../../../src/lib/model/areas.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {groupBy, shareWhere, weightedMean} from "../../../src/lib/model/weighted.js";
import {fixtureSources} from "../../fixtures/sources.js";

// Fixture LSOAs (population, IMD score, IMD decile, violence with injury per 1,000):
// 1: 1000, 50, 1, 30   2: 3000, 10, 6, 10   3: 2000, 40, 1, 20   4: 2000, 20, 4, (empty)
// MSOA 1 = {1,2}, MSOA 2 = {3,4}; North Ward = {1,2,3} in Birmingham; South & East = {4} in Coventry.
// England adds two LSOAs: (1500, 5, 10, 4) and (2500, 15, 7, 6). Every LSOA's IoD2025 population (income
// numerator ÷ income score) equals its population here, so weights are the populations above.

describe("weighted helpers", () => {
  it("weightedMean skips nulls and their weights", () => {
    expect(
      weightedMean(
        [
          {v: 10, w: 1},
          {v: null, w: 5},
          {v: 40, w: 2}
        ],
        (r) => r.v,
        (r) => r.w
      )
    ).toBe(30);
    expect(
      weightedMean(
        [{v: null, w: 1}],
        (r) => r.v,
        (r) => r.w
      )
    ).toBeNull();
  });
  it("shareWhere counts only rows with values", () => {
    expect(
      shareWhere(
        [{d: 1}, {d: 2}, {d: null}, {d: 1}],
        (r) => r.d,
        (d) => d === 1
      )
    ).toBeCloseTo(2 / 3);
  });
  it("groupBy keeps first-seen order", () => {
    expect([...groupBy(["b1", "a1", "b2"], (s) => s[0]).keys()]).toEqual(["b", "a"]);
  });
});

describe("summariseAreas", () => {
  const areas = summariseAreas(loadModel(fixtureSources()).lsoas);
  const find = (level: string, code: string) => areas.find((a) => a.level === level && a.code === code)!;

  it("population-weights IMD scores and crime rates by MSOA", () => {
    const m1 = find("msoa", "E02000001");
    expect(m1).toMatchObject({name: "Hill Hook", district_code: "E08000025", lsoa_count: 2, population: 4000});
    expect(m1.values.imd_score).toBeCloseTo(20); // (50×1000 + 10×3000) / 4000
    expect(m1.values.imd_most_deprived_10).toBe(0.5);
    expect(m1.values.violence_with_injury).toBeCloseTo(15); // (30×1000 + 10×3000) / 4000
    const m2 = find("msoa", "E02000002");
    expect(m2.values.imd_score).toBeCloseTo(30); // (40×2000 + 20×2000) / 4000
    expect(m2.values.violence_with_injury).toBeCloseTo(20); // LSOA 4 has no rate, so LSOA 3 alone
  });

  it("summarises wards and districts", () => {
    const north = find("ward", "E05000001");
    expect(north.values.imd_score).toBeCloseTo(160000 / 6000);
    expect(north.values.imd_most_deprived_10).toBeCloseTo(2 / 3);
    expect(north.values.violence_with_injury).toBeCloseTo(100000 / 6000);
    const coventry = find("district", "E08000026");
    expect(coventry).toMatchObject({name: "Coventry", district_code: null, population: 2000});
    expect(coventry.values.imd_score).toBe(20);
    expect(coventry.values.imd_most_deprived_10).toBe(0);
    expect(coventry.values.violence_with_injury).toBeNull();
  });

  it("gives the region one row, made like every other area", () => {
    expect(areas.filter((a) => a.level === "region")).toHaveLength(1);
    expect(find("region", "E47000007").values.imd_score).toBeCloseTo(25); // 200000 / 8000
    expect(find("region", "E47000007").values.imd_most_deprived_10).toBe(0.5);
    expect(find("region", "E47000007").values.imd_most_deprived_10_count).toBe(2);
    expect(find("region", "E47000007").values.deciles_known).toBe(4);
    expect(find("region", "E47000007").values.violence_with_injury_median).toBe(20); // 10, 20, 30
  });

  it("weights LSOAs by the population the IoD2025 counted, not by the mid-2024 estimate", () => {
    const lsoas = loadModel(fixtureSources()).lsoas.map((l, i) => ({...l, iod_population: i === 0 ? 3000 : 1000}));
    const m1 = summariseAreas(lsoas).find((a) => a.level === "msoa" && a.code === "E02000001")!;
    expect(m1.values.imd_score).toBeCloseTo(40); // (50×3000 + 10×1000) / 4000; mid-2024 weights give 20
  });
});

describe("summariseEngland", () => {
  it("weights England's LSOAs by their IoD2025 population, as every other area (not one LSOA one vote)", () => {
    const {england, areas} = loadModel(fixtureSources());
    expect(england).toMatchObject({
      level: "england",
      code: "E92000001",
      weighting: "population",
      lsoa_count: 6,
      population: null
    });
    expect(england.values.imd_score).toBeCloseTo(245000 / 12000); // unweighted it would be 140 / 6
    expect(england.values.imd_most_deprived_10).toBeCloseTo(2 / 6);
    expect(england.values.violence_with_injury).toBeCloseTo(121000 / 10000); // LSOA 4 has no rate
    expect(england.values.cyp_score).toBeNull(); // no England-wide sub-domain file
    expect(areas.filter((r) => r.level === "msoa")).toHaveLength(2);
  });

  it("returns null values for an empty set", () => {
    expect(summariseEngland([]).values.imd_score).toBeNull();
  });
});
