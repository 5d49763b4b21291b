import {describe, expect, it} from "vitest";
import {parseLocalChart} from "../../../src/lib/content/localChart.js";

const spec = "title: Visits to the club\ntype: bar\nx: day\ny: visits\nunits: visits\nsource: Club register (2026)\n";

describe("local charts", () => {
  it("reads a spec and its CSV, defaulting axis labels to the column names", () => {
    const chart = parseLocalChart("visits", "visits.yaml", spec, "visits.csv", 'day,visits\nMon,3\nTue,"1,200"\n');
    expect(chart.spec).toMatchObject({type: "bar", x_label: "day", y_label: "visits"});
    expect(chart.rows).toEqual([
      {x: "Mon", y: 3},
      {x: "Tue", y: 1200}
    ]);
    expect(() => parseLocalChart("visits", "visits.yaml", spec, "visits.csv", "day,visits\nTue,1,200\n")).toThrow(
      "visits.csv:2: this row has 3 values but the header has 2 columns — " +
        'write numbers without thousands separators (1200, not 1,200) and put text with commas in "quotes"'
    );
  });

  it("throws every problem at once", () => {
    expect(() =>
      parseLocalChart("visits", "visits.yaml", spec.replace("bar", "pie"), "visits.csv", "day,count\nMon,3\n")
    ).toThrow(
      'visits.yaml:2: chart type "pie" is not known — use one of: line, bar, dot\n' +
        'visits.csv:1: the CSV has no column "visits", which visits.yaml names as y — ' +
        "the columns are: day, count; rename the column or change y:"
    );
  });

  it("checks the CSV's columns even when the spec has other mistakes", () => {
    expect(() =>
      parseLocalChart(
        "visits",
        "visits.yaml",
        `${spec}x_label: [Day]\ncolor: red\n`,
        "visits.csv",
        "day,count\nMon,3\n"
      )
    ).toThrow(
      [
        'visits.yaml:8: unknown field "color" — use one of: title, type, x, y, x_label, y_label, units, source',
        "visits.yaml:7: x_label must be text — write it on the same line, in quotes if it has a colon",
        'visits.csv:1: the CSV has no column "visits", which visits.yaml names as y — ' +
          "the columns are: day, count; rename the column or change y:"
      ].join("\n")
    );
  });
});
