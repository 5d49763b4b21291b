// Plot-drawn figures in a DOM: the editors' local charts and the decile map, each an image named
// by its figure, with its data table and a fill per value.
import {topology} from "topojson-server";
import {describe, expect, it} from "vitest";
import {locatorMap} from "../../src/components/areaMap.js";
import {compareDots} from "../../src/components/compareChart.js";
import {decileMap} from "../../src/components/decileMap.js";
import {HIGHLIGHT} from "../../src/components/palette.js";
import {localChart, mountLocalCharts} from "../../src/components/localChart.js";

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
    expect(el.querySelector(".wm-figure-source")?.textContent).toBe("Source: Youth service records");
    expect([...el.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ["September", "4"],
      ["October", "6"],
      ["November", "5"]
    ]);
  });

  it("draws a line through the points, in order, for a line chart", () => {
    const el = localChart(chart("line", months));
    // One path through the three points (Plot's marks lose their aria-labels inside a figure).
    const lines = [...el.querySelectorAll("svg path")]
      .map((p) => p.getAttribute("d") ?? "")
      .filter((d) => /^M[^MLZ]+(L[^MLZ]+){2}$/.test(d));
    expect(lines).toHaveLength(1);
    expect(el.querySelectorAll("svg circle")).toHaveLength(3);
    expect(el.querySelector(".wm-figure-summary")?.textContent).toBe(
      "Sessions rose from 4 in September to 5 sessions in November."
    );
  });

  it("draws a dot per category for a dot chart", () => {
    const el = localChart(chart("dot", months));
    expect(el.querySelectorAll("svg circle")).toHaveLength(3);
    expect(el.querySelectorAll("svg rect")).toHaveLength(0);
  });

  it("replaces each placeholder that names a chart, and leaves unknown ones alone", () => {
    document.body.innerHTML = [
      '<div data-local-chart="sessions"><table><tr><td>static</td></tr></table></div>',
      '<div data-local-chart="missing">static</div>'
    ].join("");
    mountLocalCharts(document.body, {sessions: chart("bar", months)});
    const [known, unknown] = document.querySelectorAll<HTMLElement>("[data-local-chart]");
    expect(known.querySelector("figure.wm-figure .wm-figure-title")?.textContent).toBe("Sessions run");
    expect(unknown.textContent).toBe("static");
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

describe("locatorMap", () => {
  // Two districts of two wards each, side by side.
  const square = (x: number, id: string, district: string): GeoJSON.Feature<GeoJSON.Polygon> => {
    const [x0, y0] = [-1.9 + x * 0.01, 52.4];
    const ring = [
      [x0, y0],
      [x0, y0 + 0.01],
      [x0 + 0.01, y0 + 0.01],
      [x0 + 0.01, y0],
      [x0, y0]
    ];
    return {
      type: "Feature",
      id,
      properties: {name: `Area ${id}`, district},
      geometry: {type: "Polygon", coordinates: [ring]}
    };
  };
  const wards = [square(0, "W1", "D1"), square(1, "W2", "D1"), square(2, "W3", "D2"), square(3, "W4", "D2")];
  const districts = [0, 2].map((x, i) => {
    const f = square(x, `D${i + 1}`, "");
    f.geometry.coordinates[0] = f.geometry.coordinates[0].map(([lon, lat]) => [
      lon === -1.9 + (x + 1) * 0.01 ? lon + 0.01 : lon,
      lat
    ]);
    return {...f, properties: {name: `Borough ${i + 1}`}};
  });
  const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
    type: "FeatureCollection",
    features
  });
  const topo = topology({ward: collection(wards), district: collection(districts)}) as Parameters<typeof locatorMap>[0];

  it("fills the highlighted area, names each borough in 12 px or larger text and titles the area", () => {
    const svg = locatorMap(topo, {layer: "ward", codes: ["W2"], title: "Area W2", width: 300});
    const highlighted = [...svg.querySelectorAll(`g[fill="${HIGHLIGHT}"] path`)];
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0].querySelector("title")?.textContent).toBe("Area W2");
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Borough 1", "Borough 2"]);
    expect(Number(svg.querySelector("text")!.parentElement!.getAttribute("font-size"))).toBeGreaterThanOrEqual(12);
    expect(svg.querySelectorAll("[aria-label]")).toHaveLength(0);
  });
});

describe("compareDots", () => {
  const rows = ["Public order and possession of weapons", "Income"].flatMap((measure, i) =>
    ["Ward", "Borough"].map((area, j) => ({measure, area, value: i + j}))
  );
  const dots = (width: number) =>
    compareDots(rows, {
      category: (d) => d.measure,
      series: (d) => d.area,
      seriesOrder: ["Ward", "Borough"],
      value: (d) => d.value,
      label: "Share of LSOAs in England's most deprived 10% →",
      format: String,
      width
    });
  const labels = (chart: Element) =>
    [...chart.querySelectorAll("svg text")].filter((t) => /Public|Income/.test(t.textContent ?? ""));

  it("puts the measures' names beside the rows at a wide size, and above them on a narrow one", () => {
    const wide = dots(640);
    const narrow = dots(300);
    expect(wide.querySelectorAll("svg path[transform]").length).toBeGreaterThanOrEqual(4);
    expect(labels(wide).map((t) => t.parentElement!.getAttribute("text-anchor"))).toEqual(["end", "end"]);
    expect(labels(narrow).map((t) => t.parentElement!.getAttribute("text-anchor"))).toEqual(["start", "start"]);
    // Above its row: the label is lifted by a third of the row's height.
    expect(labels(narrow)[0].parentElement!.getAttribute("transform")).toMatch(/^translate\([\d.]+,-18\.83+2?\)$/);
  });

  it("writes the axis label within the chart's width, wrapped on a narrow one", () => {
    const axis = (chart: Element) =>
      [...chart.querySelectorAll("svg text")].find((t) => t.textContent?.startsWith("Share of"))!;
    expect(axis(dots(640)).querySelectorAll("tspan")).toHaveLength(0);
    const lines = [...axis(dots(300)).querySelectorAll("tspan")].map((t) => t.textContent);
    expect(lines.length).toBe(2);
    expect(lines.join(" ")).toBe("Share of LSOAs in England's most deprived 10% →");
  });
});

function luminance(colour: string): number {
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
