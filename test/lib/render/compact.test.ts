// Build-time graphics made lighter: fewer digits, one copy of each style, simplified shapes.
import {JSDOM} from "jsdom";
import type {Topology} from "topojson-specification";
import {topology} from "topojson-server";
import {describe, expect, it} from "vitest";
import {overviewTopology, roundPaths, uniqueStyles} from "../../../src/lib/render/compact.js";

describe("compact graphics", () => {
  it("rounds the coordinates of every path", () => {
    const {document} = new JSDOM("<svg><path d='M1.234,-5.678L10,2.05'></path><g><path d='M0.04,0Z'></path></g></svg>")
      .window;
    const svg = roundPaths(document.querySelector("svg")!);
    expect([...svg.querySelectorAll("path")].map((p) => p.getAttribute("d"))).toEqual(["M1.2,-5.7L10,2.1", "M0,0Z"]);
  });

  it("keeps the first of identical style elements", () => {
    const {document} = new JSDOM("<div><style>a{}</style><style>b{}</style></div><div><style>a{}</style></div>").window;
    const roots = [...document.querySelectorAll("body > div")];
    uniqueStyles(roots);
    expect(roots.map((r) => r.querySelectorAll("style").length)).toEqual([2, 0]);
  });

  it("keeps only the objects asked for, with fewer points, and makes each choice once", () => {
    // A ring with a near-straight run of points that carry almost no area.
    const ring = [
      [0, 0],
      [0, 1],
      [0.5, 1.0001],
      [1, 1],
      [1, 0],
      [0, 0]
    ];
    const feature: GeoJSON.Feature = {
      type: "Feature",
      properties: {},
      geometry: {type: "Polygon", coordinates: [ring]}
    };
    const source = topology({a: feature, b: feature}) as unknown as Topology;
    const small = overviewTopology(source, ["a"], 1e-3);
    expect(Object.keys(small.objects)).toEqual(["a"]);
    expect(small.arcs.flat().length).toBeLessThan(source.arcs.flat().length);
    expect(overviewTopology(source, ["a"], 1e-3)).toBe(small);
  });
});
