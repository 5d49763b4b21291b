import {describe, expect, it} from "vitest";
import {agesOn2021Lsoas} from "../../../src/lib/model/ages.js";
import {summariseAreas, type AreaSummary} from "../../../src/lib/model/areas.js";
import type {LsoaRecord} from "../../../src/lib/model/record.js";
import {crimeProfile, domainProfile, storyNumbers} from "../../../src/lib/stories/data.js";
import {
  ageSentence,
  areaSentence,
  changeSentence,
  changeWhereSentence,
  peopleSentence,
  crimeSentence,
  domainSentence,
  locatorSentence,
  voicesSentence
} from "../../../src/lib/summaries/stories.js";

// A fixture area: three LSOAs of a four-LSOA district. Values are chosen to check by hand.
const lsoa = (code: string, ward: string, population: number, decile: number, vwi: number): LsoaRecord =>
  ({
    lsoa21cd: code,
    lsoa21nm: `Town ${code.slice(-3)}`,
    msoa21cd: "E02000001",
    msoa21nm: "Hill Hook",
    ward25cd: ward,
    ward25nm: ward === "E05000001" ? "North" : "South",
    lad25cd: "E08000025",
    lad25nm: "Birmingham",
    population,
    iod_population: population,
    ...Object.fromEntries(
      ["imd", "income", "employment", "education", "health", "crime", "housing", "environment"].flatMap((k) => [
        [`${k}_decile`, decile],
        [`${k}_score`, 10],
        [`${k}_rank`, decile * 1000]
      ])
    ),
    violence_with_injury: vwi,
    public_order_weapons: 10,
    anti_social_behaviour: 20
  }) as unknown as LsoaRecord;

const LSOAS = [
  lsoa("E01000001", "E05000001", 1000, 1, 40),
  lsoa("E01000002", "E05000001", 1000, 1, 20),
  lsoa("E01000003", "E05000001", 2000, 5, 10),
  lsoa("E01000004", "E05000002", 4000, 10, 5)
];
const ENGLAND = {
  level: "england",
  code: "E92000001",
  name: "England",
  district_code: null,
  district_name: null,
  weighting: "population",
  lsoa_count: 10,
  population: null,
  values: {
    violence_with_injury: 10,
    public_order_weapons: 5,
    anti_social_behaviour: 15,
    imd_most_deprived_10: 0.1,
    income_most_deprived_10: 0.1
  }
} as unknown as AreaSummary;
// Ages: each 2011 LSOA has 10 people at age 5 and 10 at age 30; E01000099 split into 003 and 004.
const ageRow = (code: string) => ({
  lsoa11_code: code,
  ages: Array.from({length: 91}, (_, age) => (age === 5 || age === 30 ? 10 : 0))
});
const AGES = ["E01000001", "E01000002", "E01000099"].map(ageRow);
const LINKS = [
  {lsoa11_code: "E01000001", change_code: "U", lsoa21_code: "E01000001"},
  {lsoa11_code: "E01000002", change_code: "U", lsoa21_code: "E01000002"},
  {lsoa11_code: "E01000099", change_code: "S", lsoa21_code: "E01000003"},
  {lsoa11_code: "E01000099", change_code: "S", lsoa21_code: "E01000004"}
];
const IOD2019 = new Map([
  ["E01000001", {decile: 2, rank: 2000}],
  ["E01000002", {decile: 1, rank: 500}]
]);

const POPULATION = new Map(LSOAS.map((l) => [l.lsoa21cd, l.population]));
const numbers = storyNumbers(["E01000001", "E01000002", "E01000003"], {
  lsoas: LSOAS,
  areas: summariseAreas(LSOAS),
  england: ENGLAND,
  ages: agesOn2021Lsoas(AGES, LINKS, POPULATION),
  lsoa11To21: LINKS,
  iod2019: IOD2019
});

describe("story numbers for a fixture area", () => {
  it("sums population and apportions a split 2011 LSOA by mid-2024 population", () => {
    expect(numbers.population).toBe(4000);
    // 10 + 10 from the unchanged LSOAs, a third (2000 of 6000) of E01000099's 20 people.
    expect(numbers.age.area_total).toBe(Math.round(40 + 20 / 3));
    expect(numbers.age.under_18_share).toBeCloseTo(0.5);
  });

  it("keeps IoD2019 deciles only for unchanged LSOAs", () => {
    expect(numbers.lsoas.map((l) => l.imd_decile_2019)).toEqual([2, 1, null]);
    expect(changeSentence(numbers.lsoas)).toBe(
      "Of the two LSOAs with unchanged boundaries, one moved to a more deprived decile between IoD2019 and IoD2025, " +
        "none to a less deprived one, and one stayed in the same decile."
    );
  });

  it("names, for the maps of the two editions, the LSOAs whose decile moved", () => {
    const lsoa = (name: string, imd_decile_2019: number | null, imd_decile: number | null) => ({
      name,
      imd_decile_2019,
      imd_decile
    });
    expect(changeWhereSentence([lsoa("Birmingham 10A", 2, 3), lsoa("Birmingham 9B", 2, 3), lsoa("X", 4, 4)])).toBe(
      "Between the two maps, Birmingham 9B and Birmingham 10A moved to a less deprived decile; " +
        "the other one stayed in the same decile."
    );
    expect(changeWhereSentence([lsoa("A", 2, 1), lsoa("B", 2, 3), lsoa("C", null, 3)])).toBe(
      "Between the two maps, B moved to a less deprived decile, and A moved to a more deprived decile."
    );
    const many = Array.from({length: 7}, (_, i) => lsoa(`L${i}`, 1, 2));
    expect(changeWhereSentence(many)).toBe(
      "Between the two maps, seven LSOAs (named in the table) moved to a less deprived decile."
    );
    expect(changeWhereSentence([lsoa("A", 3, 3), lsoa("B", 1, 1)])).toBe(
      "The two maps shade both LSOAs alike: none changed decile."
    );
    expect(changeWhereSentence([lsoa("A", 3, 3), lsoa("B", 1, 1), lsoa("C", 2, 2)])).toBe(
      "The two maps shade all three LSOAs alike: none changed decile."
    );
    expect(changeWhereSentence([lsoa("A", null, 3)])).toBe(changeSentence([lsoa("A", null, 3)]));
  });

  it("compares the area with its ward, district, region and England", () => {
    // The area is all of North ward, so the ward is not repeated.
    expect(numbers.comparisons.map((c) => c.level)).toEqual(["area", "district", "region", "england"]);
    const crime = crimeProfile(numbers);
    // Weighted by the IoD2025 population: (40×1000 + 20×1000 + 10×2000) / 4000 and (… + 5×4000) / 8000.
    expect(crime.find((c) => c.level === "area" && c.key === "violence_with_injury")!.rate).toBeCloseTo(20);
    expect(crime.find((c) => c.level === "district" && c.key === "violence_with_injury")!.rate).toBe(12.5);
    expect(numbers.comparisons[0].name).toBe("North ward (the area)");
    expect(crimeSentence(crime)).toBe(
      "Violence with injury was recorded at 20.0 per 1,000 at-risk population in the area, against 12.5 in " +
        "Birmingham and 10.0 in England (IoD2025 police recorded crime, over the period given in the IoD2025 " +
        "technical report); the area's rate is 2.0 times England's."
    );
  });

  it("summarises the domain profile against the district", () => {
    const domains = domainProfile(numbers);
    expect(domains.find((d) => d.level === "area" && d.key === "income")!.share).toBeCloseTo(2 / 3);
    expect(domainSentence(domains)).toBe(
      "On seven of the seven domains, a larger share of the area's LSOAs is in England's most deprived 10% " +
        "than in Birmingham; the share is the same on all of them (2 of 3 LSOAs, 67%)."
    );
  });

  it("names one neighbourhood or lists several", () => {
    expect(areaSentence(6, ["Heath Town"], ["Heath Town"])).toBe(
      "The area is made of six LSOAs in Heath Town ward, covering the neighbourhood of Heath Town."
    );
    expect(areaSentence(14, ["St Michael's"], ["Hillfields", "City Centre", "Gosford"])).toBe(
      "The area is made of 14 LSOAs in St Michael's ward, " +
        "covering three neighbourhoods: Hillfields, City Centre and Gosford."
    );
  });

  it("leads the people figure with the mid-2024 population and states the mid-2020 base of the age shares", () => {
    expect(peopleSentence(4000, numbers.age, "the seven boroughs")).toBe(
      "4,000 people lived in the area in mid-2024. Shares by age are of the 47 residents in the mid-2020 " +
        "estimates, the newest by age: 50% were under 18, the same share as across the seven boroughs (50%), " +
        "and 50% under 25 (50% across the seven boroughs)."
    );
  });

  it("writes the locator and age sentences", () => {
    expect(locatorSentence("Hill Hook", "Birmingham", 3, ["North"], 4000)).toBe(
      "Hill Hook: three LSOAs in North ward, Birmingham, home to 4,000 people in mid-2024."
    );
    expect(
      ageSentence(
        {under_18_share: 0.28, under_25_share: 0.4, comparison_under_18_share: 0.23, comparison_under_25_share: 0.33},
        "the seven boroughs"
      )
    ).toBe(
      "28% were under 18, a higher share than across the seven boroughs (23%), " +
        "and 40% under 25 (33% across the seven boroughs)."
    );
  });

  it("calls two shares that round alike the same, whatever the unrounded difference", () => {
    const age = {
      under_18_share: 0.134,
      under_25_share: 0.4,
      comparison_under_18_share: 0.126,
      comparison_under_25_share: 0.4
    };
    expect(ageSentence(age, "the seven boroughs")).toMatch(/^13% were under 18, the same share as across/);
  });

  it("writes 'none', gives counts beside percentages of small bases, and names every domain sharing the top", () => {
    const row = (domain: string, level: string, share: number, count: number, base: number) => ({
      domain,
      level,
      area: level === "area" ? "The area" : "Coventry",
      share,
      count,
      base
    });
    const rows = [
      row("Income", "area", 4 / 6, 4, 6),
      row("Crime", "area", 4 / 6, 4, 6),
      row("Health and disability", "area", 1 / 6, 1, 6),
      row("Income", "district", 0.7, 137, 195),
      row("Crime", "district", 0.7, 137, 195),
      row("Health and disability", "district", 0.2, 39, 195)
    ];
    expect(domainSentence(rows)).toBe(
      "On none of the three domains, a larger share of the area's LSOAs is in England's most deprived 10% than in " +
        "Coventry; the highest share (4 of 6 LSOAs, 67%) is on two domains: income; crime."
    );
  });

  it("names the borough's engagement events with a correct possessive", () => {
    expect(voicesSentence(0, 2, "Walsall")).toMatch(/summarised from Walsall's engagement events/);
    expect(voicesSentence(0, 2, "St Michael's")).toMatch(/summarised from St Michael's engagement events/);
  });
});
