import {describe, expect, it} from "vitest";
import {homeMarkdown} from "../../../src/lib/render/home.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance, story} from "./fixtureData.js";

const keyFigures = [
  {
    id: "population_wm",
    measure: "Residents",
    area_name: "West Midlands",
    value: 2916458,
    unit: "people",
    period: "2019",
    topic: "population",
    source: "Fixture"
  },
  {
    id: "other",
    measure: "Share",
    area_name: "Coventry",
    value: 0.24,
    unit: "%",
    period: "2020",
    topic: "x",
    source: "F"
  }
];

describe("homeMarkdown", () => {
  const markdown = homeMarkdown({
    topology: model.topology,
    stories: [story],
    pages: {index: true, stories: [{slug: story.slug, title: story.title}]},
    keyFigures,
    provenance
  });
  const {document, scripts, frontMatter} = readPage(markdown);

  it("has the title, the search slot and the entry points, with the stories first", () => {
    expect(frontMatter).toContain('title: "West Midlands story maps"');
    expect(document.querySelector("h1")?.textContent).toBe("West Midlands story maps");
    expect(document.querySelector("#area-search")).not.toBeNull();
    const links = [...document.querySelectorAll(".wm-entry-points a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["./stories/", "./risk-index", "./wards/", "./boroughs", "./deprivation", "./sources"]);
  });

  it("draws the region's wards at two widths, the story ward in red, with the story areas in a table", () => {
    const [map] = expectCompleteFigures(document);
    expect(map.getAttribute("data-embed")).toBe("index--map");
    expect(map.querySelector("a.wm-embed-link")?.getAttribute("href")).toBe("./embed/index--map");
    expect(map.querySelector(".wm-figure-summary")?.textContent).toBe(
      "The map shows the seven boroughs and the one story area: Hill <Hook> & Co (Birmingham)."
    );
    const variants = map.querySelectorAll("svg.wm-variant");
    expect([...variants].map((v) => v.getAttribute("width"))).toEqual(["276", "640"]);
    for (const svg of variants) {
      const titled = [...svg.querySelectorAll("path")].filter((p) => p.querySelector("title"));
      const wards = titled.filter((p) => p.querySelector("title")!.textContent!.includes(" ward,"));
      // The story area's outline has its own tip, keyed like its row in the table.
      const [story] = titled.filter((p) => p.querySelector("title")!.textContent!.startsWith("Story: "));
      expect(story.querySelector("title")?.textContent).toBe("Story: Hill <Hook> & Co\nNorth Ward ward, Birmingham");
      expect(story.getAttribute("data-key")).toBe("hill-hook");
      wards.splice(wards.indexOf(story), 1);
      expect(wards).toHaveLength(2);
      expect(wards.map((w) => w.getAttribute("fill")).sort()).toEqual(["#d4351c", "#d9dde0"]);
      expect(wards.find((w) => w.getAttribute("fill") === "#d4351c")?.querySelector("title")?.textContent).toBe(
        "North Ward ward, Birmingham\nStory: Hill <Hook> & Co"
      );
      // Paths are compacted: relative, a tenth of a pixel.
      expect(svg.querySelector("path")?.getAttribute("d")).toMatch(/^m[\d.]+,[\d.]+/);
      for (const text of svg.querySelectorAll("text")) {
        const size = Number(text.closest("[font-size]")?.getAttribute("font-size"));
        expect(size).toBeGreaterThanOrEqual(12);
      }
    }
    // A row for each story area and, in a second table, each ward, keyed like their shapes (tips.ts).
    const [stories, wards] = [...map.querySelectorAll(".data-table")];
    expect(stories.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(stories.querySelector("tbody tr")?.textContent).toContain("North Ward");
    expect(stories.querySelector("tbody tr")?.getAttribute("data-key")).toBe("hill-hook");
    expect(wards.querySelector("summary")?.textContent).toBe("Show all 2 wards as a table");
    const cells = (r: HTMLTableRowElement) => [...r.cells].map((c) => c.textContent);
    expect(
      [...wards.querySelectorAll<HTMLTableRowElement>("tbody tr")].map((r) => [r.getAttribute("data-key"), ...cells(r)])
    ).toEqual([
      ["E05000001", "North Ward", "Birmingham", "Hill <Hook> & Co"],
      ["E05000002", "South & East", "Coventry", "–"]
    ]);
  });

  it("lists the stories, the headline figures and every key figure", () => {
    expect(document.querySelector("p a[href='./stories/hill-hook']")?.textContent).toBe("Hill <Hook> & Co");
    expect([...document.querySelectorAll(".wm-facts li .wm-fact-value")].map((v) => v.textContent)).toEqual([
      "2,916,458 people"
    ]);
    const figures = document.querySelector(".wm-key-figures")!;
    expect(figures.querySelector("summary")?.textContent).toBe("Show all 2 key figures");
    expect(tableRows(figures)).toBe(2);
  });

  it("ships no data in its script, and nothing Framework would read as code", () => {
    expectEnhancementsOnly(scripts);
    expect(markdown.replace(/```js[\s\S]*?```/, "")).not.toMatch(/\$\{|`|<script/);
  });

  it("leaves the stories link out when /stories is not built", () => {
    const page = readPage(
      homeMarkdown({topology: model.topology, stories: [], pages: {index: false, stories: []}, keyFigures, provenance})
    );
    expect(page.document.querySelector(".wm-entry-points a")?.getAttribute("href")).toBe("./risk-index");
    expect(page.document.querySelector(".wm-figure-summary")?.textContent).toBe(
      "The map shows the seven boroughs; no story area has been defined yet."
    );
  });
});
