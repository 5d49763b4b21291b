import {describe, expect, it} from "vitest";
import {msoaInputs} from "../../../src/lib/risk/msoa.js";

const base = {
  msoa21cd: "E02000001",
  msoa21nm: "Hill Hook",
  lad25cd: "E08000025",
  lad25nm: "Birmingham",
  public_order_weapons: 1,
  cyp_score: 0,
  mental_health: 0
};
/** Ages 0–90: 2 per year below 16, 1 per year above, so 32 children and 75 others. */
const ages = Array.from({length: 91}, (_, age) => (age < 16 ? 2 : 1));

describe("msoaInputs", () => {
  it("weights rates by the IoD2025 population and derives the IDACI rate and the share aged 10 to 24", () => {
    const lsoas = [
      {
        ...base,
        lsoa21cd: "E01000001",
        population: 1000,
        iod_population: 1000,
        violence_with_injury: 30,
        idaci_numerator: 8
      },
      {
        ...base,
        lsoa21cd: "E01000002",
        population: 3000,
        iod_population: 3000,
        violence_with_injury: 10,
        idaci_numerator: null
      }
    ];
    const [msoa] = msoaInputs(
      lsoas,
      new Map([
        ["E01000001", ages],
        ["E01000002", ages]
      ])
    );
    expect(msoa.population).toBe(4000);
    expect(msoa.values.violence_with_injury).toBe(15); // (30×1000 + 10×3000) / 4000
    expect(msoa.values.idaci_rate).toBe(8 / 32); // the LSOA without a numerator is left out of both sums
    // aged 10–24: 6 × 2 (10–15) + 9 × 1 (16–24) = 21 of 107 in each LSOA
    expect(msoa.values.aged_10_24).toBeCloseTo(21 / 107, 12);
  });

  it(
    "assigns an MSOA that crosses a borough boundary to the borough with most of its residents, " +
      "whatever the order",
    () => {
      const lsoas = [
        {
          ...base,
          lsoa21cd: "E01000001",
          population: 1000,
          iod_population: 1000,
          violence_with_injury: 1,
          idaci_numerator: 1
        },
        {
          ...base,
          lsoa21cd: "E01000002",
          lad25cd: "E08000026",
          lad25nm: "Coventry",
          population: 3000,
          iod_population: 3000,
          violence_with_injury: 1,
          idaci_numerator: 1
        }
      ];
      const map = new Map([
        ["E01000001", ages],
        ["E01000002", ages]
      ]);
      expect(msoaInputs(lsoas, map)[0].district_name).toBe("Coventry");
      expect(msoaInputs([...lsoas].reverse(), map)[0].district_name).toBe("Coventry");
    }
  );

  it("fails when an LSOA has no age counts", () => {
    expect(() =>
      msoaInputs(
        [
          {
            ...base,
            lsoa21cd: "E01000001",
            population: 1,
            iod_population: 1,
            violence_with_injury: 1,
            idaci_numerator: 1
          }
        ],
        new Map()
      )
    ).toThrow(/E01000001 has no mid-2020 age counts/);
  });
});
