import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseActivities} from "../../../src/lib/stories/activities.js";
import {readStoryContent} from "../../../src/lib/stories/content.js";
import {parseSteps, STEP_STATES} from "../../../src/lib/stories/steps.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const all = (extra = "") => STEP_STATES.map((s) => `## About ${s.state}\nshows: ${s.state}\n\nSome words.\n${s.state === "people" ? extra : ""}`).join("\n");
const fail = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("steps.md", () => {
  it("reads one step per section, in order, without the shows: line", () => {
    const steps = parseSteps("steps.md", all());
    expect(steps.map((s) => s.shows)).toEqual(STEP_STATES.map((s) => s.state));
    expect(steps[0]).toMatchObject({heading: "About region", markdown: "Some words.", line: 1});
  });

  it("says which line is wrong and how to fix it", () => {
    expect(fail(() => parseSteps("s.md", all().replace("shows: area", "shows: areas")))).toMatch(/^s\.md:7: "areas" is not a figure the story can show — use one of: region, area/);
    expect(fail(() => parseSteps("s.md", all().replace("shows: people\n", "")))).toMatch(/^s\.md:11: the section "About people" has no "shows:" line/);
    expect(fail(() => parseSteps("s.md", all().replace(/## About crime\nshows: crime\n\nSome words.\n/, "")))).toMatch(/no section shows "crime"/);
    expect(fail(() => parseSteps("s.md", "Intro\n" + all()))).toMatch(/^s\.md:1: text before the first section/);
    expect(fail(() => parseSteps("s.md", all("```js\nalert(1)\n```\n")))).toMatch(/code blocks are not allowed/);
  });

  it("rejects a repeated or out-of-order section", () => {
    const swapped = all().replace("shows: region", "shows: TMP").replace("shows: area", "shows: region").replace("shows: TMP", "shows: area");
    expect(fail(() => parseSteps("s.md", swapped))).toMatch(/out of order/);
    expect(fail(() => parseSteps("s.md", all().replace("shows: area", "shows: region")))).toMatch(/used twice \(first at line 1\)/);
  });
});

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
