// police.uk's monthly crime on ward and story pages, drawn at build time from the fixture's street
// files: a trend and a map of LSOA rates with their tables, no count under 5 anywhere in them, and
// pages without street files exactly as they were.
import {rmSync} from "node:fs";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DECILE_COLOURS} from "../../../src/components/palette.js";
import {DEFAULT_POLICE_TREND_TYPES} from "../../../src/lib/content/story.js";
import {sharedInputs, type Shared} from "../../../src/lib/loader/shared.js";
import {storyPageMarkdown} from "../../../src/lib/render/storyPage.js";
import {NO_STREET_RECORDS_CAVEAT, STREET_RECORDS_CAVEAT} from "../../../src/lib/render/storyPoliceFigures.js";
import {wardPageMarkdown} from "../../../src/lib/render/wardPage.js";
import {storySourceFiles} from "../../../src/lib/stories/assemble.js";
import {ANONYMISED_NOTE, FEWER_THAN} from "../../../src/lib/summaries/policeCrime.js";
import {fixtureProject} from "../../fixtures/project.js";
import {fixtureSources} from "../../fixtures/sources.js";

const body = (markdown: string) =>
  new JSDOM(`<!doctype html><body>${markdown.replace(/^---\n[\s\S]*?\n---\n/, "")}</body>`).window.document;

/**
 * Every count the police.uk block shows, wherever it shows one: table cells of its count columns,
 * their sort values, and the tooltips' "…: N" and "N crimes".
 */
function shownCounts(block: Element): string[] {
  const counts: string[] = [];
  for (const table of block.querySelectorAll("table")) {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    for (const row of table.querySelectorAll("tbody tr"))
      [...row.children].forEach((cell, i) => {
        if (i === 0 || /Residents|Rate/.test(headers[i])) return;
        counts.push(cell.textContent ?? "", cell.getAttribute("data-value") ?? "");
      });
  }
  for (const title of block.querySelectorAll("title")) {
    const text = title.textContent ?? "";
    for (const match of text.matchAll(/: (\d[\d,]*)(?: crimes)?$/gm)) counts.push(match[1]);
  }
  return counts.filter((c) => c !== "");
}

const underFive = (counts: string[]) => counts.filter((c) => /^\d/.test(c) && Number(c.replace(/,/g, "")) < 5);

describe("police.uk figures on a ward page", () => {
  let root: string;
  let withFiles: Shared;
  let without: Shared;
  beforeAll(() => {
    root = fixtureProject({stories: true});
    withFiles = sharedInputs(fixtureSources({police: true}), root);
    without = sharedInputs(fixtureSources(), root);
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  const page = (shared: Shared, slug: string) =>
    wardPageMarkdown(shared.ward(slug), {
      topology: shared.model.topology,
      provenance: shared.provenance,
      police: shared.model.policeCrime
    });

  it("leaves a page without street files exactly as it was", () => {
    const before = wardPageMarkdown(without.ward("north-ward"), {
      topology: without.model.topology,
      provenance: without.provenance
    });
    expect(page(without, "north-ward")).toBe(before);
    expect(before).not.toContain("police.uk");
  });

  it("adds the trend and the map of rates, with their tables, under recorded crime", () => {
    const document = body(page(withFiles, "north-ward"));
    const block = document.querySelector(".wm-police-crime")!;
    // After the recorded crime figure and the notes that qualify it.
    const crime = document.querySelector("#ward-crime-title")!.closest("figure")!;
    expect(crime.compareDocumentPosition(block) & crime.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(block.previousElementSibling?.classList.contains("story-note")).toBe(true);
    expect(block.querySelector(".story-note")?.textContent).toBe(ANONYMISED_NOTE);
    const titles = [...block.querySelectorAll("h3")].map((h) => h.textContent);
    expect(titles).toEqual([
      "Crimes recorded each month in North Ward",
      "Violence and sexual offences: rate in each LSOA of North Ward"
    ]);
    expect(block.querySelectorAll("table")).toHaveLength(2);
    // The map: one LSOA shape per row of its table, keyed alike.
    const map = block.querySelector("#ward-police-rates-title")!.closest("figure")!;
    const keys = (selector: string) => [...map.querySelectorAll(selector)].map((e) => e.getAttribute("data-key"));
    expect(keys("svg [data-key]")).toEqual(keys("tbody tr"));
    expect(keys("tbody tr")).toEqual(["E01000001", "E01000002", "E01000003"]);
    // 156 violent crimes in the year on 1,000 residents.
    expect(map.querySelector("tbody tr")?.textContent).toContain("156.0");
    // Classes cut at the quintiles of the region's four rates (12, 16, 54 and 156 per 1,000): the
    // highest is in the darkest class.
    expect([...map.querySelectorAll(".wm-legend-swatch")].map((s) => s.textContent)).toEqual([
      "under 12.0",
      "12.0 to under 16.0",
      "16.0 to under 54.0",
      "54.0 to under 156.0",
      "156.0 or more",
      "no rate (fewer than 5 crimes, or withheld)"
    ]);
    expect(map.querySelector('svg [data-key="E01000001"]')?.getAttribute("fill")).toBe(DECILE_COLOURS[1]);
  });

  it("shows a count under 5 only as 'fewer than 5', in tables, sort values and tooltips", () => {
    for (const slug of ["north-ward", "south-and-east"]) {
      const block = body(page(withFiles, slug)).querySelector(".wm-police-crime")!;
      const counts = shownCounts(block);
      expect(counts.length).toBeGreaterThan(12);
      expect(underFive(counts)).toEqual([]);
      // North Ward has 2 weapons offences a month; South & East 1 to 3 violent crimes.
      expect(counts).toContain(FEWER_THAN);
    }
    // The test would see a small count: South & East's raw monthly counts are 1 to 3.
    expect(underFive(["3", "1,234", FEWER_THAN])).toEqual(["3"]);
  });
});

describe("police.uk figures on a story page", () => {
  let root: string;
  beforeAll(() => (root = fixtureProject({stories: true})));
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  const storyPage = (police: boolean) => {
    const shared = sharedInputs(fixtureSources({police}), root);
    return storyPageMarkdown(shared.story("alpha"), storySourceFiles(shared.sources));
  };

  it("adds the area's trend and map to the crime step, and says how police.uk places crimes", () => {
    const document = body(storyPage(true));
    const step = document.querySelector('.story-figure[data-state="crime"]')!;
    expect(step.querySelector("figure")?.getAttribute("aria-labelledby")).toBe("figure-crime-title");
    const block = step.querySelector(".wm-police-crime")!;
    expect(block.querySelectorAll("figure")).toHaveLength(2);
    expect(underFive(shownCounts(block))).toEqual([]);
    const caveats = [...document.querySelectorAll(".story-caveats li")].map((li) => li.textContent);
    expect(caveats).toContain(STREET_RECORDS_CAVEAT);
    expect(caveats).not.toContain(NO_STREET_RECORDS_CAVEAT);
  });

  it("shows in the trend, after violence, the crime types the story names, else the default ones", () => {
    const shared = sharedInputs(fixtureSources({police: true}), root);
    const data = shared.story("alpha");
    const trendColumns = (markdown: string) => {
      const trend = body(markdown).querySelector("#figure-police-trend-title")!.closest("figure")!;
      return [...trend.querySelectorAll("thead th")].map((th) => th.textContent);
    };
    const files = storySourceFiles(shared.sources);
    expect(trendColumns(storyPageMarkdown(data, files))).toEqual([
      "Month",
      "Violence and sexual offences",
      ...DEFAULT_POLICE_TREND_TYPES
    ]);
    const chosen = {...data, story: {...data.story, police_trend_types: ["Drugs", "Anti-social behaviour"] as const}};
    expect(trendColumns(storyPageMarkdown(chosen, files))).toEqual([
      "Month",
      "Violence and sexual offences",
      "Drugs",
      "Anti-social behaviour"
    ]);
  });

  it("leaves the story without street files as it was", () => {
    const page = storyPage(false);
    expect(page).not.toContain("wm-police-crime");
    expect(page).toContain(NO_STREET_RECORDS_CAVEAT);
  });
});
