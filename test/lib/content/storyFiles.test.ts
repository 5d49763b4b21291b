import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readStoryContent} from "../../../src/lib/content/storyFiles.js";
import {STEP_STATES} from "../../../src/lib/content/steps.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

describe("the four stories' content", () => {
  it.each(readdirSync(join(ROOT, "content", "stories")))("%s is valid", (slug) => {
    const content = readStoryContent(join(ROOT, "content"), slug, ROOT, []);
    expect(content.steps).toHaveLength(STEP_STATES.length);
    expect(content.activities.activities.every((a) => (a.source ?? "").length > 0)).toBe(true);
  });
});
