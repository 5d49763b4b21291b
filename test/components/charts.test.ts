// Plot-drawn figures in a DOM: the editors' local charts (narrow and wide) and the decile map, each
// an image named by its figure, with its data table and a fill per value.
import {topology} from "topojson-server";
import {describe, expect, it} from "vitest";
import {decileMap} from "../../src/components/decileMap.js";
import {JSDOM} from "jsdom";
import {localChart} from "../../src/components/localChart.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import {smallestText} from "./figureText.js";

type Chart = Parameters<typeof localChart>[0];
const chart = (type: "line" | "bar" | "dot", rows: Chart["rows"]): Chart => ({
  spec: {
    title: "Sessions run",
    type,
    x: "month",
    y: "sessions",
    x_label: "Month",
    y_label: "Sessions",
    units: "sessions",
    source: "Youth service records"
  } as Chart["spec"],
  rows
});
const months = [
  {x: "September", y: 4},
  {x: "October", y: 6},
  {x: "November", y: 5}
];

describe("localChart", () => {
  it("draws a bar per row inside a figure with its sentence, source and table", () => {
    const el = localChart(chart("bar", months));
    const svg = el.querySelector("svg[role=img]")!;
    expect(svg.getAttribute("aria-labelledby")).toBe(el.querySelector(".wm-figure-title")!.id);
    expect(svg.querySelectorAll("rect")).toHaveLength(3);
    expect(el.querySelector(".wm-figure-summary")?.textContent).toBe(
      "Sessions is highest for October (6 sessions) and lowest for September (4)."
    );
    expect(el.querySelector(".wm-source-wide")?.textContent).toBe("Source: Youth service records");
    expect([...el.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ["September", "4"],
      ["October", "6"],
      ["November", "5"]
    ]);
  });

  it("labels a count's axis with whole numbers that never repeat", () => {
    const el = localChart(
      chart("bar", [
        {x: "1", y: 4},
        {x: "2", y: 3}
      ])
    );
    const svg = el.querySelector("svg[role=img]")!;
    const labels = [...svg.querySelectorAll('g[text-anchor="end"][font-variant] text')].map((t) => t.textContent);
    expect(labels).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("draws a line through the points, in order, for a line chart", () => {
    const el = localChart(chart("line", months));
    // In each width's variant, one path through the three points (Plot's marks lose their
    // aria-labels inside a figure).
    const lines = [...el.querySelectorAll("svg path")]
      .map((p) => p.getAttribute("d") ?? "")
      .filter((d) => /^M[^MLZ]+(L[^MLZ]+){2}$/.test(d));
    expect(lines).toHaveLength(2);
    expect(el.querySelectorAll("svg circle")).toHaveLength(6);
    expect(el.querySelector(".wm-figure-summary")?.textContent).toBe(
      "Sessions rose from 4 in September to 5 sessions in November."
    );
  });

  it("draws narrow and wide variants in a server-side document, named by the figure's fixed ids", () => {
    const document = new JSDOM("<!doctype html><html><body></body></html>").window.document;
    const figure = localChart(chart("bar", months), {id: "chart-sessions", document});
    expect(figure.ownerDocument).toBe(document);
    const variants = [...figure.querySelectorAll(".wm-variants > svg")];
    expect(variants.map((v) => v.getAttribute("width"))).toEqual([String(NARROW), String(WIDE)]);
    for (const svg of variants) {
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-labelledby")).toBe("chart-sessions-title");
      expect(svg.querySelectorAll("rect")).toHaveLength(3);
      expect(smallestText(svg)).toBe(13);
    }
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(3);
  });

  it("draws a dot per category for a dot chart", () => {
    const el = localChart(chart("dot", months));
    expect(el.querySelectorAll("svg circle")).toHaveLength(6);
    expect(el.querySelectorAll("svg rect")).toHaveLength(0);
  });
});

describe("decileMap", () => {
  // Unit squares side by side, wound clockwise as d3-geo expects (src/lib/geo/winding.ts).
  const square = (x: number): GeoJSON.Feature<GeoJSON.Polygon, {name: string}> => {
    const [x0, y0] = [-1.9 + x * 0.01, 52.4];
    return {
      type: "Feature",
      id: `E0100000${x}`,
      properties: {name: `LSOA ${x}`},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x0, y0],
            [x0, y0 + 0.01],
            [x0 + 0.01, y0 + 0.01],
            [x0 + 0.01, y0],
            [x0, y0]
          ]
        ]
      }
    };
  };
  const lsoas: GeoJSON.FeatureCollection = {type: "FeatureCollection", features: [1, 2, 3].map(square)};
  const topo = topology({lsoa: lsoas, ward: lsoas, district: lsoas}) as Parameters<typeof decileMap>[0];
  const deciles = new Map<string, number | null>([
    ["E01000001", 1],
    ["E01000002", 10],
    ["E01000003", null]
  ]);
  const fills = (svg: Element) => [...svg.querySelectorAll("path[fill]")].map((p) => p.getAttribute("fill")!);

  it("shades each LSOA with a decile, darkest for the most deprived, and leaves one without a decile unshaded", () => {
    const svg = decileMap(topo, {deciles, width: 400});
    const [mostDeprived, leastDeprived, ...others] = fills(svg);
    expect(others).toEqual([]);
    expect(luminance(mostDeprived)).toBeLessThan(luminance(leastDeprived) / 2);
  });

  it("draws ward and district outlines on top unless told not to", () => {
    const outlines = (svg: Element) =>
      [...svg.querySelectorAll("g[aria-label=geo][fill=none]")].map((g) => g.getAttribute("stroke-width"));
    expect(outlines(decileMap(topo, {deciles, width: 400}))).toEqual(["0.6", "1.6"]);
    expect(outlines(decileMap(topo, {deciles, width: 400, outlines: ["district"]}))).toEqual(["1.6"]);
  });

  it("outlines only the boundaries of the areas asked for", () => {
    const lines = (svg: Element) =>
      [...svg.querySelectorAll("g[fill=none] path")].map((p) => (p.getAttribute("d")!.match(/[ML]/g) ?? []).length);
    const all = lines(decileMap(topo, {deciles, width: 400, outlines: ["ward"]}));
    const one = lines(decileMap(topo, {deciles, width: 400, outlines: ["ward"], outlineCodes: new Set(["E01000001"])}));
    expect(one).toHaveLength(1);
    expect(one[0]).toBeLessThan(all[0]);
  });

  it("shows only the LSOAs asked for", () => {
    const svg = decileMap(topo, {deciles, width: 400, lsoas: new Set(["E01000002"]), outlines: []});
    expect(fills(svg)).toHaveLength(1);
    expect(fills(svg)[0]).toBe(fills(decileMap(topo, {deciles, width: 400}))[1]);
  });
});

/** Rough luminance of "rgb(r, g, b)" or "#rrggbb". */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const [r, g, b] = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : colour.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
