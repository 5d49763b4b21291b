import {describe, expect, it} from "vitest";
import {byBorough, sensitivitySentence, sensitivityStats, topTenSentence} from "../../../src/lib/summaries/risk.js";

const rows = [
  {name: "Digbeth", district_name: "Birmingham", rank: 1, equal_rank: 2},
  {name: "Hillfields", district_name: "Coventry", rank: 2, equal_rank: 1},
  {name: "Harborne", district_name: "Birmingham", rank: 3, equal_rank: 9},
  {name: "Knowle", district_name: "Solihull", rank: 4, equal_rank: 4}
];

describe("risk summaries", () => {
  it("counts by borough, largest first", () => {
    expect(byBorough(rows)).toBe("Birmingham (2), Coventry (1) and Solihull (1)");
    expect(byBorough(rows.slice(0, 1))).toBe("Birmingham (1)");
  });

  it("says where the top 10% are", () => {
    expect(topTenSentence(rows, 2)).toBe(
      "The 2 neighbourhoods (MSOAs) in the top 10% of the risk index are in " +
        "Birmingham (1) and Coventry (1); the highest ranked is Digbeth (Birmingham)."
    );
  });

  it("measures how ranks move under equal weights", () => {
    expect(sensitivityStats(rows, 3)).toEqual({stayInTop: 2, topCount: 3, medianShift: 1, largest: rows[2]});
    expect(sensitivitySentence(rows, 3)).toBe(
      "Two of the three neighbourhoods in the top 10% stay in the top 10% with equal weights; " +
        "half of all neighbourhoods move 1 place or fewer, " +
        "and Harborne moves most (6 places: rank 3 with the configured weights, 9 with equal weights)."
    );
  });
});
