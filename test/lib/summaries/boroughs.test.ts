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
      "Of the 3 boroughs, Solihull has the highest value (72.6%) and Sandwell the lowest (66.8%); England: 71.8%."
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
