import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {parse} from "parse5";
import {siteConfig} from "../../../src/lib/content/site.js";
import {STEP_STATES, type StepState} from "../../../src/lib/content/steps.js";
import {storyFigureContext} from "../../../src/lib/render/storyFigureContext.js";
import {storyIndexMarkdown} from "../../../src/lib/render/storyIndex.js";
import {STORY_FIGURE_NAMES} from "../../../src/lib/render/embedNames.js";
import {storyPageMarkdown} from "../../../src/lib/render/storyPage.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {similarSentence} from "../../../src/lib/summaries/similar.js";
import {changeSentence, changeWhereSentence} from "../../../src/lib/summaries/stories.js";
import {wardSlugsFromSources} from "../../../src/lib/wards/paths.js";
import {similarAreaFinder} from "../../../src/lib/wards/similar.js";
import type {Sources} from "../../../src/lib/sources/index.js";
import {
  assembleStory,
  readStoryInputs,
  storySourceFiles,
  type StoryPageData
} from "../../../src/lib/stories/assemble.js";
import {formatDecimal} from "../../../src/lib/format.js";
import {crimeProfile, domainProfile} from "../../../src/lib/stories/data.js";
import {
  asbCaveatSentence,
  CRIME_RATE_SOURCE,
  RATE_DEFINITION_NOTE,
  RATE_UNIT,
  violenceScalesSentence
} from "../../../src/lib/summaries/crime.js";
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

const TEXT_SLOTS: StepState[] = ["voices", "activities", "sources"];

/**
 * One story in a temporary content folder, assembled from the fixture sources, and its page. Call
 * in a describe block; read the result in its tests.
 */
function useStory(
  slug: string,
  files: {story: string; voices: string | null; activities?: string | null; steps?: string}
) {
  const story = {} as {sources: Sources; data: StoryPageData; page: string};
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wm-story-"));
    const folder = join(dir, "content", "stories", slug);
    mkdirSync(folder, {recursive: true});
    writeFileSync(join(folder, "story.yaml"), files.story);
    writeFileSync(join(folder, "steps.md"), files.steps ?? STEPS);
    // A story without the voices or activities section may leave out the section's file (null).
    if (files.voices !== null) writeFileSync(join(folder, "voices.yaml"), files.voices);
    const activities = files.activities === undefined ? "note: Little is known yet.\n" : files.activities;
    if (activities !== null) writeFileSync(join(folder, "activities.yaml"), activities);
    story.sources = fixtureSources();
    const inputs = readStoryInputs(story.sources, join(dir, "content"), dir);
    story.data = assembleStory(inputs, inputs.stories[0], join(dir, "content"), dir);
    story.page = storyPageMarkdown(story.data, storySourceFiles(story.sources));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  return story;
}

describe("story page from the fixture sources", () => {
  const story = useStory("hill-hook", {story: STORY, voices: VOICES});
  let sources: Sources;
  let data: StoryPageData;
  let page: string;
  beforeAll(() => ({sources, data, page} = story));

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

  it("writes one section per step with its figure, drawn at build time, and the geography statement", () => {
    expect(page.match(/<section class="story-step"/g)).toHaveLength(STEP_STATES.length);
    expect(page).toContain("North Ward stands for Hill Hook.");
    expect(page).toContain(
      "Two of the three neighbourhoods (LSOAs) in the area (67%) are among England's most deprived 10%"
    );
  });

  it("puts in each figure slot a figure with a named graphic, its summary, source and data table", () => {
    const document = storyDocument(page);
    for (const {state} of STEP_STATES.filter((s) => !TEXT_SLOTS.includes(s.state))) {
      const figure = document.querySelector(`.story-figure[data-state=${state}] figure.wm-figure`);
      expect(figure, state).not.toBeNull();
      const title = figure!.querySelector(".wm-figure-title")!;
      expect(title.id, state).toBe(`figure-${state}-title`);
      const graphics = [...figure!.querySelectorAll("[role=img]")];
      expect(graphics.length, state).toBeGreaterThan(0);
      for (const g of graphics) expect(g.getAttribute("aria-labelledby"), state).toBe(title.id);
      expect(figure!.querySelector(".wm-figure-summary")?.textContent, state).toMatch(/\w/);
      expect(figure!.querySelector(".wm-figure-source a[href^='https://']"), state).not.toBeNull();
      expect(figure!.querySelectorAll("details.data-table tbody tr").length, state).toBeGreaterThan(0);
    }
    // Graphics with text come at two widths; the decile map, which has none, once.
    expect(document.querySelectorAll("[data-state=people] .wm-variants > svg")).toHaveLength(2);
    expect(document.querySelectorAll("[data-state=deprivation] svg[role=img]")).toHaveLength(1);
    expect(document.querySelectorAll("[data-state=deprivation] svg[role=img] path[fill]")).toHaveLength(3);
    // Legends are beside the graphic, as text.
    // The decile map's key counts the area's LSOAs in each decile.
    const key = document.querySelector("[data-state=deprivation] .wm-figure > .wm-decile-key > .wm-legend-swatches");
    expect([...key!.querySelectorAll("[role=listitem]")].map((i) => i.textContent).join(" ")).toMatch(
      /^1: \d+ LSOAs? 2: \d+ LSOAs? .* 10: \d+ LSOAs?$/
    );
    expect(document.querySelector("[data-state=crime] .wm-figure > .wm-legend-swatches")?.textContent).toContain(
      "England"
    );
    for (const state of TEXT_SLOTS)
      expect(document.querySelector(`.story-figure[data-state=${state}] figure`)).toBeNull();
  });

  it("keys every map's table rows to its marks, so the keyboard reaches every tip (tips.ts)", () => {
    const document = storyDocument(page);
    const keys = (figure: Element, selector: string) =>
      new Set([...figure.querySelectorAll(selector)].map((e) => e.getAttribute("data-key")));
    const maps = [...document.querySelectorAll("figure.wm-figure")].filter((f) => f.querySelector("svg [data-key]"));
    expect(maps.map((f) => f.querySelector(".wm-figure-title")?.id)).toEqual(
      ["region", "area", "deprivation", "change-map"].map((id) => `figure-${id}-title`)
    );
    for (const map of maps) {
      const name = map.querySelector(".wm-figure-title")?.id;
      // A mark with a tip has a <title> until tips.ts moves it into data-tip.
      const tipped = [...map.querySelectorAll("svg [data-key]")].filter((m) => m.querySelector(":scope > title"));
      const rows = keys(map, ".data-table tbody tr[data-key]");
      expect(tipped.length, name).toBeGreaterThan(0);
      for (const mark of tipped) expect(rows, name).toContain(mark.getAttribute("data-key"));
    }
    // The locator's rows are the area's LSOAs, with their wards.
    const region = maps[0].querySelector<HTMLTableSectionElement>(".data-table tbody")!;
    expect([...region.rows].map((r) => [...r.cells].map((c) => c.textContent))).toEqual(
      data.numbers.lsoas.map((l) => [`${l.name} (${l.code})`, l.msoa, l.ward, "Birmingham"])
    );
  });

  it("ends with the wards most like its area, each linked, and the link to its data as CSV", () => {
    const model = loadModel(sources);
    const find = similarAreaFinder({lsoas: model.lsoas, ages: model.ages, slugs: wardSlugsFromSources(sources)});
    const similar = find(data.story.area.lsoa_codes);
    const after = new JSDOM(storyPageMarkdown(data, storySourceFiles(sources), similar)).window.document.querySelector(
      "section.story-after"
    )!;
    expect([...after.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Areas like this one",
      "Download the data"
    ]);
    expect(after.querySelector(".wm-figure-summary")?.textContent).toBe(similarSentence("the area", similar));
    expect(similar.wards.length).toBeGreaterThan(0);
    expect([...after.querySelectorAll("tbody a")].map((a) => a.getAttribute("href"))).toEqual(
      similar.wards.map((w) => `../wards/${w.slug}`)
    );
    expect(after.querySelector("a[download]")?.getAttribute("href")).toBe(`../data/stories/${data.story.slug}.csv`);
    // Without similar wards the page still links its data.
    expect(page).toMatch(/<section class="story-after"[^]*<h2 id="download">/);
    expect(page).not.toContain('id="similar"');
  });

  it("shows IoD2019 and IoD2025 side by side for unchanged LSOAs, with a table; and an embed code per figure", () => {
    const document = storyDocument(page);
    const figure = document.querySelector("[data-state=change] figure:has(#figure-change-map-title)")!;
    const maps = figure.querySelectorAll(".wm-compare svg");
    expect([...figure.querySelectorAll(".wm-compare-label")].map((l) => l.textContent)).toEqual(["IoD2019", "IoD2025"]);
    const unchanged = data.numbers.lsoas.filter((l) => l.imd_decile_2019 !== null);
    for (const map of maps) expect(map.querySelectorAll("path[data-key]")).toHaveLength(unchanged.length);
    expect(maps[0].querySelector("path[data-key] title")?.textContent).toMatch(/IoD2019 IMD decile: \d+$/);
    const rows = [...figure.querySelectorAll("details.data-table tbody tr")].map((r) =>
      [...r.children].map((c) => c.textContent)
    );
    expect(rows).toEqual(unchanged.map((l) => [l.code, l.name, String(l.imd_decile_2019), String(l.imd_decile)]));
    // The chart beside it counts the moves; the maps' sentence names the LSOAs that moved.
    const summaries = [...document.querySelectorAll("[data-state=change] .wm-figure-summary")].map(
      (p) => p.textContent
    );
    expect(summaries).toEqual([changeSentence(data.numbers.lsoas), changeWhereSentence(data.numbers.lsoas)]);
    expect(summaries[1]).toMatch(/^Between the two maps, .+ moved to a/);
    const embeds = [...document.querySelectorAll(".story-figure figure.wm-figure details.wm-embed a")];
    expect(embeds.map((a) => a.getAttribute("href"))).toEqual(
      STORY_FIGURE_NAMES.map((f) => `../embed/stories--hill-hook--${f.name}`)
    );
  });

  it("has no <noscript> and no embedded data: the page's script only enhances the built HTML", () => {
    expect(page).not.toContain("<noscript");
    const script = page.slice(page.indexOf("```js"));
    expect(script).not.toMatch(/FileAttachment|JSON|story = \{/);
    expect(script.match(/^import .*$/gm)).toEqual([
      'import "../components/enhanceMenu.js";',
      'import {enhanceStory} from "../components/enhanceStory.js";'
    ]);
  });

  it("never lets editors' text run as code or HTML", () => {
    const html = page.slice(0, page.indexOf("```js"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("$");
    expect(html).toContain("Costs &#36;5");
    expect(html).toContain("&#60;b&#62;Safer&#60;/b&#62; now the youth club opens late, &#36;{1 + 1} times a week.");
    // Framework ends an HTML block at a blank line; the generated HTML has none inside the story.
    const story = html
      .slice(html.indexOf('<div class="story"'), html.indexOf('<section class="story-after"'))
      .trimEnd();
    expect(story.match(/.*\n\s*\n.*/)?.[0]).toBeUndefined();
    const after = html.slice(html.indexOf('<section class="story-after"')).trimEnd();
    expect(after.match(/.*\n\s*\n.*/)?.[0]).toBeUndefined();
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

const storyDocuments = new Map<string, Document>();
/**
 * The story's steps as a browser shows them, from the page's HTML: parsed once per page, as the
 * tests only read it (a page of drawn figures takes jsdom about a second).
 */
function storyDocument(page: string): Document {
  let document = storyDocuments.get(page);
  if (!document) {
    document = new JSDOM(page.slice(page.indexOf('<div class="story"'), page.indexOf("```js"))).window.document;
    storyDocuments.set(page, document);
  }
  return document;
}

/** The reader-facing text of one step's figure slot, as one line. */
function slotText(document: Document, state: StepState): string {
  return document.querySelector(`.story-figure[data-state=${state}]`)!.textContent!.replace(/\s+/g, " ");
}

describe("issue 12 on a story page", () => {
  const story = useStory("north", {story: STORY, voices: "voices: []\n"});
  let sources: Sources;
  let data: StoryPageData;
  let page: string;
  beforeAll(() => ({sources, data, page} = story));
  const context = () => storyFigureContext(data, storySourceFiles(sources));

  it("without voices, tells readers how to share theirs: the contact route set in config/site.yaml", () => {
    const {contact} = siteConfig();
    const link = storyDocument(page).querySelector(`.story-figure[data-state=voices] a[href="${contact.url}"]`);
    expect(link?.textContent).toBe(contact.link_text);
    expect(link?.parentElement?.textContent?.replace(/\s+/g, " ")).toContain(
      `To share a view of this place, contact ${contact.name} through ${contact.link_text}.`
    );
    // Written for the public: never how the site is edited.
    expect(slotText(storyDocument(page), "voices")).not.toMatch(/\.yaml|editor/i);
  });

  it("carries the medians behind the anti-social behaviour caveat", () => {
    expect(context().recording.violence_with_injury).toEqual({region: 20, england: 10});
  });

  it("carries the borough's violence rate on both scales, from one summary", () => {
    const {violenceScales} = context();
    expect(violenceScales).toMatchObject({district: "Birmingham", published: {value: 1229, period: "2019"}});
    const district = crimeProfile(data.numbers).find(
      (c) => c.level === "district" && c.key === "violence_with_injury"
    )!;
    expect(violenceScales!.iod_rate).toBe(district.rate);
  });

  it("gives each domain share its count and base, for small areas", () => {
    expect(domainProfile(data.numbers).find((d) => d.level === "area" && d.key === "imd")).toMatchObject({
      count: 2,
      base: 3
    });
  });

  it("has no violence scales where the needs assessments give the borough no rate per 100,000", () => {
    expect(storyFigureContext({...data, keyFigures: []}, []).violenceScales).toBeNull();
  });

  it("states the one rate definition among the caveats, not the old 'each LSOA counting once'", () => {
    const caveats = [...storyDocument(page).querySelectorAll(".story-caveats li")].map((li) => li.textContent);
    expect(caveats).toContain(RATE_DEFINITION_NOTE);
    expect(page).not.toMatch(/counting once|carry no population/);
  });

  it("gives crime rates their unit, source and period, and names the England series 'England'", () => {
    const document = storyDocument(page);
    const crime = document.querySelector("[data-state=crime] figure.wm-figure")!;
    expect(crime.querySelector(".wm-figure-units")?.textContent).toBe(`Rate ${RATE_UNIT}: ${CRIME_RATE_SOURCE}`);
    const headers = [...crime.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toEqual(["Measure", "Area", `Rate ${RATE_UNIT}`]);
    const series = [...crime.querySelectorAll(".wm-legend-swatch")].map((item) => item.textContent);
    expect(series).toEqual(["North Ward ward (the area)", "Birmingham", "West Midlands (7 boroughs)", "England"]);
    const areas = new Set([...crime.querySelectorAll("tbody tr")].map((tr) => tr.children[1].textContent));
    expect(areas).toContain("England");
    expect(crime.textContent).not.toMatch(/residents/);
  });

  it("puts the anti-social behaviour caveat, from the medians, under the crime figure", () => {
    const {recording} = context();
    const caveat = asbCaveatSentence(recording);
    // The fixture's medians are equal: the caveat still gives both, with their unit.
    expect(caveat).toMatch(
      /^The median West Midlands LSOA records 8\.0 anti-social behaviour incidents per 1,000 at-risk/
    );
    const note = storyDocument(page).querySelector("[data-state=crime] .story-figure-block > p.story-note");
    expect(note?.textContent).toBe(caveat);
  });

  it("tells Birmingham's two violence scales apart beside the needs assessment's figure", () => {
    const document = storyDocument(page);
    const sentence = violenceScalesSentence(context().violenceScales!);
    const notes = [...document.querySelectorAll("[data-state=borough] .story-figure-block > p.story-note")];
    expect(notes.map((p) => p.textContent)).toEqual([sentence]);
    // Both numbers, each with its own unit and period, and the per-100,000 figure on a per-1,000 scale.
    const borough = slotText(document, "borough");
    expect(borough).toContain("1,229 per 100,000 population");
    expect(sentence).toContain("1,229 per 100,000 population in 2019 is 12.3 per 1,000 residents");
    expect(sentence).toContain("not a change over time");
    // The IoD2025 figure it names is the one the crime figure shows for Birmingham.
    const iod = crimeProfile(data.numbers).find((c) => c.level === "district" && c.key === "violence_with_injury")!;
    expect(sentence).toContain(`The IoD2025 figure, ${formatDecimal(iod.rate, 1)} ${RATE_UNIT}`);
    const crimeRows = [...document.querySelectorAll("[data-state=crime] tbody tr")].map((tr) =>
      [...tr.children].map((c) => c.textContent)
    );
    expect(crimeRows).toContainEqual([iod.measure, "Birmingham", formatDecimal(iod.rate, 1)]);
    // Told once, where the second scale appears, and only there.
    expect(slotText(document, "crime")).not.toContain("100,000");
  });

  it("leaves the scales sentence out where the borough has no rate per 100,000", () => {
    const other = storyPageMarkdown({...data, keyFigures: []}, storySourceFiles(sources));
    expect(storyDocument(other).querySelector("[data-state=borough] p.story-note")).toBeNull();
    expect(other).not.toContain("appears on two scales");
  });

  it("shows each domain share of the small area with its count and base", () => {
    const trs = [...storyDocument(page).querySelectorAll("[data-state=domains] tbody tr")];
    const rows = trs.map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toContainEqual(["Index of Multiple Deprivation", "North Ward ward (the area)", "2 of 3 (67%)"]);
    // The shares sort by value, not by their text.
    const imd = trs[rows.findIndex((r) => r[2] === "2 of 3 (67%)")];
    expect(Number(imd.querySelector("td.numeric")?.getAttribute("data-value"))).toBeCloseTo(2 / 3);
  });
});

// Issue 11: a title that closes a <noscript> and opens a <script> once reached an attribute inside a
// <noscript>, which a browser running JavaScript reads as raw text.
const HOSTILE_TITLE = `T </noscript><script>alert(1)</script> "quoted" & 'single'`;

/** The HTML of a page loader's Markdown as Framework writes it: parsed by jsdom and serialised again. */
function asFrameworkWrites(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/```js[\s\S]*$/, "");
  return new JSDOM(`<!DOCTYPE html><body>${body}`).window.document.body.innerHTML;
}

type Node5 = {nodeName: string; childNodes?: Node5[]; content?: Node5; value?: string};
/** Every element name in a page as a browser running JavaScript parses it (<noscript> is raw text there). */
function elementNames(html: string): string[] {
  const names: string[] = [];
  const walk = (node: Node5) => {
    names.push(node.nodeName);
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) walk(child);
  };
  walk(parse(`<!DOCTYPE html><html><body>${html}</body></html>`, {scriptingEnabled: true}) as unknown as Node5);
  return names;
}

describe("a story whose title is markup", () => {
  const story = useStory("hostile", {
    story: STORY.replace("title: Hill Hook", `title: ${JSON.stringify(HOSTILE_TITLE)}`),
    voices: "voices: []\n"
  });
  let data: StoryPageData;
  let page: string;
  beforeAll(() => ({data, page} = story));

  it("shows it as text, and no <script> or <noscript> appears once Framework re-serialises the page", () => {
    expect(data.story.title).toBe(HOSTILE_TITLE);
    for (const markdown of [page, storyIndexMarkdown([data])]) {
      const html = asFrameworkWrites(markdown);
      const names = elementNames(html);
      expect(names).not.toContain("script");
      expect(names).not.toContain("noscript");
      expect(html).toContain("T &lt;/noscript&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    const {document} = new JSDOM(asFrameworkWrites(page)).window;
    expect(document.querySelector("h1")?.textContent).toBe(HOSTILE_TITLE);
    expect(document.querySelector("#figure-region-title")?.textContent).toBe(`${HOSTILE_TITLE} in the West Midlands`);
    // Framework's serialiser writes < and > raw in attribute values; outside raw-text elements (and
    // there are none left) the value stays one attribute, as a browser running JavaScript reads it.
    const index = new JSDOM(`<!DOCTYPE html><body>${asFrameworkWrites(storyIndexMarkdown([data]))}`, {
      runScripts: "outside-only"
    }).window.document;
    expect(index.querySelector("svg[data-wm-thumbnail]")?.getAttribute("aria-label")).toBe(
      `${HOSTILE_TITLE} within Birmingham, shaded by IMD 2025 decile`
    );
  });

  it("escapes < > & and quotes in every attribute the page loaders write themselves, drawn figures' too", () => {
    // Before Framework's jsdom pass: every attribute value the loaders write has no raw markup.
    for (const markdown of [page, storyIndexMarkdown([data])]) {
      const html = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/```js[\s\S]*$/, "");
      expect(html).toContain("T &lt;/noscript&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
      for (const [, value] of html.matchAll(/\s[\w:-]+="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
    }
  });
});

describe("a story with only the sections it needs", () => {
  const shown: StepState[] = ["region", "area", "people", "sources"];
  const story = useStory("short", {
    story: STORY,
    voices: null,
    activities: null,
    steps: shown.map((state) => `## Step ${state}\nshows: ${state}\n\nA sentence.\n`).join("\n")
  });

  it("is drawn without voices.yaml and activities.yaml, with its own sections only", () => {
    expect(story.data.content.voices).toEqual([]);
    const states = [...story.page.matchAll(/<section class="story-step"[^>]* data-state="(\w+)"/g)].map((m) => m[1]);
    expect(states).toEqual(shown);
  });
});
