import {describe, expect, it} from "vitest";
import {loadModel} from "../../../src/lib/model/model.js";
import {wardSlugsFromSources} from "../../../src/lib/wards/paths.js";
import {
  distance,
  featureScales,
  featuresOf,
  MATCHING_DOMAINS,
  MATCHING_MEASURES,
  nearest,
  similarAreaFinder
} from "../../../src/lib/wards/similar.js";
import {fixtureSources} from "../../fixtures/sources.js";

describe("the similarity measure", () => {
  it("matches on six IoD2025 domains (not Crime, not the IMD) and four age shares", () => {
    expect(MATCHING_DOMAINS.map((d) => d.key)).toEqual([
      "income",
      "employment",
      "education",
      "health",
      "housing",
      "environment"
    ]);
    expect(MATCHING_MEASURES).toHaveLength(10);
    const values = {income_score: 0.2, crime_score: 9, imd_score: 40, environment_score: 30};
    expect(featuresOf(values, [0.1, 0.2, 0.5, 0.2])).toEqual([0.2, null, null, null, null, 30, 0.1, 0.2, 0.5, 0.2]);
  });

  it("standardises each measure so that units do not matter", () => {
    const scales = featureScales([
      [0, 100],
      [2, 300]
    ]);
    expect(scales).toEqual([
      {mean: 1, sd: 1},
      {mean: 200, sd: 100}
    ]);
    // One standard deviation apart on each measure: √2, though the raw gaps are 2 and 200.
    expect(distance([0, 100], [2, 300], scales)).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(distance([0, 100], [0, 300], scales)).toBeCloseTo(2, 12);
  });

  it("counts a missing value as the mean and a constant measure as nothing", () => {
    const scales = [
      {mean: 1, sd: 1},
      {mean: 5, sd: 0}
    ];
    expect(distance([null, 5], [2, 9], scales)).toBeCloseTo(1, 12);
  });

  it("lists the nearest candidates first, ties by code, leaving out the excluded", () => {
    const scales = [{mean: 0, sd: 1}];
    const candidates = ["d", "c", "b", "a", "e"].map((code, i) => ({code, features: [[3, 1, 1, 0, 5][i]]}));
    const found = nearest([0], candidates, scales, {count: 3, exclude: new Set(["a"])});
    expect(found.map((c) => [c.code, c.distance])).toEqual([
      ["b", 1],
      ["c", 1],
      ["d", 3]
    ]);
  });
});

describe("similarAreaFinder (fixture: North Ward with 3 LSOAs, South & East with 1)", () => {
  const sources = fixtureSources();
  const model = loadModel(sources);
  const find = similarAreaFinder({lsoas: model.lsoas, ages: model.ages, slugs: wardSlugsFromSources(sources)});
  const north = model.lsoas.filter((l) => l.ward25nm === "North Ward").map((l) => l.lsoa21cd);

  it("never lists a ward as its own neighbour", () => {
    const similar = find(north);
    expect(similar.wards.map((w) => [w.name, w.slug, w.district_name])).toEqual([
      ["South & East", "south-and-east", "Coventry"]
    ]);
    expect(similar.wards[0].distance).toBeGreaterThan(0);
  });

  it("gives the area's and each ward's IMD score and violence rate as the ward summaries do", () => {
    const summary = (name: string) => model.areas.find((a) => a.level === "ward" && a.name === name)!.values;
    const similar = find(north);
    expect(similar.area).toEqual({
      imd_score: summary("North Ward").imd_score,
      violence_with_injury: summary("North Ward").violence_with_injury
    });
    expect(similar.wards[0]).toMatchObject({
      imd_score: summary("South & East").imd_score,
      violence_with_injury: summary("South & East").violence_with_injury
    });
  });

  it("leaves out every ward a story's area overlaps", () => {
    expect(find([north[0]]).wards.map((w) => w.name)).toEqual(["South & East"]);
    const both = [...north, ...model.lsoas.filter((l) => l.ward25nm === "South & East").map((l) => l.lsoa21cd)];
    expect(find(both).wards).toEqual([]);
  });

  it("refuses an area outside the region", () => {
    expect(() => find(["E01999999"])).toThrow(/none of the region's LSOAs/);
  });
});
