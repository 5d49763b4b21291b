import {describe, expect, it} from "vitest";
import {formatShare} from "../../../src/lib/format.js";
import {compareShown, countAlone, listOf, possessive, shareOf, signed} from "../../../src/lib/summaries/words.js";

describe("words", () => {
  it("writes possessives without doubling one that is already there", () => {
    expect(possessive("St Michael's")).toBe("St Michael's");
    expect(possessive("King's Norton South")).toBe("King's Norton South's");
    expect(possessive("Hillfields")).toBe("Hillfields'");
    expect(possessive("Birmingham")).toBe("Birmingham's");
  });

  it("says 'none' for a count that stands alone", () => {
    expect(`On ${countAlone(0)} of the seven domains`).toBe("On none of the seven domains");
    expect(countAlone(3)).toBe("three");
  });

  it("puts the count beside the percentage when the base is small", () => {
    expect(shareOf(4, 6)).toBe("4 of 6 (67%)");
    expect(shareOf(137, 195)).toBe("70%");
    expect(shareOf(0, 0)).toBe("none");
  });

  it("compares values as they are shown, so equal-looking figures are the same", () => {
    expect(compareShown(0.134, 0.126, formatShare)).toBe("same");
    expect(compareShown(0.136, 0.126, formatShare)).toBe("higher");
    expect(compareShown(0.116, 0.126, formatShare)).toBe("lower");
  });

  it("lists, and signs numbers with a true minus", () => {
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
    expect(signed(1.454)).toBe("+1.45");
    expect(signed(-0.26)).toBe("−0.26");
    expect(signed(-0.001)).toBe("0.00");
  });
});
