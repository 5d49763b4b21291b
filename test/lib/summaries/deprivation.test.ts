import {describe, expect, it} from "vitest";
import {countMostDeprived, mostDeprivedSentence} from "../../../src/lib/summaries/deprivation.js";

describe("mostDeprivedSentence", () => {
  const rows = [1, 1, 1, 4, 6, 9, 10, 2].map((imd_decile) => ({imd_decile}));

  it("counts LSOAs in decile 1", () => {
    expect(countMostDeprived([...rows, {imd_decile: null}])).toEqual({count: 3, total: 8});
  });

  it("writes a sentence with words for small counts and a percentage", () => {
    expect(mostDeprivedSentence(rows, "King's Norton South")).toBe(
      "Three of the eight neighbourhoods (LSOAs) in King's Norton South (38%) are " +
        "among England's most deprived 10% on the Index of Multiple Deprivation 2025."
    );
  });

  it("handles one, none and no data", () => {
    expect(mostDeprivedSentence([{imd_decile: 1}, {imd_decile: 5}], "X")).toMatch(
      /^One of the two .* \(50%\) is among/
    );
    expect(mostDeprivedSentence([{imd_decile: 5}], "X")).toMatch(/^None of the one /);
    expect(mostDeprivedSentence([], "X")).toBe("No IMD 2025 deciles are available for X.");
  });

  it("uses digits above ten", () => {
    const many = Array.from({length: 1719}, (_, i) => ({imd_decile: i < 412 ? 1 : 5}));
    expect(mostDeprivedSentence(many, "the seven boroughs")).toMatch(
      /^412 of the 1,719 neighbourhoods \(LSOAs\) in the seven boroughs \(24%\) are/
    );
  });
});
