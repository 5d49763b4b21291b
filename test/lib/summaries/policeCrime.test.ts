// Disclosure control of police.uk counts and the sentences drawn from them.
import {describe, expect, it} from "vitest";
import {
  countText,
  disclosedCount,
  disclosedParts,
  disclosedRate,
  FEWER_THAN,
  MIN_RATE_RESIDENTS,
  monthName,
  periodName,
  rateMapSentence,
  trendSentence,
  WITHHELD,
  type DisclosedCount
} from "../../../src/lib/summaries/policeCrime.js";

describe("disclosure control", () => {
  it("shows a count of 5 or more, never one under 5", () => {
    expect([0, 1, 4, 5, 1234].map(disclosedCount)).toEqual([null, null, null, 5, 1234]);
    const shown: DisclosedCount[] = [null, 5, 1234, WITHHELD];
    expect(shown.map((c) => countText(c))).toEqual([FEWER_THAN, "5", "1,234", "withheld"]);
    expect(FEWER_THAN).toBe("fewer than 5");
  });

  it("makes no rate from a count under 5 or on a tiny base", () => {
    expect(disclosedRate(4, 1000)).toBeNull();
    expect(disclosedRate(5, MIN_RATE_RESIDENTS - 1)).toBeNull();
    expect(disclosedRate(5, undefined)).toBeNull();
    expect(disclosedRate(5, 1000)).toBe(5);
    expect(disclosedRate(30, 1500)).toBe(20);
  });

  it("withholds one more part when the hidden parts would follow from a known total", () => {
    // 3 is hidden; 40 − 20 − 17 would give it away, so the smallest shown part (17) is withheld.
    expect(disclosedParts([20, 3, 17], true)).toEqual([20, null, WITHHELD]);
    // The total is not known: nothing to subtract from.
    expect(disclosedParts([20, 3, 17], false)).toEqual([20, null, 17]);
    // Hidden parts of 5 or more together: subtraction gives away no count under 5.
    expect(disclosedParts([20, 3, 4, 17], true)).toEqual([20, null, null, 17]);
    expect(disclosedParts([20, 17], true)).toEqual([20, 17]);
    expect(disclosedParts([3], true)).toEqual([null]);
  });
});

describe("sentences", () => {
  it("names months and periods", () => {
    expect(monthName("2024-01")).toBe("January 2024");
    expect(periodName(["2024-01", "2024-02", "2024-12"])).toBe("January 2024 to December 2024");
    expect(periodName(["2024-12"])).toBe("December 2024");
  });

  it("describes a trend without giving a hidden month's count", () => {
    const sentence = trendSentence("Aston", "Robbery", ["2024-01", "2024-02", "2024-03"], [12, null, 9]);
    expect(sentence).toBe(
      "Robbery recorded in Aston, January 2024 to March 2024: 9 in March 2024, with the most, 12, in " +
        "January 2024; 1 of 3 months had fewer than 5."
    );
    expect(trendSentence("Aston", "Robbery", ["2024-01", "2024-02"], [12, null])).toMatch(
      /: fewer than 5 in February 2024, with the most, 12,/
    );
    expect(trendSentence("Aston", "Robbery", ["2024-01", "2024-02", "2024-03"], [12, 7, 12])).toMatch(
      /with the most, 12, in January 2024 and March 2024\.$/
    );
    expect(trendSentence("Aston", "Robbery", ["2024-01", "2024-02"], [null, null])).toBe(
      "Robbery: every month from January 2024 to February 2024 had fewer than 5 crimes recorded in Aston."
    );
  });

  it("describes a map of rates, with the LSOAs that have none", () => {
    const rows = [
      {name: "A", rate: 12.04},
      {name: "B", rate: null},
      {name: "C", rate: 30.55}
    ];
    expect(rateMapSentence("Aston", "Robbery", "2024", rows)).toBe(
      "Robbery from 2024: C has the highest rate of Aston's 3 LSOAs, 30.6 per 1,000 residents; 1 has no rate " +
        "(fewer than 5 crimes, or withheld)."
    );
    expect(rateMapSentence("Aston", "Robbery", "2024", [rows[0]])).toBe(
      "Robbery from 2024: A, Aston's one LSOA, has 12.0 per 1,000 residents."
    );
    expect(rateMapSentence("Aston", "Robbery", "2024", [rows[1]])).toBe(
      "Robbery from 2024: no LSOA in Aston has a rate to show."
    );
  });
});
