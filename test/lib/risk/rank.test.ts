import {describe, expect, it} from "vitest";
import {rankDescending} from "../../../src/lib/risk/rank.js";

describe("rankDescending", () => {
  it("ranks the highest score 1", () => {
    expect(
      rankDescending([
        {code: "a", score: 0.1},
        {code: "b", score: 2},
        {code: "c", score: -1}
      ]).map((r) => [r.code, r.rank])
    ).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 3]
    ]);
  });

  it("gives tied scores the same rank and skips the next (1, 2, 2, 4), ordering ties by code", () => {
    const ranked = rankDescending([
      {code: "d", score: 0},
      {code: "c", score: 1},
      {code: "b", score: 1},
      {code: "a", score: 5}
    ]);
    expect(ranked.map((r) => [r.code, r.rank, r.tied])).toEqual([
      ["a", 1, 1],
      ["b", 2, 2],
      ["c", 2, 2],
      ["d", 4, 1]
    ]);
  });

  it("treats scores that differ only by float noise as tied", () => {
    const ranked = rankDescending([
      {code: "x", score: 0.1 + 0.2},
      {code: "y", score: 0.3}
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("does not depend on the input order", () => {
    const items = [
      {code: "p", score: 1},
      {code: "q", score: 1},
      {code: "r", score: 3}
    ];
    expect(rankDescending([...items].reverse())).toEqual(rankDescending(items));
  });
});
