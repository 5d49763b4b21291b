import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {CRIME_RATES} from "../../../src/lib/inputs/indicators.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {riskIndex} from "../../../src/lib/risk/dataset.js";
import {crimeProfile, storyNumbers} from "../../../src/lib/stories/data.js";
import {wardSlugsFromSources} from "../../../src/lib/wards/paths.js";
import {wardProfiles} from "../../../src/lib/wards/profile.js";
import {fixtureSources} from "../../fixtures/sources.js";

const root = mkdtempSync(join(tmpdir(), "wm-one-definition-"));
cpSync(join(import.meta.dirname, "..", "..", "..", "config"), join(root, "config"), {recursive: true});
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** The fixture's North Ward (three LSOAs in Birmingham) as a story area and as a ward page. */
function bothPaths() {
  const sources = fixtureSources();
  const model = loadModel(sources);
  const codes = model.lsoas.filter((l) => l.ward25cd === "E05000001").map((l) => l.lsoa21cd);
  const story = crimeProfile(storyNumbers(codes, model));
  const ward = wardProfiles({
    lsoas: model.lsoas,
    areas: [...model.areas, model.england],
    ages: model.ages,
    risk: riskIndex(model, root).rows,
    stories: [],
    slugs: wardSlugsFromSources(sources)
  }).find((p) => p.code === "E05000001")!;
  return {story, ward};
}

describe("one definition per measure", () => {
  it("gives a ward the same crime rates on its story page and its ward page, and the same comparisons", () => {
    const {story, ward} = bothPaths();
    const storyRate = (level: string, key: string) => story.find((r) => r.level === level && r.key === key)?.rate;
    for (const {key} of CRIME_RATES.filter((c) => story.some((r) => r.key === c.key))) {
      const row = ward.crime.find((c) => c.key === key)!;
      expect(storyRate("area", key)).toBe(row.ward);
      expect(storyRate("district", key)).toBe(row.district);
      expect(storyRate("region", key)).toBe(row.region);
      expect(storyRate("england", key)).toBe(row.england);
    }
    // (30×1000 + 10×3000 + 20×2000) / 6000: both pages weight by the IoD2025 population.
    expect(storyRate("area", "violence_with_injury")).toBeCloseTo(100000 / 6000);
  });
});
