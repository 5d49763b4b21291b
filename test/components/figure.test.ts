// figure: a chart or map with its title, units, summary sentence (its text alternative), source and table.
import {describe, expect, it} from "vitest";
import {dataTable} from "../../src/components/dataTable.js";
import {h} from "../../src/components/dom.js";
import {figure} from "../../src/components/figure.js";
import {sourceLine} from "../../src/components/sourceLine.js";

const SVG = "http://www.w3.org/2000/svg";

function plotLikeGraphic(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  const g = document.createElementNS(SVG, "g");
  g.setAttribute("aria-label", "geo");
  svg.append(g);
  return svg;
}

describe("figure", () => {
  it("names the graphic by the title and describes it by the summary sentence", () => {
    const graphic = plotLikeGraphic();
    const el = figure({
      title: "Deprivation",
      summary: "Three of the eight LSOAs are in the most deprived 10%.",
      graphic,
      source: "IoD2025",
      units: "Decile"
    });
    const title = el.querySelector(".wm-figure-title")!;
    const summary = el.querySelector(".wm-figure-summary")!;
    expect(graphic.getAttribute("role")).toBe("img");
    expect(graphic.getAttribute("aria-labelledby")).toBe(title.id);
    expect(graphic.getAttribute("aria-describedby")).toBe(summary.id);
    expect(el.getAttribute("aria-labelledby")).toBe(title.id);
    expect(summary.textContent).toBe("Three of the eight LSOAs are in the most deprived 10%.");
    expect(el.querySelector(".wm-figure-units")?.textContent).toBe("Decile");
    expect(el.querySelector(".wm-figure-source .wm-source-wide")?.textContent).toBe("Source: IoD2025");
  });

  it("folds the source line into a disclosure for narrow screens, with the same content", () => {
    const source = h("a", {href: "https://example.org/iod"}, "IoD2025");
    const el = figure({title: "t", summary: "s", graphic: plotLikeGraphic(), source});
    const narrow = el.querySelector("figcaption details.wm-source-narrow")!;
    expect(narrow.querySelector("summary")?.textContent).toBe("Source");
    expect(narrow.hasAttribute("open")).toBe(false);
    expect(narrow.querySelector("a")?.outerHTML).toBe(el.querySelector(".wm-source-wide a")?.outerHTML);
  });

  it("hides the image's marks and axes, so the title and summary announce it, not its tick labels", () => {
    const graphic = plotLikeGraphic();
    figure({title: "T", summary: "S", graphic, source: "X"});
    expect(graphic.querySelector("g")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("titles a figure straight after the page's h1 with an h2", () => {
    const el = figure({title: "T", summary: "S", graphic: plotLikeGraphic(), source: "X", headingLevel: 2});
    expect(el.querySelector(".wm-figure-title")?.tagName).toBe("H2");
  });

  it("names a swatch legend as a list of its labels, with the swatches hidden, and a ramp by its ticks", () => {
    const swatches = h("div", {class: "wm-legend-swatches wm-legend-swatches-wrap"});
    for (const label of ["1", "2"]) {
      const item = h("span", {class: "wm-legend-swatch"}, label);
      item.prepend(document.createElementNS(SVG, "svg"));
      swatches.append(item);
    }
    swatches.append(h("style", {}, ":where(.wm-legend-swatches) {}"));
    figure({title: "T", summary: "S", graphic: plotLikeGraphic(), source: "X", legend: swatches});
    expect(swatches.getAttribute("role")).toBe("list");
    expect(swatches.getAttribute("aria-label")).toBe("Legend");
    expect([...swatches.children].map((c) => c.getAttribute("role"))).toEqual(["listitem", "listitem", null]);
    expect([...swatches.querySelectorAll("svg")].map((s) => s.getAttribute("aria-hidden"))).toEqual(["true", "true"]);

    const ramp = document.createElementNS(SVG, "svg");
    for (const tick of ["0", "10", "Rate per 1,000"]) {
      const text = document.createElementNS(SVG, "text");
      text.textContent = tick;
      ramp.append(text);
    }
    figure({title: "T", summary: "S", graphic: plotLikeGraphic(), source: "X", legend: ramp});
    expect(ramp.getAttribute("role")).toBe("img");
    expect(ramp.getAttribute("aria-label")).toBe("Legend: 0, 10, Rate per 1,000");
  });

  it("removes Plot's aria-labels inside the image, which ARIA forbids there", () => {
    const graphic = plotLikeGraphic();
    figure({title: "t", summary: "s", graphic, source: "x"});
    expect(graphic.querySelectorAll("[aria-label]")).toHaveLength(0);
  });

  it("gives every figure on a page its own ids", () => {
    const a = figure({title: "A", summary: "a", graphic: plotLikeGraphic(), source: "x"});
    const b = figure({title: "B", summary: "b", graphic: plotLikeGraphic(), source: "x"});
    const ids = [a, b].flatMap((f) => [...f.querySelectorAll("[id]")].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts the legend before the graphic and the data table last, and leaves out units it was not given", () => {
    const legend = h("div", {class: "wm-legend"});
    const table = dataTable({caption: "c", rows: [{a: 1}], columns: [{label: "A", value: (r) => r.a}]});
    const graphic = plotLikeGraphic();
    const el = figure({title: "t", summary: "s", graphic, legend, table, source: "x"});
    const order = [...el.children].map((c) => c.getAttribute("class") ?? c.tagName.toLowerCase());
    expect(order).toEqual([
      "wm-figure-title",
      "wm-figure-summary",
      "wm-legend",
      "svg",
      "wm-figure-source",
      "data-table"
    ]);
  });

  it("links the source line to each file's official page", () => {
    const provenance = [
      {
        file: "a.csv",
        title: "Indices of Deprivation",
        publisher: "MHCLG",
        licence: "OGL v3.0",
        official: "https://example.org/iod"
      },
      {
        file: "b.csv",
        title: "Ward lookup",
        publisher: "ONS",
        licence: "OGL v3.0",
        official: "https://example.org/wards"
      }
    ];
    const line = sourceLine(provenance, ["a.csv", "b.csv"]);
    expect(line.textContent).toBe("Indices of Deprivation, MHCLG (OGL v3.0); Ward lookup, ONS (OGL v3.0)");
    expect([...line.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/iod",
      "https://example.org/wards"
    ]);
    expect(() => sourceLine(provenance, ["c.csv"])).toThrow(/c\.csv is not in the provenance table/);
  });
});
