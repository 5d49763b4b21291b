import {describe, expect, it} from "vitest";
import {
  byBorough,
  capSentence,
  contributionSentence,
  robustnessSentence,
  sensitivitySentence,
  sensitivityStats,
  topTenSentence
} from "../../../src/lib/summaries/risk.js";

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

  it("says that no top-10% neighbourhood rests on one indicator, or names those that do with the reason", () => {
    expect(robustnessSentence({checked: 36, restsOnOne: []})).toBe(
      "All 36 neighbourhoods in the top 10% keep a positive score without their largest single contribution, " +
        "so none owes its place to one indicator alone."
    );
    const sellyOak = {
      name: "Selly Oak",
      rank: 25,
      largest_label: "Residents aged 10 to 24",
      contribution: 1.45,
      score_without_largest: -0.26
    };
    expect(robustnessSentence({checked: 36, restsOnOne: [sellyOak]})).toBe(
      "One of the 36 neighbourhoods in the top 10% owes its place to one indicator alone. " +
        "Selly Oak (rank 25): without residents aged 10 to 24 (+1.45) its score would be −0.26."
    );
  });

  it("lists a neighbourhood's contributions, largest first, with signs", () => {
    const row = {
      name: "St Michael's",
      score: 1.2,
      rank: 3,
      c_violence_with_injury: 0.5,
      c_public_order_weapons: 0,
      c_idaci_rate: 0,
      c_cyp: 0,
      c_mental_health: -0.1,
      c_aged_10_24: 0.8
    };
    expect(contributionSentence(row)).toMatch(/^St Michael's index score of \+1\.20 \(rank 3\) is the sum of /);
    expect(contributionSentence(row)).toMatch(/ residents aged 10 to 24 \+0\.80, violence with injury \+0\.50, /);
    expect(contributionSentence(row)).toMatch(/ and mental health indicator −0\.10\.$/);
  });

  it("says what the cap does", () => {
    const method = {
      cap: 3,
      topCount: 36,
      indicators: [
        {label: "Violence with injury", capped: 2},
        {label: "Residents aged 10 to 24", capped: 7},
        {label: "Mental health indicator", capped: 0}
      ],
      capEffect: {leftTop: [{name: "Selly Oak", rank: 156, uncapped_rank: 25}]}
    };
    expect(capSentence(method)).toBe(
      "A value more than three standard deviations from the average counts as three; this applies to nine values " +
        "(violence with injury: 2 and residents aged 10 to 24: 7). " +
        "Without the cap, Selly Oak would rank 25 instead of 156."
    );
  });
});
