// The story's charts, drawn in a server-side document as the build does: change since 2019, the
// comparisons with names above their rows, legends of symbols and key figures.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {changeDots, changeLegend} from "../../src/components/changeChart.js";
import {compareDots, SERIES_COLOURS} from "../../src/components/compareChart.js";
import {keyFigures} from "../../src/components/keyFigures.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import {seriesLegend, symbolLegend} from "../../src/components/symbolLegend.js";
import {smallestText} from "./figureText.js";

// Not the test environment's document: what build-time drawing uses.
const document = new JSDOM("<!doctype html><html><body></body></html>").window.document;

const lsoas = [
  {name: "Alpha 001A", before: 2, after: 1},
  {name: "Alpha 001B", before: 7, after: 7},
  {name: "Alpha 002A", before: 3, after: 5}
];

describe("changeDots", () => {
  const draw = (width: number) =>
    changeDots(lsoas, {
      category: (l) => l.name,
      before: (l) => l.before,
      after: (l) => l.after,
      beforeLabel: "IoD2019",
      afterLabel: "IoD2025",
      label: "IMD decile",
      domain: [1, 10],
      width,
      document
    });

  it("draws a hollow and a filled dot and an arrow per row, with both values in each dot's tooltip", () => {
    const svg = draw(WIDE);
    expect(svg.ownerDocument).toBe(document);
    const circles = [...svg.querySelectorAll("circle")];
    expect(circles).toHaveLength(6);
    expect(circles.map((c) => c.getAttribute("fill") ?? c.parentElement!.getAttribute("fill"))).toEqual([
      ...Array(3).fill("white"),
      ...Array(3).fill("#1b1b1b")
    ]);
    expect(svg.querySelectorAll("path[marker-end], g[marker-end] path")).toHaveLength(3);
    expect(circles[0].querySelector("title")?.textContent).toBe("Alpha 001A\nIoD2019: 2\nIoD2025: 1");
  });

  it("names every row and ticks every decile, in text of 13 px at both widths", () => {
    for (const width of [NARROW, WIDE]) {
      const svg = draw(width);
      const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
      expect(texts).toEqual(expect.arrayContaining(["Alpha 001A", "Alpha 001B", "Alpha 002A", "1", "10"]));
      expect(smallestText(svg)).toBe(13);
    }
  });

  it("has a legend with one entry per edition, hollow then filled", () => {
    const legend = changeLegend("IoD2019", "IoD2025", {document});
    const entries = [...legend.querySelectorAll("span")];
    expect(entries.map((e) => e.textContent)).toEqual(["IoD2019", "IoD2025"]);
    expect(entries.map((e) => e.querySelector("svg")!.getAttribute("fill"))).toEqual(["white", "#1b1b1b"]);
  });
});

describe("compareDots with names above the rows", () => {
  const rows = [
    {measure: "Public order and possession of weapons", area: "The area", rate: 12.3},
    {measure: "Public order and possession of weapons", area: "England", rate: 6.6},
    {measure: "Violence with injury", area: "The area", rate: 14.5},
    {measure: "Violence with injury", area: "England", rate: null}
  ];
  const draw = (width: number) =>
    compareDots(rows, {
      category: (d) => d.measure,
      series: (d) => d.area,
      seriesOrder: ["The area", "England"],
      value: (d) => d.rate,
      label: "Rate per 1,000",
      format: String,
      categoryLabels: "above",
      legend: false,
      width,
      document
    });

  it("draws a dot per known value and each measure's name from the left edge, with no legend inside", () => {
    for (const width of [NARROW, WIDE]) {
      const svg = draw(width);
      expect(svg.tagName).toBe("svg");
      // One mark per known value (England's violence rate is missing), each with its tooltip.
      expect([...svg.querySelectorAll("title")].map((t) => t.parentElement!.tagName)).toEqual(["path", "path", "path"]);
      const names = [...svg.querySelectorAll("text")].filter((t) => /^(Public|Violence)/.test(t.textContent ?? ""));
      expect(names).toHaveLength(2);
      for (const name of names)
        expect(name.getAttribute("text-anchor") ?? name.parentElement!.getAttribute("text-anchor")).toBe("start");
      expect(smallestText(svg)).toBeGreaterThanOrEqual(12);
    }
  });

  it("wraps a long name onto more lines on a narrow chart", () => {
    const lines = (svg: Element) =>
      [...svg.querySelectorAll("text")].find((t) => t.textContent?.startsWith("Public"))!.querySelectorAll("tspan")
        .length;
    expect(lines(draw(NARROW))).toBeGreaterThan(1);
    expect(lines(draw(WIDE))).toBeLessThanOrEqual(1);
  });
});

describe("symbol legends", () => {
  it("give each series of compareDots its colour and shape, in order", () => {
    const legend = seriesLegend(["The area", "Birmingham", "England"], {document});
    const entries = [...legend.querySelectorAll("span")];
    expect(entries.map((e) => e.textContent)).toEqual(["The area", "Birmingham", "England"]);
    expect(entries.map((e) => e.querySelector("svg")!.getAttribute("fill"))).toEqual(SERIES_COLOURS.slice(0, 3));
    const shapes = entries.map((e) => e.querySelector("path")!.getAttribute("d"));
    expect(new Set(shapes).size).toBe(3);
  });

  it("are text in the page, outside the graphic, with their class for the 12 px rule", () => {
    const legend = symbolLegend([{label: "A", symbol: "circle", fill: "red"}], {document});
    expect(legend.tagName).toBe("DIV");
    expect(legend.classList.contains("wm-legend-swatches")).toBe(true);
  });
});

describe("keyFigures", () => {
  it("lists each figure with its value, unit, period and source", () => {
    const list = keyFigures(
      [
        {measure: "Knife crime offences", value: 1234, unit: "offences", period: "2022/23", source: "SNA 2023"},
        {measure: "Rate", value: 0.456, unit: "per 1,000", period: "2022", source: "SNA 2023"}
      ],
      {title: "Key figures for Birmingham", document}
    );
    expect(list.querySelector("h3")?.textContent).toBe("Key figures for Birmingham");
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Knife crime offences: 1,234 offences (2022/23). Source: SNA 2023.",
      "Rate: 0.46 per 1,000 (2022). Source: SNA 2023."
    ]);
  });
});
