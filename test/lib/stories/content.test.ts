import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseActivities} from "../../../src/lib/stories/activities.js";
import {readStoryContent} from "../../../src/lib/stories/content.js";
import {STEP_STATES} from "../../../src/lib/content/steps.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const fail = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("activities.yaml", () => {
  it("needs a source for every activity and an honest note when there are none", () => {
    expect(parseActivities("a.yaml", "activities:\n  - title: Youth bus\n    description: Visits the square.\n    source: PCC news release\n").activities).toHaveLength(1);
    expect(fail(() => parseActivities("a.yaml", "activities:\n  - title: Youth bus\n    description: Visits the square.\n"))).toMatch(/^a\.yaml:2: activity 1 has no source — say where this is known from/);
    expect(fail(() => parseActivities("a.yaml", "activities: []\n"))).toMatch(/no activities and no note/);
    expect(fail(() => parseActivities("a.yaml", "note: x\nactivities:\n  - {title: a, description: b, source: c, link: 'javascript:alert(1)'}\n"))).toMatch(/is not a web address/);
  });
});

describe("the four stories' content", () => {
  it.each(readdirSync(join(ROOT, "content", "stories")))("%s is valid", (slug) => {
    const content = readStoryContent(join(ROOT, "content"), slug, ROOT, []);
    expect(content.steps).toHaveLength(STEP_STATES.length);
    expect(content.activities.activities.every((a) => a.source.length > 0)).toBe(true);
  });
});
