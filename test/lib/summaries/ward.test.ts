import {describe, expect, it} from "vitest";
import {
  ageSentence,
  domainSentence,
  locatorSentence,
  rateSentence,
  riskSentence
} from "../../../src/lib/summaries/ward.js";

describe("ward summaries", () => {
  it("locates the ward", () => {
    expect(locatorSentence("King's Norton South", "Birmingham", 69, 11916)).toBe(
      "King's Norton South is one of Birmingham's 69 wards; 11,916 people lived there in mid-2024."
    );
  });

  it("counts the domains where the ward is above its borough", () => {
    const domains = [
      {label: "Income", ward: 0.5, district: 0.4, region: 0.3},
      {label: "Crime", ward: 0.1, district: 0.2, region: 0.3},
      {label: "Health", ward: null, district: 0.2, region: 0.3}
    ];
    expect(domainSentence("X", "Y", domains)).toBe(
      "On one of the two IoD2025 measures, " +
        "a larger share of X's neighbourhoods is among England's most deprived 10% than across Y."
    );
  });

  it("compares a rate and an age share", () => {
    expect(
      rateSentence("X", "Y", {label: "Violence with injury", ward: 12.34, district: 10, region: 9.06}, "per 1,000")
    ).toBe(
      "Violence with injury was recorded at 12.3 per 1,000 in X, " +
        "against 10.0 across Y and 9.1 across the seven boroughs " +
        "(IoD2025 police recorded crime, over the period given in the IoD2025 technical report)."
    );
    expect(ageSentence("X", "Y", {label: "10 to 24", ward: 0.214, district: 0.2, region: 0.197})).toBe(
      "In mid-2020, 21% of X's residents were aged 10 to 24, against 20% across Y and 20% across the seven boroughs."
    );
  });

  it("summarises the risk ranks of the overlapped MSOAs", () => {
    expect(
      riskSentence(
        "X",
        [
          {name: "A", rank: 40, top10: 0},
          {name: "B", rank: 3, top10: 1}
        ],
        357
      )
    ).toBe(
      "X overlaps two neighbourhoods (MSOAs); " +
        "one is in the top 10% of the risk index. The highest ranked is B, 3 of 357."
    );
    expect(riskSentence("X", [{name: "A", rank: 40, top10: 0}], 357)).toBe(
      "X overlaps one neighbourhood (MSOA); " +
        "it is not in the top 10% of the risk index. The highest ranked is A, 40 of 357."
    );
  });

  it("writes possessives of names that already end in 's, and 'none' for a zero count", () => {
    const domains = [
      {label: "Income", ward: 0.1, district: 0.2, region: 0.3},
      {label: "Crime", ward: 0.1, district: 0.1, region: 0.3}
    ];
    expect(domainSentence("St Michael's", "Coventry", domains)).toBe(
      "On none of the two IoD2025 measures, a larger share of St Michael's neighbourhoods is among England's most " +
        "deprived 10% than across Coventry."
    );
    expect(ageSentence("St Michael's", "Coventry", {label: "18 to 24", ward: 0.47, district: 0.2, region: 0.1})).toBe(
      "In mid-2020, 47% of St Michael's residents were aged 18 to 24, against 20% across Coventry and 10% across the " +
        "seven boroughs."
    );
  });

  it("counts a domain as above the borough only when its percentage, as shown, is higher", () => {
    const domains = [
      {label: "Income", ward: 0.334, district: 0.333, region: 0.3},
      {label: "Crime", ward: 0.5, district: 0.1, region: 0.3}
    ];
    expect(domainSentence("X", "Y", domains)).toMatch(/^On one of the two IoD2025 measures/);
  });
});
