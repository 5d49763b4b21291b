// The ward profile page drawn at build time from the fixture sources: every heading, figure,
// summary and table is in the HTML, text in figures is 12 px or more, and data is never markup.
import {rmSync} from "node:fs";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {CRIME_RATES, DOMAINS} from "../../../src/lib/inputs/indicators.js";
import {sharedInputs, type Shared} from "../../../src/lib/loader/shared.js";
import {deferMarkup} from "../../../src/lib/render/deferred.js";
import {wardPageMarkdown} from "../../../src/lib/render/wardPage.js";
import {
  asbCaveatSentence,
  CRIME_RATE_WORDS,
  RATE_DEFINITION_NOTE,
  RATE_UNIT
} from "../../../src/lib/summaries/crime.js";
import {imdRankText, mostDeprivedSentence} from "../../../src/lib/summaries/deprivation.js";
import {similarSentence} from "../../../src/lib/summaries/similar.js";
import {locatorSentence, riskSentence} from "../../../src/lib/summaries/ward.js";
import {AGE_BANDS, type WardProfile} from "../../../src/lib/wards/profile.js";
import {fixtureProject} from "../../fixtures/project.js";
import {fixtureSources} from "../../fixtures/sources.js";

/** The page's HTML (front matter and the script block left out) in a DOM. */
function body(markdown: string): Document {
  const html = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/```js\n[\s\S]*?```/, "");
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** The font size in px an SVG text is drawn at: its own or its nearest ancestor's (style before attribute). */
function fontSize(element: Element): number {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const style = /font-size:\s*([\d.]+)px/.exec(e.getAttribute("style") ?? "");
    if (style) return Number(style[1]);
    if (e.hasAttribute("font-size")) return Number(e.getAttribute("font-size"));
  }
  return NaN;
}

describe("ward profile page", () => {
  let root: string;
  let shared: Shared;
  let ward: WardProfile;
  let page: string;
  let document: Document;
  beforeAll(() => {
    root = fixtureProject({stories: true});
    shared = sharedInputs(fixtureSources(), root);
    ward = shared.ward("north-ward");
    page = wardPageMarkdown(ward, {topology: shared.model.topology, provenance: shared.provenance});
    document = body(page);
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it("has the ward's name as its title and only heading of level 1, and a lead with links", () => {
    expect(page).toMatch(/^---\ntitle: "North Ward ward, Birmingham"\ntoc: false\n---\n/);
    expect([...document.querySelectorAll("h1")].map((h) => h.textContent)).toEqual(["North Ward"]);
    expect(document.querySelector(".wm-lead")?.textContent).toBe(
      "Ward profile: North Ward, Birmingham. All ward profiles · Risk index · Borough comparison"
    );
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Where it is",
      "Deprivation",
      "Recorded crime",
      "Population and age",
      "Risk index",
      "Areas like this one",
      "Download the data"
    ]);
  });

  it("states the key figures and links the story that covers the ward", () => {
    const facts = [...document.querySelectorAll(".wm-facts li .wm-fact-value")].map((v) => v.textContent);
    expect(facts).toEqual([ward.population.toLocaleString("en-GB"), String(ward.lsoas.length), expect.any(String)]);
    expect(facts[2]).toBe(`${ward.lsoas.filter((l) => l.imd_decile === 1).length} of ${ward.lsoas.length}`);
    expect(ward.stories.length).toBeGreaterThan(0);
    expect([...document.querySelectorAll(".wm-story-links a")].map((a) => a.getAttribute("href"))).toEqual(
      ward.stories.map((s) => `../stories/${s.slug}`)
    );
  });

  it("draws five figures, each a titled, summarised image with a source line and a table of its data", () => {
    const figures = [...document.querySelectorAll("figure.wm-figure")];
    expect(figures.map((f) => f.querySelector(".wm-figure-title")?.id)).toEqual(
      ["locator", "deprivation", "domains", "crime", "ages"].map((id) => `ward-${id}-title`)
    );
    for (const figure of figures) {
      const images = [...figure.querySelectorAll("[role=img]")];
      expect(images.length).toBeGreaterThanOrEqual(1);
      for (const image of images) {
        expect(image.getAttribute("aria-labelledby")).toBe(figure.querySelector(".wm-figure-title")!.id);
        expect(image.getAttribute("aria-describedby")).toBe(figure.querySelector(".wm-figure-summary")!.id);
        expect(image.querySelectorAll("path").length).toBeGreaterThan(0);
      }
      expect(figure.querySelector(".wm-figure-source a")).not.toBeNull();
    }
    // Each has its embed code, and is marked for the build to make its embed page from the built page.
    expect(figures.map((f) => f.querySelector("a.wm-embed-link")?.getAttribute("href"))).toEqual(
      ["locator", "deprivation", "domains", "crime", "ages"].map((name) => `../embed/wards--north-ward--${name}`)
    );
    expect(figures.map((f) => f.getAttribute("data-embed"))).toEqual(
      ["locator", "deprivation", "domains", "crime", "ages"].map((name) => `wards--north-ward--${name}`)
    );
    expect(new Set(figures.map((f) => f.getAttribute("data-embed-from")))).toEqual(
      new Set(["the ward profile of North Ward"])
    );
    // Graphics with text come at two widths; the decile map has none and is drawn once.
    expect(figures.map((f) => f.querySelectorAll("[role=img]").length)).toEqual([2, 1, 2, 2, 2]);
    const summaries = figures.map((f) => f.querySelector(".wm-figure-summary")!.textContent);
    expect(summaries[0]).toBe(locatorSentence("North Ward", "Birmingham", 1, ward.population));
    expect(summaries[1]).toBe(mostDeprivedSentence(ward.lsoas, "North Ward"));
    const rows = figures.map((f) => f.querySelectorAll(".data-table tbody tr").length);
    expect(rows).toEqual([1, ward.lsoas.length, DOMAINS.length, CRIME_RATES.length, AGE_BANDS.length]);
    // The decile map shades each of the ward's LSOAs, named as people know it, then by its code.
    const decileTitles = [...figures[1].querySelectorAll("svg path > title")].map((t) => t.textContent);
    expect(decileTitles).toHaveLength(ward.lsoas.length);
    expect(decileTitles[0]).toBe(
      `Hill Hook, in North Ward ward — Alpha 001A (E01000001)\nIMD decile: 1\n${imdRankText(ward.lsoas[0].imd_rank)}`
    );
  });

  it("keys each map's table rows to its marks, so the keyboard reaches every tip (tips.ts)", () => {
    const [locator, deprivation] = [...document.querySelectorAll("figure.wm-figure")];
    const keys = (figure: Element, selector: string) =>
      [...figure.querySelectorAll(selector)].map((e) => e.getAttribute("data-key"));
    // The locator's one row, the ward, and its outline, at both widths: the only tips on it. Its LSOAs,
    // specks at the region's scale, have none: the decile map names them, with a row each.
    expect(keys(locator, ".data-table tbody tr")).toEqual([ward.code]);
    const outlines = [...locator.querySelectorAll(`svg [data-key="${ward.code}"]`)];
    expect(outlines.map((o) => o.querySelector("title")?.textContent)).toEqual([
      "North Ward ward, Birmingham",
      "North Ward ward, Birmingham"
    ]);
    expect(locator.querySelector('svg [data-key="E01000001"]')).not.toBeNull();
    expect([...locator.querySelectorAll("svg title")]).toHaveLength(2);
    // Every LSOA's row has the key of its area on the decile map.
    const rows = keys(deprivation, ".data-table tbody tr");
    expect(rows).toEqual(ward.lsoas.map((l) => l.code));
    expect(keys(deprivation, "svg path[data-key]").sort()).toEqual([...rows].sort());
  });

  it("words the crime rates as the story pages do, with their definition and the anti-social behaviour caveat", () => {
    const crime = document.querySelector("#ward-crime-title")!.closest("figure")!;
    expect(crime.querySelector(".wm-figure-units")?.textContent).toBe(CRIME_RATE_WORDS.units);
    expect(crime.querySelector(".data-table caption")?.textContent).toBe(CRIME_RATE_WORDS.caption);
    expect(crime.querySelector(".wm-figure-summary")?.textContent).toContain(` ${RATE_UNIT} in North Ward`);
    const notes = [crime.nextElementSibling, crime.nextElementSibling?.nextElementSibling].map((p) => p?.textContent);
    expect(notes).toEqual([asbCaveatSentence(ward.recording), RATE_DEFINITION_NOTE]);
    // Marked as notes: the page's description (its first plain paragraph) must be about the ward.
    expect(document.querySelectorAll("p.story-note")).toHaveLength(2);
    const firstPlain = [...document.querySelectorAll("p")].find(
      (p) => !p.attributes.length && p.textContent!.length >= 20
    );
    expect(firstPlain?.textContent).toContain("North Ward");
    // The definition is stated once, in the note: the units line no longer restates it.
    expect(page.match(/weighted by\s+the population the IoD2025 counted/g)).toHaveLength(1);
  });

  it("draws every text in its figures at 12 px or more", () => {
    const texts = [...document.querySelectorAll("figure.wm-figure svg text")];
    expect(texts.length).toBeGreaterThan(20);
    const sizes = texts.map(fontSize);
    expect(sizes.filter((size) => !(size >= 12))).toEqual([]);
  });

  it("ends with the risk index sentence and the ranks of the ward's neighbourhoods", () => {
    const risk = document.querySelector("#risk")!.nextElementSibling!;
    expect(risk.textContent).toBe(
      `${riskSentence("North Ward", ward.msoas, ward.risk_msoas)} See the full risk index and how it is made.`
    );
    const table = document.querySelector("details.data-table[open] table")!;
    expect(table.querySelector("caption")?.textContent).toBe(
      "Risk index rank of the neighbourhoods (MSOAs) North Ward overlaps"
    );
    expect(table.querySelectorAll("tbody tr")).toHaveLength(ward.msoas.length);
  });

  it("marks its legends, graphics and tables for the build to keep out of Framework's passes", () => {
    const {markdown, parts} = deferMarkup(page, "page.md");
    // The decile map's legend, five graphics, five tables and the risk index table.
    expect(parts).toHaveLength(1 + 5 + 5 + 1);
    expect(parts.every((part) => !/<a\b|\bid="/.test(part))).toBe(true);
    // Only the similar wards' table stays: its links must be seen by Framework's passes.
    expect([...body(markdown).querySelectorAll("svg, table")].map((e) => e.closest(".wm-similar"))).toEqual([
      expect.any(Object)
    ]);
  });

  it("lists the wards most like it, each linked to its profile, and links the CSV of its data", () => {
    const similar = document.querySelector("#similar + .wm-similar")!;
    expect(similar.querySelector(".wm-figure-summary")?.textContent).toBe(similarSentence(ward.name, ward.similar));
    const rows = [...similar.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0][0]).toBe("North Ward (this ward)");
    expect(rows.slice(1).map((r) => r[0])).toEqual(ward.similar.wards.map((w) => w.name));
    expect([...similar.querySelectorAll("tbody a")].map((a) => a.getAttribute("href"))).toEqual(
      ward.similar.wards.map((w) => `../wards/${w.slug}`)
    );
    expect(similar.querySelector('a[href="../sources#similar-areas"]')).not.toBeNull();
    const download = document.querySelector("#download + .wm-download a")!;
    expect([download.getAttribute("href"), download.hasAttribute("download")]).toEqual([
      "../data/wards/north-ward.csv",
      true
    ]);
  });

  it("loads only enhancements in the browser, with the search index read on first use", () => {
    const script = /```js\n([\s\S]*?)```/.exec(page)![1];
    expect([...script.matchAll(/from "([^"]+)"/g)].map((m) => m[1])).toEqual([
      "../components/enhance.js",
      "../components/search.js"
    ]);
    expect(script).toContain('areaSearch({index: () => areas.json(), root: "../", label: "Find another area"})');
    expect(document.querySelector("#area-search")).not.toBeNull();
    expect(page.match(/```/g)).toHaveLength(2);
  });

  it("escapes names from the data: no markup, no script, nothing Framework would evaluate", () => {
    const name = "<script>alert(1)</script> `${alert(2)}`";
    const evil = wardPageMarkdown(
      {...ward, name, lsoas: ward.lsoas.map((l) => ({...l, name}))},
      {topology: shared.model.topology, provenance: shared.provenance}
    );
    const html = evil.replace(/```js\n[\s\S]*?```/, "").replace(/^---\n[\s\S]*?\n---\n/, "");
    // Only in quoted attribute values (aria-label) may "<" stay as it is: no tag starts there.
    expect(html.replace(/="[^"]*"/g, "")).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\$\{|`/);
    expect(body(evil).querySelectorAll("script")).toHaveLength(0);
    expect(body(evil).querySelector("h1")?.textContent).toBe(name);
  });
});
