// Point in polygon: holes, multipolygons, the grid that finds a point's candidates, and the police.uk
// API's points placed on the fixture's LSOAs.
import {describe, expect, it} from "vitest";
import {loadModel} from "../../../src/lib/model/model.js";
import {containsPoint, polygonLocator} from "../../../src/lib/model/pointInPolygon.js";
import {locatePoints, lsoaPolygons} from "../../../src/lib/model/policeSample.js";
import {FIXTURE_LSOAS, fixtureSources} from "../../fixtures/sources.js";

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0]
];
// A 4 × 4 square with a 2 × 2 hole in its middle.
const withHole: GeoJSON.Polygon = {type: "Polygon", coordinates: [square(0, 0, 4), square(1, 1, 2)]};

describe("containsPoint", () => {
  it("is true inside a polygon, false in its hole and outside", () => {
    expect(containsPoint(withHole, 0.5, 0.5)).toBe(true);
    expect(containsPoint(withHole, 2, 2)).toBe(false);
    expect(containsPoint(withHole, 5, 2)).toBe(false);
    expect(containsPoint(withHole, 3.5, 2)).toBe(true);
  });

  it("tests every part of a multipolygon", () => {
    const two: GeoJSON.MultiPolygon = {type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]]};
    expect(containsPoint(two, 5.5, 5.5)).toBe(true);
    expect(containsPoint(two, 0.5, 0.5)).toBe(true);
    expect(containsPoint(two, 3, 3)).toBe(false);
  });
});

describe("polygonLocator", () => {
  it("finds the feature a point is in, across grid cells, or none", () => {
    const locate = polygonLocator(
      [
        {id: "big", geometry: withHole},
        {id: "hole", geometry: {type: "Polygon", coordinates: [square(1, 1, 2)]}}
      ],
      0.5
    );
    expect(locate(0.25, 3.75)).toBe("big");
    expect(locate(2, 2)).toBe("hole");
    expect(locate(-1, 2)).toBeUndefined();
  });
});

describe("locatePoints", () => {
  it("places points on the fixture's LSOAs (unit squares of 0.01°) and counts those outside", () => {
    const polygons = lsoaPolygons(loadModel(fixtureSources()).topology);
    const centre = (i: number) => ({
      longitude: -1.9 + FIXTURE_LSOAS[i].x * 0.01 + 0.005,
      latitude: 52.4 + FIXTURE_LSOAS[i].y * 0.01 + 0.005
    });
    const points = [centre(0), centre(0), centre(3), {longitude: -1.5, latitude: 52.4}];
    const located = locatePoints(points, polygons);
    expect(located).toEqual({
      points: 4,
      inside: 3,
      byLsoa: new Map([
        [FIXTURE_LSOAS[0].code, 2],
        [FIXTURE_LSOAS[3].code, 1]
      ])
    });
  });
});
