import {describe, expect, it} from "vitest";
import {parseSteps, STEP_STATES} from "../../../src/lib/stories/steps.js";

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
