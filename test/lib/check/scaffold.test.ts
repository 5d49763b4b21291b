import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {formatLine, storyLookup} from "../../../src/lib/check/project.js";
import {checkContent} from "../../../src/lib/check/run.js";
import {planStory, scaffoldFiles, ScaffoldError, slugify, splitList} from "../../../src/lib/check/scaffold.js";
import {fixtureSources} from "../../fixtures/sources.js";

const project = join(import.meta.dirname, "..", "..", "..");
const lookup = storyLookup(fixtureSources());
const request = {
  name: "Gamma Fields",
  borough: "Birmingham",
  wards: [] as string[],
  lsoas: [] as string[],
  today: "2026-11-21"
};
const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.problems;
    throw error;
  }
  return [];
};

describe("planStory", () => {
  it("accepts ward codes and ward names, in any case", () => {
    const plan = planStory({...request, wards: ["e05000001"]}, lookup, []);
    expect(plan).toMatchObject({
      slug: "gamma-fields",
      borough: "Birmingham",
      wards: [{code: "E05000001", name: "North Ward"}]
    });
    expect(planStory({...request, borough: "coventry", wards: ["South and East"]}, lookup, []).wards).toEqual([
      {code: "E05000002", name: "South & East"}
    ]);
    expect(planStory({...request, lsoas: ["E01000002"]}, lookup, []).lsoas).toEqual(["E01000002"]);
  });

  it("reports every problem at once, with the nearest real value", () => {
    expect(
      problemsOf(() =>
        planStory(
          {...request, borough: "Brimingham", wards: ["Nroth Ward", "E05000021"], lsoas: ["E0100002"]},
          lookup,
          ["gamma-fields"]
        )
      )
    ).toEqual([
      "--name: content/stories/gamma-fields already exists — edit that story, or give this one a different name",
      '--borough: "Brimingham" is not one of the seven boroughs — did you mean Birmingham?',
      '--wards: "Nroth Ward" is not a ward (May 2025) — did you mean North Ward (E05000001)?',
      '--wards: "E05000021" is not a ward (May 2025) — did you mean North Ward (E05000001)?',
      '--lsoas: "E0100002" is not an LSOA (2021) — did you mean E01000002?'
    ]);
  });

  it("refuses places outside the borough, and a story without an area", () => {
    expect(problemsOf(() => planStory({...request, wards: ["E05000002"], lsoas: ["E01000004"]}, lookup, []))).toEqual([
      "--wards: E05000002 (South & East) is in Coventry, not Birmingham — " +
        "check --borough, or choose places in Birmingham",
      "--lsoas: E01000004 is in Coventry, not Birmingham — check --borough, or choose places in Birmingham"
    ]);
    expect(problemsOf(() => planStory(request, lookup, []))).toEqual([
      "no area given — add --wards (codes or names) or --lsoas (LSOA 2021 codes)"
    ]);
    expect(problemsOf(() => planStory({...request, wards: ["Zeta"]}, lookup, []))).toEqual([
      '--wards: "Zeta" is not a ward (May 2025) in Birmingham — ' +
        "give a ward code (E05…) or one of the wards of Birmingham: North Ward"
    ]);
  });

  it("makes readable slugs and splits lists", () => {
    expect(slugify("King’s Norton & Druids Heath")).toBe("kings-norton-and-druids-heath");
    expect(splitList(" E05000001, North Ward ;")).toEqual(["E05000001", "North Ward"]);
  });
});

describe("scaffoldFiles", () => {
  let root: string;
  afterEach(() => rmSync(root, {recursive: true, force: true}));

  const write = (files: Record<string, string>, slug: string) => {
    mkdirSync(join(root, "content", "stories", slug), {recursive: true});
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "content", "stories", slug, name), text);
  };
  const check = () =>
    checkContent({
      root,
      contentDir: join(root, "content"),
      srcDir: join(project, "src"),
      lookup,
      today: "2026-11-21"
    }).list.map(formatLine);

  it("makes a draft that passes the check, and lists its TODOs once it is published", () => {
    root = mkdtempSync(join(tmpdir(), "wm-scaffold-"));
    const files = scaffoldFiles(planStory({...request, wards: ["North Ward"]}, lookup, []));
    write(files, "gamma-fields");
    expect(check()).toEqual([]);
    expect(files["story.yaml"]).toContain("    - E05000001 # North Ward\n");
    write({"story.yaml": files["story.yaml"].replace("status: draft", "status: published")}, "gamma-fields");
    const problems = check();
    expect(problems).toHaveLength(4 + 11 + 1);
    expect(problems[0]).toBe(
      'content/stories/gamma-fields/activities.yaml:3: "TODO" text is left in a published story — ' +
        "write the real text, or keep status: draft until it is ready"
    );
  });

  it("makes a story that leaves out voices and activities by deleting their sections and files", () => {
    root = mkdtempSync(join(tmpdir(), "wm-scaffold-"));
    const files = scaffoldFiles(planStory({...request, wards: ["North Ward"]}, lookup, []));
    expect(files["voices.yaml"]).toContain("delete this file and the section of steps.md with shows: voices");
    expect(files["activities.yaml"]).toContain("delete this file and the section of steps.md with shows: activities");
    const sections = files["steps.md"].split(/\n(?=## )/);
    const steps = sections.filter((s) => !/^shows: (voices|activities)$/m.test(s)).join("\n");
    write({"story.yaml": files["story.yaml"], "steps.md": steps}, "gamma-fields");
    expect(check()).toEqual([]);
  });
});
