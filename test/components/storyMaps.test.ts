// The story's maps, drawn in a server-side document as the build does: the locator and the area
// map (areaMap with place names and a view fitted to more than it fills).
import {JSDOM} from "jsdom";
import {topology} from "topojson-server";
import type {Topology} from "topojson-specification";
import {describe, expect, it} from "vitest";
import {areaMap} from "../../src/components/areaMap.js";
import {locatorMap} from "../../src/components/locatorMap.js";
import {HIGHLIGHT} from "../../src/components/palette.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import {smallestText} from "./figureText.js";
import {box} from "./geometry.js";

const document = new JSDOM("<!doctype html><html><body></body></html>").window.document;

const collection = (features: GeoJSON.Feature[]) => ({type: "FeatureCollection" as const, features});

// Two boroughs side by side, the western one with a long name; an area of two LSOAs at the
// western borough's centre, where its name would be, in one ward.
const districts = [
  box("E08000031", [-2.2, 52.5, -1.9, 52.7], "Wolverhampton"),
  box("E08000026", [-1.9, 52.5, -1.6, 52.7], "Coventry")
];
const lsoas = [
  box("E01000001", [-2.06, 52.59, -2.05, 52.61], "Alpha 001A"),
  box("E01000002", [-2.05, 52.59, -2.04, 52.61], "Alpha 001B")
];
const ward = box("E05000001", [-2.07, 52.58, -2.03, 52.62], "North Ward");
const topo = topology({
  lsoa: collection(lsoas),
  ward: collection([ward]),
  district: collection(districts)
}) as unknown as Topology;
const AREA = ["E01000001", "E01000002"];

const translate = (text: Element) => {
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(text.getAttribute("transform") ?? "")!;
  return {x: Number(x), y: Number(y)};
};
const labelsOf = (svg: Element) =>
  [...svg.querySelectorAll("text")].map((t) => ({name: t.textContent, ...translate(t)}));

describe("locatorMap", () => {
  const draw = (width: number) =>
    locatorMap(topo, {area: AREA, district: "E08000031", title: (code, name) => `${name} (${code})`, width, document});

  it("fills and outlines the area's LSOAs, each with its tooltip, over the borough boundaries", () => {
    const svg = draw(WIDE);
    const filled = [...svg.querySelectorAll(`path[fill="${HIGHLIGHT}"]`)];
    expect(filled.map((p) => p.querySelector("title")?.textContent)).toEqual([
      "Alpha 001A (E01000001)",
      "Alpha 001B (E01000002)"
    ]);
    // The borough mesh and the area's outline.
    expect(svg.querySelectorAll('g[fill="none"] path')).toHaveLength(2);
  });

  it("names every borough on a wide map and only the area's borough on a narrow one, in 13 px text", () => {
    expect(
      labelsOf(draw(WIDE))
        .map((l) => l.name)
        .sort()
    ).toEqual(["Coventry", "Wolverhampton"]);
    expect(labelsOf(draw(NARROW)).map((l) => l.name)).toEqual(["Wolverhampton"]);
    expect(smallestText(draw(NARROW))).toBe(13);
  });

  it("keeps each name inside the map and clear of the area", () => {
    for (const width of [NARROW, WIDE]) {
      const svg = draw(width);
      const area = [...svg.querySelectorAll(`path[fill="${HIGHLIGHT}"]`)].flatMap((p) =>
        [...p.getAttribute("d")!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => Number(m[2]))
      );
      for (const label of labelsOf(svg)) {
        const half = (label.name!.length * 13 * 0.6) / 2;
        expect(label.x - half, `${label.name} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(label.x + half, `${label.name} at ${width} px`).toBeLessThanOrEqual(width);
        if (label.name === "Wolverhampton") {
          // The area is in the middle of Wolverhampton: its name goes below or above, not on top.
          const clear = label.y - 8 > Math.max(...area) || label.y + 8 < Math.min(...area);
          expect(clear, `${label.name} at ${width} px`).toBe(true);
        }
      }
    }
  });
});

describe("areaMap, as the story's area map", () => {
  const draw = (options: Partial<Parameters<typeof areaMap>[1]> = {}) =>
    areaMap(topo, {
      layer: "lsoa",
      codes: new Set(AREA),
      fill: () => "#f3f2f1",
      stroke: "#6f777b",
      strokeWidth: 0.8,
      title: (code, name) => `${name} (${code})`,
      districts: false,
      outlines: [{codes: ["E05000001"], layer: "ward"}],
      document,
      ...options
    });

  it("draws the LSOAs with the borders asked for, the ward's outline and the place names", () => {
    const svg = draw({labels: [{name: "Hill Hook", x: -2.05, y: 52.6}]});
    expect(svg.querySelectorAll('path[fill="#f3f2f1"], g[fill="#f3f2f1"] path')).toHaveLength(2);
    expect(svg.querySelector('g[stroke="#6f777b"]')?.getAttribute("stroke-width")).toBe("0.8");
    expect(svg.querySelectorAll('g[stroke-width="2.5"] path')).toHaveLength(1);
    expect(labelsOf(svg).map((l) => l.name)).toEqual(["Hill Hook"]);
    expect(smallestText(svg)).toBe(13);
  });

  it("wraps place names sooner on a narrow map", () => {
    const name = "Lower Stoke & Gosford Park";
    const lines = (width: number) =>
      draw({labels: [{name, x: -2.05, y: 52.6}], width})
        .querySelector("text")!
        .querySelectorAll("tspan").length;
    expect(lines(NARROW)).toBeGreaterThan(lines(WIDE));
  });

  it("fits the view to what it is given, such as the ward beyond the LSOAs", () => {
    const width = (svg: Element) => {
      const xs = [
        ...svg
          .querySelector("path[d]")!
          .getAttribute("d")!
          .matchAll(/[ML]([-\d.]+),/g)
      ].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    };
    const fitted = draw({fitTo: collection([ward])});
    expect(width(fitted)).toBeLessThan(width(draw()) * 0.75);
  });
});
