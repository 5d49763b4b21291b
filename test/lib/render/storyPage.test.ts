import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {STEP_STATES} from "../../../src/lib/content/steps.js";
import {storyIndexMarkdown} from "../../../src/lib/render/storyIndex.js";
import {storyPageMarkdown} from "../../../src/lib/render/storyPage.js";
import type {Sources} from "../../../src/lib/sources/index.js";
import {
  assembleStory,
  readStoryInputs,
  storySourceFiles,
  type StoryPageData
} from "../../../src/lib/stories/assemble.js";
import {fixtureSources} from "../../fixtures/sources.js";

// A story over the fixture's North Ward (three LSOAs in Birmingham), written to a temporary content folder.
const STORY = `title: Hill Hook
subtitle: A fixture story
borough: Birmingham
status: published
last_reviewed: 2026-11-21
area:
  wards: [E05000001]
  explanation: North Ward stands for Hill Hook.
sources: [Fixture SNA (2020)]
`;
const STEPS = STEP_STATES.map(
  (s) => `## Step ${s.state}\nshows: ${s.state}\n\nCosts $5 or \${alert(1)}; <script>alert(1)</script> *emphasis*.\n`
).join("\n");
const VOICES = `voices:
  - text: "<b>Safer</b> now the youth club opens late, \${1 + 1} times a week."
    speaker: young person, 16-17
    theme: safety
    collected: 2026-05-01
    method: youth forum
    consent: given
    consent_date: 2026-05-02
    location: North Ward
`;

describe("story page from the fixture sources", () => {
  let dir: string;
  let sources: Sources;
  let data: StoryPageData;
  let page: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wm-story-"));
    const folder = join(dir, "content", "stories", "hill-hook");
    mkdirSync(folder, {recursive: true});
    writeFileSync(join(folder, "story.yaml"), STORY);
    writeFileSync(join(folder, "steps.md"), STEPS);
    writeFileSync(join(folder, "voices.yaml"), VOICES);
    writeFileSync(join(folder, "activities.yaml"), "note: Little is known yet.\n");
    sources = fixtureSources();
    const inputs = readStoryInputs(sources, join(dir, "content"), dir);
    data = assembleStory(inputs, inputs.stories[0], join(dir, "content"), dir);
    page = storyPageMarkdown(data, storySourceFiles(sources));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("lists as its data files exactly the source files it was made from", () => {
    const listed = storySourceFiles(sources).map((f) => f.path);
    expect([...listed].sort()).toEqual(
      sources
        .used()
        .map((f) => f.path)
        .sort()
    );
    expect(page).toContain("<code>boundaries/lsoa21.geojson</code>");
  });

  it("computes the area's numbers from the fixture", () => {
    expect(data.numbers.lsoas.map((l) => l.code)).toEqual(["E01000001", "E01000002", "E01000003"]);
    expect(data.numbers.population).toBe(6000);
    expect(data.numbers.age.under_18_share).toBeCloseTo(1 / 3);
    expect(data.numbers.lsoas.map((l) => l.imd_decile_2019)).toEqual([2, 7, 2]);
    expect(data.geometry.labels.map((l) => l.name).sort()).toEqual(["Hill Hook", "Riverside & Mill"]);
  });

  it("writes one section per step with its figure slot, static fallback and the geography statement", () => {
    expect(page.match(/<section class="story-step"/g)).toHaveLength(STEP_STATES.length);
    expect(page).toContain('<div class="story-figure" data-state="deprivation" data-js><noscript>');
    expect(page).toContain("North Ward stands for Hill Hook.");
    expect(page).toContain(
      "Two of the three neighbourhoods (LSOAs) in the area (67%) are among England&#39;s most deprived 10%"
    );
  });

  it("never lets editors' text run as code or HTML", () => {
    const html = page.slice(0, page.indexOf("```js"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("$");
    expect(html).toContain("Costs &#36;5");
    expect(html).toContain("&#60;b&#62;Safer&#60;/b&#62; now the youth club opens late, &#36;{1 + 1} times a week.");
    // Framework ends an HTML block at a blank line; the generated HTML has none inside the story.
    const story = html.slice(html.indexOf('<div class="story"')).trimEnd();
    expect(story.match(/.*\n\s*\n.*/)?.[0]).toBeUndefined();
  });

  it("gives a voice in another language its lang and dir, and leaves the others to the page's", () => {
    expect(page).toMatch(/<blockquote><p>[^<]*Safer/);
    const inUrdu = {...data, content: {...data.content, voices: [{...data.content.voices[0], language: "ur"}]}};
    expect(storyPageMarkdown(inUrdu, storySourceFiles(sources))).toMatch(
      /<blockquote lang="ur" dir="rtl"><p>[^<]*Safer/
    );
  });

  it("lists the story on the index with a small map and a computed summary", () => {
    const index = storyIndexMarkdown([data]);
    expect(index).toContain('href="./hill-hook"');
    expect(index).toContain("<svg");
    expect(index).toContain("Birmingham · 6,000 residents in 3 LSOAs, 2 of them among England&#39;s most deprived 10%");
  });
});
