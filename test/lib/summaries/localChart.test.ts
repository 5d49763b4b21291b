import {describe, expect, it} from "vitest";
import {localChartSentence, wholeNumberTicks} from "../../../src/lib/summaries/localChart.js";
import type {ChartSpec} from "../../../src/lib/content/localChart.js";

const spec = (type: ChartSpec["type"]): ChartSpec => ({
  name: "c",
  title: "Visits",
  type,
  x: "year",
  y: "visits",
  x_label: "Year",
  y_label: "Visits",
  units: "visits a year",
  source: "Fixture"
});

describe("localChartSentence", () => {
  it("describes a line by its first and last points", () => {
    expect(
      localChartSentence({
        spec: spec("line"),
        rows: [
          {x: "2023", y: 1200},
          {x: "2024", y: 900},
          {x: "2025", y: 1500}
        ]
      })
    ).toBe("Visits rose from 1,200 in 2023 to 1,500 visits a year in 2025.");
    expect(
      localChartSentence({
        spec: spec("line"),
        rows: [
          {x: "2023", y: 2.5},
          {x: "2025", y: 1.25}
        ]
      })
    ).toBe("Visits fell from 2.5 in 2023 to 1.3 visits a year in 2025.");
  });

  it("describes bars and dots by their highest and lowest categories", () => {
    expect(
      localChartSentence({
        spec: spec("bar"),
        rows: [
          {x: "Mon", y: 3},
          {x: "Tue", y: 9},
          {x: "Wed", y: 1}
        ]
      })
    ).toBe("Visits is highest for Tue (9 visits a year) and lowest for Wed (1).");
    expect(localChartSentence({spec: spec("dot"), rows: [{x: "Mon", y: 4}]})).toBe(
      "Visits was 4 visits a year in Mon."
    );
  });

  it("names every category that shares the highest or the lowest value", () => {
    expect(
      localChartSentence({
        spec: spec("bar"),
        rows: [
          {x: "Mon", y: 9},
          {x: "Tue", y: 9},
          {x: "Wed", y: 1}
        ]
      })
    ).toBe("Visits is highest for Mon and Tue (9 visits a year) and lowest for Wed (1).");
  });

  it("names the categories with the label as written when every value is the same", () => {
    const decile = {...spec("bar"), x_label: "IMD 2025 decile", y_label: "visits"};
    const rows = [
      {x: "1", y: 4},
      {x: "2", y: 4}
    ];
    expect(localChartSentence({spec: decile, rows})).toBe(
      "Visits is 4 visits a year for both IMD 2025 decile values (1 and 2)."
    );
    expect(localChartSentence({spec: spec("bar"), rows: [...rows, {x: "3", y: 4}]})).toBe(
      "Visits is 4 visits a year for all 3 year values (1, 2 and 3)."
    );
  });
});

describe("wholeNumberTicks", () => {
  it("gives whole-number ticks for counts, so no two labels read the same", () => {
    expect(wholeNumberTicks([{y: 3}, {y: 4}])).toEqual([0, 1, 2, 3, 4]);
    expect(wholeNumberTicks([{y: 1}])).toEqual([0, 1]);
    expect(wholeNumberTicks([{y: 12}, {y: 95}])).toEqual([0, 20, 40, 60, 80, 100]);
    expect(wholeNumberTicks([{y: -3}, {y: 6}])).toEqual([-4, -2, 0, 2, 4, 6]);
    expect(wholeNumberTicks([{y: 2.5}])).toBeUndefined();
  });
});
