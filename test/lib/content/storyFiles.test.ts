import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {ContentError} from "../../../src/lib/content/problems.js";
import {readStoryContent} from "../../../src/lib/content/storyFiles.js";
import {STEP_STATES} from "../../../src/lib/content/steps.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "content");

describe("the four stories' content", () => {
  it.each(readdirSync(join(ROOT, "content", "stories")))("%s is valid", (slug) => {
    const content = readStoryContent(join(ROOT, "content"), slug, ROOT, []);
    expect(content.steps).toHaveLength(STEP_STATES.length);
    expect(content.activities.activities.every((a) => (a.source ?? "").length > 0)).toBe(true);
  });
});

describe("the files only a section needs", () => {
  it("are not needed by a story without their sections: it has no voices and no activities", () => {
    const content = readStoryContent(join(FIXTURES, "sections-chosen"), "gamma", ROOT, []);
    expect(content.steps.map((s) => s.shows)).toEqual(["region", "area", "people", "deprivation", "sources"]);
    expect(content.voices).toEqual([]);
    expect(content.activities).toEqual({note: null, activities: []});
  });

  it("are asked for at the section's heading when the story shows the section without its file", () => {
    const contentDir = join(FIXTURES, "broken", "section-file-missing");
    let error: unknown;
    try {
      readStoryContent(contentDir, "gamma", contentDir, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({file: "stories/gamma/steps.md", line: 16});
    expect((error as Error).message).toContain("needs voices.yaml, which is missing");
    expect((error as Error).message).toContain("or remove the section");
  });
});
