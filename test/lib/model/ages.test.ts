import {describe, expect, it} from "vitest";
import {ageBand, agesOn2021Lsoas, total} from "../../../src/lib/model/ages.js";

describe("agesOn2021Lsoas", () => {
  const lookup = [
    {lsoa11_code: "E01000001", lsoa21_code: "E01000001"}, // U
    {lsoa11_code: "E01000002", lsoa21_code: "E01000010"}, // S: split by 2021 residents 1:3
    {lsoa11_code: "E01000002", lsoa21_code: "E01000011"},
    {lsoa11_code: "E01000003", lsoa21_code: "E01000020"}, // M: two 2011 LSOAs merge
    {lsoa11_code: "E01000004", lsoa21_code: "E01000020"}
  ];
  const residents = new Map([
    ["E01000001", 100],
    ["E01000010", 100],
    ["E01000011", 300],
    ["E01000020", 500]
  ]);
  const ages = [
    {lsoa11_code: "E01000001", ages: [10, 20]},
    {lsoa11_code: "E01000002", ages: [40, 8]},
    {lsoa11_code: "E01000003", ages: [1, 2]},
    {lsoa11_code: "E01000004", ages: [3, 4]}
  ];

  it("keeps unchanged LSOAs, shares splits by mid-2024 population and sums merges", () => {
    const out = agesOn2021Lsoas(ages, lookup, residents);
    expect(out.get("E01000001")).toEqual([10, 20]);
    expect(out.get("E01000010")).toEqual([10, 2]);
    expect(out.get("E01000011")).toEqual([30, 6]);
    expect(out.get("E01000020")).toEqual([4, 6]);
  });

  it("keeps the total population", () => {
    const out = agesOn2021Lsoas(ages, lookup, residents);
    const sum = [...out.values()].reduce((s, a) => s + total(a), 0);
    expect(sum).toBe(ages.reduce((s, a) => s + total(a.ages), 0));
  });

  it("fails on a 2011 LSOA missing from the lookup", () => {
    expect(() => agesOn2021Lsoas([{lsoa11_code: "E01999999", ages: [1]}], lookup, residents)).toThrow(
      /E01999999 is not in the LSOA 2011 → 2021 lookup/
    );
  });
});

describe("ageBand", () => {
  it("sums inclusive ranges and stops at the last column (90+)", () => {
    const counts = Array.from({length: 91}, (_, i) => i);
    expect(ageBand(counts, 10, 12)).toBe(33);
    expect(ageBand(counts, 89, 120)).toBe(179);
  });
});
