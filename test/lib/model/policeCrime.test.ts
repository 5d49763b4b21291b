// police.uk's months counted on the region's 2021 LSOAs, whichever LSOA codes each month's file has.
import {describe, expect, it} from "vitest";
import {countKey, type StreetMonth} from "../../../src/lib/inputs/policeStreet.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {areaMonthly, countPoliceCrime, lsoaTotal, recentMonths} from "../../../src/lib/model/policeCrime.js";
import {FIXTURE_LSOAS, fixturePoliceCount, fixtureSources} from "../../fixtures/sources.js";

const VIOLENCE = "Violence and sexual offences";

function month(name: string, counts: Record<string, number>, unlocated = 0): StreetMonth {
  return {
    path: `police/street/${name}-west-midlands-street.csv`,
    month: name,
    counts: new Map(Object.entries(counts).map(([code, n]) => [countKey(code, VIOLENCE), n])),
    unlocated
  };
}

// 2021 LSOAs A, B, C, D. In 2011: A was A (unchanged); B was made of X and Y (merged); S was split
// into C and D.
const residents = new Map([
  ["E01000011", 1500],
  ["E01000012", 1500],
  ["E01000013", 1000],
  ["E01000014", 1000]
]);
const links = [
  {lsoa11_code: "E01000011", lsoa21_code: "E01000011"},
  {lsoa11_code: "E01000091", lsoa21_code: "E01000012"},
  {lsoa11_code: "E01000092", lsoa21_code: "E01000012"},
  {lsoa11_code: "E01000093", lsoa21_code: "E01000013"},
  {lsoa11_code: "E01000093", lsoa21_code: "E01000014"}
];
// January on 2011 codes, February on 2021 codes.
const months = [
  month("2024-01", {E01000011: 3, E01000091: 4, E01000092: 5, E01000093: 7, E01099999: 2}, 1),
  month("2024-02", {E01000011: 6, E01000012: 8, E01000013: 2, E01000014: 4, E01099999: 1})
];

describe("countPoliceCrime", () => {
  const police = countPoliceCrime(months, residents, links)!;

  it("is null without files", () => {
    expect(countPoliceCrime([], residents, links)).toBeNull();
  });

  it("counts 2021 codes as they are, and 2011 codes unchanged or merged on their 2021 LSOA", () => {
    expect(police.months).toEqual(["2024-01", "2024-02"]);
    expect(police.lsoas.get("E01000011")!.get(VIOLENCE)).toEqual([3, 6]);
    expect(police.lsoas.get("E01000012")!.get(VIOLENCE)).toEqual([9, 8]);
    expect(police.lsoas.get("E01000013")!.get(VIOLENCE)).toEqual([0, 2]);
    expect(police.lsoas.get("E01000011")!.get("Robbery")).toEqual([0, 0]);
  });

  it("keeps a split 2011 LSOA's crimes apart, and counts those outside the region and with no LSOA", () => {
    expect(police.split).toHaveLength(1);
    expect(police.split[0]).toMatchObject({lsoa11: "E01000093", parts: ["E01000013", "E01000014"]});
    expect(police.split[0].counts.get(VIOLENCE)).toEqual([7, 0]);
    expect(police.outside).toBe(3);
    expect(police.unlocated).toBe(1);
    expect(police.total).toBe(3 + 4 + 5 + 7 + 2 + 1 + 6 + 8 + 2 + 4 + 1);
  });

  it("counts a split LSOA's crimes for an area only when every part is in it", () => {
    expect(areaMonthly(police, new Set(["E01000013", "E01000014"]), VIOLENCE)).toEqual([7, 6]);
    expect(areaMonthly(police, new Set(["E01000013"]), VIOLENCE)).toEqual([0, 2]);
    expect(areaMonthly(police, new Set(["E01000011", "E01000012"]), VIOLENCE)).toEqual([12, 14]);
  });

  it("totals an LSOA over the recent months, never with a split LSOA's crimes", () => {
    expect(recentMonths(police, 1)).toEqual({first: 1, months: ["2024-02"]});
    expect(recentMonths(police)).toEqual({first: 0, months: ["2024-01", "2024-02"]});
    expect(lsoaTotal(police, "E01000012", VIOLENCE, 0)).toBe(17);
    expect(lsoaTotal(police, "E01000014", VIOLENCE, 0)).toBe(4);
    expect(lsoaTotal(police, "E01000012", VIOLENCE, 1)).toBe(8);
  });
});

describe("the model's policeCrime", () => {
  it("is null when the sources folder has no street files", () => {
    expect(loadModel(fixtureSources()).policeCrime).toBeNull();
  });

  it("counts the fixture's year on its LSOAs, with their mid-2024 residents", () => {
    const police = loadModel(fixtureSources({police: true})).policeCrime!;
    expect(police.months).toHaveLength(12);
    FIXTURE_LSOAS.forEach((l, i) => {
      expect(police.residents.get(l.code)).toBe(l.population);
      expect(police.lsoas.get(l.code)?.get(VIOLENCE)).toEqual(
        police.months.map((_, m) => fixturePoliceCount(i, m, VIOLENCE))
      );
    });
    expect(police.outside).toBe(12);
    expect(police.unlocated).toBe(12);
  });
});
