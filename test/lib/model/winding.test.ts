import {geoArea} from "d3-geo";
import {describe, expect, it} from "vitest";
import {forD3Winding} from "../../../src/lib/model/winding.js";

const clockwise: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0]
    ]
  ]
};
const anticlockwise: GeoJSON.Polygon = {type: "Polygon", coordinates: [clockwise.coordinates[0].slice().reverse()]};

describe("forD3Winding", () => {
  it("keeps clockwise rings", () => {
    expect(forD3Winding(clockwise)).toBe(clockwise);
  });
  it("reverses anticlockwise (RFC 7946) rings so the polygon is small again", () => {
    expect(geoArea(anticlockwise)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(forD3Winding(anticlockwise))).toBeCloseTo(geoArea(clockwise), 12);
    const multi = forD3Winding({type: "MultiPolygon", coordinates: [anticlockwise.coordinates]});
    expect(geoArea(multi)).toBeCloseTo(geoArea(clockwise), 12);
  });
});
