import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {STEP_STATES} from "../../../src/lib/content/steps.js";
import {assembleStory, readStoryInputs} from "../../../src/lib/stories/assemble.js";
import {clientData} from "../../../src/lib/stories/client.js";
import {fixtureSources} from "../../fixtures/sources.js";

// A story over the fixture's North Ward (three LSOAs in Birmingham).
const dir = mkdtempSync(join(tmpdir(), "wm-client-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const folder = join(dir, "content", "stories", "north");
mkdirSync(folder, {recursive: true});
writeFileSync(
  join(folder, "story.yaml"),
  "title: North\nborough: Birmingham\nstatus: published\nlast_reviewed: 2026-11-21\n" +
    "area:\n  wards: [E05000001]\n  explanation: North Ward.\n"
);
writeFileSync(
  join(folder, "steps.md"),
  STEP_STATES.map((s) => `## ${s.state}\nshows: ${s.state}\n\nText.\n`).join("\n")
);
writeFileSync(join(folder, "voices.yaml"), "voices: []\n");
writeFileSync(join(folder, "activities.yaml"), "note: None yet.\n");
const inputs = readStoryInputs(fixtureSources(), join(dir, "content"), dir);
const client = clientData(assembleStory(inputs, inputs.stories[0], join(dir, "content"), dir));

describe("the data a story page receives", () => {
  it("carries the medians behind the anti-social behaviour caveat", () => {
    expect(client.recording.violence_with_injury).toEqual({region: 20, england: 10});
  });

  it("carries the borough's violence rate on both scales, from one summary", () => {
    expect(client.violenceScales).toMatchObject({district: "Birmingham", published: {value: 1229, period: "2019"}});
    const district = client.crime.find((c) => c.level === "district" && c.key === "violence_with_injury")!;
    expect(client.violenceScales!.iod_rate).toBe(district.rate);
  });

  it("gives each domain share its count and base, for small areas", () => {
    expect(client.domains.find((d) => d.level === "area" && d.key === "imd")).toMatchObject({count: 2, base: 3});
  });
});
