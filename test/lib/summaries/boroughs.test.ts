import {describe, expect, it} from "vitest";
import {exclusionsSentence, hourOfWeekSentence, indicatorSentence} from "../../../src/lib/summaries/boroughs.js";

describe("borough summaries", () => {
  it("names the highest and lowest borough and England, ignoring non-borough rows", () => {
    const rows = [
      {area_code: "E92000001", area_name: "England", value: 71.8},
      {area_code: "E47000007", area_name: "CA-West Midlands", value: 99},
      {area_code: "E08000029", area_name: "Solihull", value: 72.6},
      {area_code: "E08000028", area_name: "Sandwell", value: 66.8},
      {area_code: "E08000025", area_name: "Birmingham", value: 68}
    ];
    expect(indicatorSentence(rows, (v) => `${v}%`)).toBe(
      "Of the 3 boroughs, Solihull has the highest value (72.6%) and Sandwell has the lowest value (66.8%); " +
        "England: 71.8%."
    );
  });

  // School readiness 2018/19 as the 2020 needs assessment reproduced it.
  const readiness = [
    {area_code: "E92000001", area_name: "England", value: 71.8, ci_lower: 71.7, ci_upper: 71.9},
    {area_code: "E08000029", area_name: "Solihull", value: 72.6, ci_lower: 70.9, ci_upper: 74.2},
    {area_code: "E08000031", area_name: "Wolverhampton", value: 69.5, ci_lower: 67.9, ci_upper: 71.0},
    {area_code: "E08000026", area_name: "Coventry", value: 69.0, ci_lower: 67.6, ci_upper: 70.4},
    {area_code: "E08000025", area_name: "Birmingham", value: 68.0, ci_lower: 67.3, ci_upper: 68.7},
    {area_code: "E08000030", area_name: "Walsall", value: 67.5, ci_lower: 66.1, ci_upper: 69.0},
    {area_code: "E08000027", area_name: "Dudley", value: 67.1, ci_lower: 65.6, ci_upper: 68.6},
    {area_code: "E08000028", area_name: "Sandwell", value: 66.8, ci_lower: 65.4, ci_upper: 68.1}
  ];

  it("says 'among the highest/lowest', with the interval, when 95% intervals overlap", () => {
    expect(indicatorSentence(readiness, (v) => `${v.toFixed(1)}%`)).toBe(
      "Of the 7 boroughs, Solihull is among the highest (72.6%, 95% confidence interval 70.9% to 74.2%, which " +
        "overlaps the intervals of one other borough) and Sandwell is among the lowest (66.8%, 95% confidence " +
        "interval 65.4% to 68.1%, which overlaps the intervals of five other boroughs); England: 71.8%."
    );
  });

  it("says 'the highest' only when no other interval overlaps", () => {
    const apart = readiness.map((r) => (r.area_name === "Solihull" ? {...r, ci_lower: 71.5} : r));
    expect(indicatorSentence(apart, (v) => `${v.toFixed(1)}%`)).toMatch(
      /^Of the 7 boroughs, Solihull has the highest value \(72\.6%, 95% confidence interval 71\.5% to 74\.2%\)/
    );
  });

  it("names every borough that shares the top value", () => {
    const rows = [
      {area_code: "E08000029", area_name: "Solihull", value: 5.1},
      {area_code: "E08000025", area_name: "Birmingham", value: 5.1},
      {area_code: "E08000028", area_name: "Sandwell", value: 4}
    ];
    expect(indicatorSentence(rows, (v) => v.toFixed(1))).toBe(
      "Of the 3 boroughs, Birmingham and Solihull share the highest value (5.1) " +
        "and Sandwell has the lowest value (4.0)."
    );
  });

  it("names both hours when the lowest value is a tie", () => {
    const rows = [
      {day: "Monday", hour: 0, value: 4.8},
      {day: "Tuesday", hour: 5, value: 0.9},
      {day: "Thursday", hour: 5, value: 0.9},
      {day: "Saturday", hour: 23, value: 14.3}
    ];
    expect(hourOfWeekSentence(rows)).toBe(
      "Across the 4 hours of the week, the value is highest on Saturday, 23:00 to 00:00 (14.3), " +
        "and lowest on Tuesday and Thursday, 05:00 to 06:00 (0.9)."
    );
  });

  it("finds the peak and the dip of the hour-of-week table", () => {
    const rows = [
      {day: "Monday", hour: 0, value: 4.8},
      {day: "Saturday", hour: 23, value: 9.5},
      {day: "Tuesday", hour: 5, value: 0.9}
    ];
    expect(hourOfWeekSentence(rows)).toBe(
      "Across the 3 hours of the week, the value is highest on Saturday, " +
        "23:00 to 00:00 (9.5), and lowest on Tuesday, 05:00 to 06:00 (0.9)."
    );
  });

  it("describes how concentrated exclusions are", () => {
    const rows = [
      {
        school_group: "all schools",
        share_of_schools_pct: 12,
        schools: 153,
        share_of_permanent_exclusions_pct: 79,
        permanent_exclusions: 548,
        period: "2017/18"
      },
      {
        school_group: "all schools",
        share_of_schools_pct: 1,
        schools: 7,
        share_of_permanent_exclusions_pct: 11,
        permanent_exclusions: 77,
        period: "2017/18"
      }
    ];
    expect(exclusionsSentence(rows)).toBe(
      "In 2017/18, 12% of all schools (153) accounted for 79% of permanent exclusions (548); " +
        "just 7 schools (1%) accounted for 11%."
    );
  });
});
