import {describe, expect, it} from "vitest";
import {editDistance} from "../../../src/lib/util/editDistance.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("titel", "title")).toBe(2);
    expect(editDistance("E0100003", "E01000003")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("counts two neighbouring characters swapped as one edit when asked to", () => {
    expect(editDistance("titel", "title", {transpositions: true})).toBe(1);
    expect(editDistance("hawkelsey", "hawkesley", {transpositions: true})).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance("ca", "abc", {transpositions: true})).toBe(3);
  });

  it("measures to the nearest prefix of the second string when asked to", () => {
    expect(editDistance("hawksley", "hawkesley", {prefix: true})).toBe(1);
    expect(editDistance("hilf", "hillfields", {prefix: true})).toBe(1);
    expect(editDistance("pool", "pool farm", {prefix: true})).toBe(0);
    expect(editDistance("", "anything", {prefix: true})).toBe(0);
    expect(editDistance("hwak", "hawkesley", {prefix: true, transpositions: true})).toBe(1);
  });
});
