import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {formatLine, neighbourhoodLookup, storyLookup} from "../../../src/lib/check/project.js";
import {checkContent} from "../../../src/lib/check/run.js";
import {areaFit, namedNeighbourhoods, type LsoaNeighbourhood} from "../../../src/lib/content/areaFit.js";
import {fixtureSources} from "../../fixtures/sources.js";

// A ward of 14 LSOAs like St Michael's: six make the neighbourhood named Hillfields (15,000 residents),
// eight more (23,000) belong to two other neighbourhoods; Wood End lies mostly outside the ward.
const lsoa = (n: number, msoa: string, name: string, population: number): LsoaNeighbourhood => ({
  lsoa21cd: `E0100${String(n).padStart(4, "0")}`,
  lad25cd: "E08000026",
  msoa21cd: msoa,
  msoa21nm: name,
  population
});
const LSOAS = [
  ...[1, 2, 3, 4, 5, 6].map((n) => lsoa(n, "E02001981", "Hillfields", 2500)),
  ...[7, 8, 9, 10].map((n) => lsoa(n, "E02001988", "Central Coventry", 3500)),
  ...[11, 12, 13, 14].map((n) => lsoa(n, "E02001985", "Lower Stoke & Gosford Park", 2250)),
  ...[15, 16, 17, 18].map((n) => lsoa(n, "E02002156", "Henley Green & Wood End", 2000))
];
const codes = (from: number, to: number) => LSOAS.slice(from - 1, to).map((l) => l.lsoa21cd);
const area = (lsoaCodes: string[]) => ({lsoa_codes: lsoaCodes, district_codes: ["E08000026"]});

describe("area fit: is a story's area much larger than the place it names?", () => {
  it("finds the neighbourhoods a title or subtitle names, whole words only, parts of names too", () => {
    expect(namedNeighbourhoods("Hillfields", ["E08000026"], LSOAS)).toEqual([{code: "E02001981", name: "Hillfields"}]);
    expect(namedNeighbourhoods("Wood End and Moat House", ["E08000026"], LSOAS).map((n) => n.code)).toEqual([
      "E02002156"
    ]);
    expect(namedNeighbourhoods("Hillfield", ["E08000026"], LSOAS)).toEqual([]);
    expect(namedNeighbourhoods("Hillfields", ["E08000025"], LSOAS)).toEqual([]); // another borough
  });

  it("warns when the named neighbourhood holds less than half the area's residents (a whole ward for one part)", () => {
    const [problem] = areaFit({title: "Hillfields", subtitle: "A pilot in Coventry"}, area(codes(1, 14)), LSOAS);
    expect(problem.problem).toBe(
      "the area (14 LSOAs, 38,000 residents in mid-2024) is much larger than the place it names: the House of " +
        'Commons Library neighbourhood "Hillfields" (E02001981) holds 6 of its LSOAs and 15,000 residents (39%)'
    );
    expect(problem.fix).toMatch(/^list the named neighbourhood's LSOAs under area\.lsoas/);
  });

  it("accepts an area made of the named neighbourhood's LSOAs, or mostly of them", () => {
    expect(areaFit({title: "Hillfields"}, area(codes(1, 6)), LSOAS)).toEqual([]);
    expect(areaFit({title: "Hillfields"}, area(codes(1, 10)), LSOAS)).toEqual([]); // 15,000 of 29,000
  });

  it("warns when the area covers less than half of the neighbourhood it names", () => {
    const problems = areaFit({title: "Wood End and Moat House"}, area([...codes(1, 6), ...codes(15, 15)]), LSOAS);
    expect(problems.map((p) => p.problem)).toEqual([
      expect.stringMatching(/^the area \(7 LSOAs, 17,000 residents in mid-2024\) is much larger/),
      'the area covers 1 of the 4 LSOAs of the House of Commons Library neighbourhood "Henley Green & Wood End" ' +
        "(E02002156): 2,000 residents of 8,000 residents (25%)"
    ]);
  });

  it("says nothing when the story names no neighbourhood (nothing to measure against)", () => {
    expect(areaFit({title: "Three Estates"}, area(codes(1, 14)), LSOAS)).toEqual([]);
  });
});

describe("npm run check warns when a story's area is much larger than its place", () => {
  const root = mkdtempSync(join(tmpdir(), "wm-fit-"));
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const project = join(import.meta.dirname, "..", "..", "..");
  cpSync(join(project, "test", "fixtures", "content", "valid"), join(root, "content"), {recursive: true});
  const yaml = join(root, "content", "stories", "alpha", "story.yaml");
  // North Ward: Hill Hook's two LSOAs (4,000 residents) and one of Riverside & Mill's (2,000).
  writeFileSync(yaml, readFileSync(yaml, "utf8").replace("subtitle: A fixture story in North Ward", "subtitle: Mill"));
  const sources = fixtureSources();
  const lines = checkContent({
    root,
    contentDir: join(root, "content"),
    srcDir: join(project, "src"),
    lookup: storyLookup(sources),
    neighbourhoods: neighbourhoodLookup(sources),
    today: "2026-11-21"
  }).list.map(formatLine);

  it("reports it as a warning at the area, with the measure and the fix", () => {
    expect(lines).toEqual([
      "content/stories/alpha/story.yaml:8: warning: the area (3 LSOAs, 6,000 residents in mid-2024) is much " +
        'larger than the place it names: the House of Commons Library neighbourhood "Riverside & Mill" ' +
        "(E02000002) holds 1 of its LSOAs and 2,000 residents (33%) — list the named neighbourhood's LSOAs under " +
        "area.lsoas instead of the whole ward, or say in area.explanation why the wider area stands for the place"
    ]);
  });
});
