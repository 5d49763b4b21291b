import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {loadModel} from "../../../src/lib/model/model.js";
import {riskIndex} from "../../../src/lib/risk/dataset.js";
import {wardSlugsFromSources} from "../../../src/lib/wards/paths.js";
import {wardProfiles} from "../../../src/lib/wards/profile.js";
import {fixtureSources} from "../../fixtures/sources.js";

// A project root with only the weights file: no content/ and no story pages.
const root = mkdtempSync(join(tmpdir(), "wm-wards-"));
cpSync(join(import.meta.dirname, "..", "..", "..", "config"), join(root, "config"), {recursive: true});
afterAll(() => rmSync(root, {recursive: true, force: true}));

function profiles(stories: Parameters<typeof wardProfiles>[0]["stories"] = []) {
  const sources = fixtureSources();
  const model = loadModel(sources);
  return wardProfiles({
    lsoas: model.lsoas,
    areas: [...model.areas, model.england],
    ages: model.ages,
    risk: riskIndex(model, root).rows,
    stories,
    slugs: wardSlugsFromSources(sources)
  });
}

describe("wardProfiles (fixture: North Ward with 3 LSOAs, South & East with 1)", () => {
  it("makes one profile per ward, ordered by slug", () => {
    expect(profiles().map((p) => [p.slug, p.name, p.district_name, p.population, p.lsoas.length])).toEqual([
      ["north-ward", "North Ward", "Birmingham", 6000, 3],
      ["south-and-east", "South & East", "Coventry", 2000, 1]
    ]);
  });

  it("compares the ward's share of most deprived LSOAs with its borough and the region", () => {
    const imd = profiles()[0].domains.find((d) => d.key === "imd")!;
    expect(imd).toMatchObject({ward: 2 / 3, district: 2 / 3, region: 2 / 4, england: 0.1});
  });

  it("gives the ward's decile-1 count and base beside the share, and the medians behind the caveat", () => {
    const [north] = profiles();
    expect(north.domains.find((d) => d.key === "imd")).toMatchObject({ward_count: 2, ward_base: 3});
    expect(north.recording).toEqual({
      anti_social_behaviour: {region: 8, england: 8},
      violence_with_injury: {region: 20, england: 10} // medians of 10, 20, 30 and of 4, 6, 10, 20, 30
    });
  });

  it("gives age shares from the mid-2020 counts (each fixture LSOA: 10 residents aged 5, 20 aged 30)", () => {
    const ages = profiles()[0].ages;
    expect(ages.map((a) => a.label)).toEqual(["0 to 9", "10 to 24", "25 to 64", "65 and over"]);
    expect(ages.map((a) => a.ward)).toEqual([1 / 3, 0, 2 / 3, 0]);
    expect(ages.reduce((s, a) => s + (a.ward ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("lists the MSOAs it overlaps with their risk rank and how many of their LSOAs are in the ward", () => {
    const msoas = profiles()[0].msoas;
    expect(msoas.map((m) => [m.code, m.lsoas_in_ward, m.lsoas_in_msoa]).sort()).toEqual([
      ["E02000001", 2, 2],
      ["E02000002", 1, 2]
    ]);
    expect(msoas.map((m) => m.rank).sort()).toEqual([1, 2]);
  });

  it("links the stories whose area covers the ward", () => {
    const story = {
      slug: "riverside",
      title: "Riverside",
      status: "published",
      area: {lsoa_codes: ["E01000004"], ward_codes: [], district_codes: ["E08000026"]}
    };
    const [north, south] = profiles([story]);
    expect(north.stories).toEqual([]);
    expect(south.stories).toEqual([{slug: "riverside", title: "Riverside"}]);
  });
});
