import {describe, expect, it} from "vitest";
import {similarSentence} from "../../../src/lib/summaries/similar.js";
import type {SimilarAreas} from "../../../src/lib/wards/similar.js";

const ward = (name: string, violence: number | null, imd: number | null) => ({
  code: name,
  name,
  slug: name.toLowerCase(),
  district_name: "Birmingham",
  distance: 1,
  violence_with_injury: violence,
  imd_score: imd
});

const similar = (violence: number | null, imd: number | null, wards: SimilarAreas["wards"]): SimilarAreas => ({
  area: {violence_with_injury: violence, imd_score: imd},
  wards
});

describe("similarSentence", () => {
  it("counts the similar wards the area exceeds, as the rates are shown, and gives their range", () => {
    const wards = [ward("A", 10, 30), ward("B", 20.04, 50), ward("C", 30, 20)];
    expect(similarSentence("Aston", similar(20, 40, wards))).toBe(
      "Aston is compared with the three wards of the seven boroughs most like it on deprivation (crime aside) " +
        "and age. Its violence with injury rate, 20.0 per 1,000 at-risk population, is higher than in one of " +
        "the three (their rates: from 10.0 to 30.0). Its IMD 2025 score, 40.0, is higher than in two of the three."
    );
  });

  it("says so when the area is above all of them or above none", () => {
    const wards = [ward("A", 10, 30), ward("B", 12, 35)];
    const sentence = similarSentence("the area", similar(50, 1, wards));
    expect(sentence).toMatch(/^The area is compared with the two wards/);
    expect(sentence).toMatch(/is higher than in both \(their rates/);
    expect(sentence).toMatch(/score, 1\.0, is not higher than in either\.$/);
  });

  it("leaves out what cannot be compared", () => {
    expect(similarSentence("Aston", similar(null, 40, [ward("A", 10, 30)]))).toMatch(
      /No violence with injury rate is available to compare\.$/
    );
    expect(similarSentence("Aston", similar(20, 40, []))).toBe(
      "No other ward of the seven boroughs is left to compare Aston with."
    );
  });
});
