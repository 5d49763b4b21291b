// The rule that picks the ward profiles the publish gates visit in npm test (sample.ts).
import {describe, expect, it} from "vitest";
import {isWardEmbed, sampleEmbeds, sampleWards, type WardFacts} from "./sample.js";

const ward = (slug: string, name: string, borough: string, lsoas: number, stories = 0): WardFacts => ({
  file: `wards/${slug}.html`,
  name,
  borough,
  stories,
  lsoas
});

describe("sampleWards", () => {
  const wards = [
    ward("abbey", "Abbey", "Coventry", 8),
    ward("aston", "Aston", "Birmingham", 10),
    ward("big-and-busy", "Big & Busy", "Birmingham", 16),
    ward("heath-town", "Heath Town", "Wolverhampton", 6, 1),
    ward("kings-norton", "King's Norton", "Birmingham", 8, 1),
    ward("small", "Small", "Coventry", 4),
    ward("tiny-too", "Tiny Too", "Wolverhampton", 4)
  ];

  it("covers every case some ward has, rarest case first, and says why each ward was chosen", () => {
    expect(sampleWards(wards)).toEqual([
      {file: "wards/kings-norton.html", reasons: ["in Birmingham", "has a story", "apostrophe in its name"]},
      {file: "wards/big-and-busy.html", reasons: ["has no story", "ampersand in its name", "most LSOAs"]},
      {file: "wards/small.html", reasons: ["in Coventry", "fewest LSOAs"]},
      {file: "wards/heath-town.html", reasons: ["in Wolverhampton"]}
    ]);
  });

  it("leaves out cases no ward has, and picks the same wards whatever their order", () => {
    const plain = [ward("b", "B", "Dudley", 5), ward("a", "A", "Dudley", 5)];
    expect(sampleWards(plain)).toEqual([
      {file: "wards/a.html", reasons: ["in Dudley", "has no story", "most LSOAs", "fewest LSOAs"]}
    ]);
    expect(sampleWards([...wards].reverse())).toEqual(sampleWards(wards));
  });

  it("has nothing to sample when the site has no wards", () => {
    expect(sampleWards([])).toEqual([]);
  });
});

describe("sampleEmbeds", () => {
  const embeds = [
    "embed/boroughs--exclusions.html",
    "embed/deprivation--change.html",
    "embed/index--map.html",
    "embed/risk-index--contributions.html",
    "embed/wards--b-ward--deprivation.html",
    "embed/wards--a-ward--crime.html",
    "embed/wards--a-ward--deprivation.html",
    "embed/stories--b-story--area.html",
    "embed/stories--a-story--area.html",
    "embed/stories--a-story--borough.html",
    "embed/stories--a-story--people.html",
    "embed/stories--a-story--change-map.html"
  ];

  it("takes a map and a chart of the first story, and the first ward profile's decile map", () => {
    expect(sampleEmbeds(embeds).map((p) => [p.file, p.reasons])).toEqual([
      ["embed/wards--a-ward--deprivation.html", ["embed page: a decile map of one ward profile"]],
      ["embed/stories--a-story--area.html", ["embed page: a map, from one story"]],
      ["embed/stories--a-story--people.html", ["embed page: a chart, from one story"]]
    ]);
  });

  it("takes, in the full sweep, every embed page but the ward profiles', of which every figure of one ward", () => {
    const files = sampleEmbeds(embeds, true).map((p) => p.file);
    expect(embeds.filter((file) => !files.includes(file))).toEqual(["embed/wards--b-ward--deprivation.html"]);
    expect(embeds.filter(isWardEmbed)).toEqual([
      "embed/wards--b-ward--deprivation.html",
      "embed/wards--a-ward--crime.html",
      "embed/wards--a-ward--deprivation.html"
    ]);
  });
});
