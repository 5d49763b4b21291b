// A story's named places on its area map: marks, and names that neither overlap nor leave the map.
import {JSDOM} from "jsdom";
import {topology} from "topojson-server";
import type {Topology} from "topojson-specification";
import {describe, expect, it} from "vitest";
import {areaMap} from "../../src/components/areaMap.js";
import {layoutLabels, placeMarks, textSize, type Rect} from "../../src/components/placeMarks.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import type {Place} from "../../src/lib/content/places.js";
import {smallestText} from "./figureText.js";
import {box} from "./geometry.js";

const document = new JSDOM("<!doctype html><html><body></body></html>").window.document;

const lsoas = [box("E01000001", [-2.06, 52.59, -2.05, 52.61]), box("E01000002", [-2.05, 52.59, -2.04, 52.61])];
const topo = topology({
  lsoa: {type: "FeatureCollection", features: lsoas} as GeoJSON.FeatureCollection
}) as unknown as Topology;

const place = (name: string, where: Partial<Pick<Place, "point" | "lsoas">>): Place => ({
  name,
  kind: "other",
  point: null,
  lsoas: [],
  source: "Fixture",
  link: null,
  ...where
});
// Three places and a neighbourhood name crowded around one spot, one of them at the map's east edge.
const PLACES = [
  place("Primrose Hill Community Centre", {point: {lat: 52.6, lon: -2.05}}),
  place("Pool Farm", {point: {lat: 52.6005, lon: -2.0495}}),
  place("Hawkesley Estate", {lsoas: ["E01000002"]}),
  place("East Edge School", {point: {lat: 52.595, lon: -2.0401}})
];
const NEIGHBOURHOOD = {name: "Hill Hook", x: -2.05, y: 52.6};

/** Each text's estimated box, from its position and Plot's middle anchor. */
function textBoxes(svg: Element): {name: string; box: Rect}[] {
  return [...svg.querySelectorAll("text")].map((t) => {
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute("transform") ?? "")!.map(Number);
    const name = t.textContent ?? "";
    const {width, height} = textSize(name);
    return {name, box: [x - width / 2, y - height / 2, x + width / 2, y + height / 2]};
  });
}
const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe("layoutLabels", () => {
  it("sets names at one point on different sides, all inside the frame", () => {
    const request = {x: 50, y: 50, width: 40, height: 14};
    const laid = layoutLabels([request, request, request], {width: 200, height: 100});
    for (const [i, a] of laid.entries()) {
      expect(a.box[0]).toBeGreaterThanOrEqual(0);
      expect(a.box[2]).toBeLessThanOrEqual(200);
      for (const b of laid.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it("puts a name at the right edge on the left of its mark", () => {
    const [laid] = layoutLabels([{x: 195, y: 50, width: 40, height: 14}], {width: 200, height: 100});
    expect(laid.x).toBeLessThan(195);
  });

  it("keeps clear of obstacles", () => {
    const [laid] = layoutLabels([{x: 100, y: 50, width: 40, height: 14}], {
      width: 200,
      height: 100,
      obstacles: [[100, 30, 200, 70]]
    });
    expect(laid.x).toBeLessThan(100);
  });
});

describe("placeMarks on the area map", () => {
  const draw = (width: number) =>
    areaMap(topo, {
      layer: "lsoa",
      fill: () => "#f3f2f1",
      title: (code, name) => `${name} (${code})`,
      districts: false,
      labels: [NEIGHBOURHOOD],
      marks: placeMarks(PLACES, {topology: topo, avoid: [NEIGHBOURHOOD], avoidLineWidth: width < WIDE ? 6 : 10}),
      width,
      document
    });

  it.each([NARROW, WIDE])("at %i px names every place, clear of each other and the map's names, inside it", (width) => {
    const svg = draw(width);
    const height = Number(svg.getAttribute("height"));
    const texts = textBoxes(svg);
    expect(texts.map((t) => t.name).sort()).toEqual([...PLACES.map((p) => p.name), NEIGHBOURHOOD.name].sort());
    for (const [i, a] of texts.entries()) {
      expect(a.box[0], a.name).toBeGreaterThanOrEqual(0);
      expect(a.box[2], a.name).toBeLessThanOrEqual(width);
      expect(a.box[1], a.name).toBeGreaterThanOrEqual(0);
      expect(a.box[3], a.name).toBeLessThanOrEqual(height);
      for (const b of texts.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
    }
    expect(smallestText(svg)).toBeGreaterThanOrEqual(13);
  });

  it("marks points with dots and LSOA places with a dashed outline", () => {
    const svg = draw(WIDE);
    expect(svg.querySelectorAll("circle")).toHaveLength(3);
    expect(svg.querySelectorAll('g[stroke-dasharray="5,3"] path')).toHaveLength(1);
  });

  it("draws nothing for a story without places", () => {
    expect(placeMarks([], {topology: topo})).toEqual([]);
  });
});
