import {describe, expect, it} from "vitest";
import {lsoaChanges} from "../../../src/lib/model/unchanged.js";
import {deprivationFigure, deprivationMarkdown} from "../../../src/lib/render/deprivation.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance} from "./fixtureData.js";

describe("deprivationMarkdown", () => {
  const changeOf = lsoaChanges(model.lsoa11To21, model.iod2019);
  const data = {
    topology: model.topology,
    lsoas: model.lsoas,
    decile2019: (code: string) => changeOf(code).iod2019?.decile ?? null,
    provenance
  };
  const markdown = deprivationMarkdown(data);
  const {document, scripts} = readPage(markdown);

  it("counts the LSOAs in its introduction", () => {
    expect(document.querySelector("h1")?.textContent).toBe("Deprivation across the West Midlands");
    expect(document.querySelector("h1 + p")?.textContent).toContain("The map shades the 4 LSOAs of the seven boroughs");
  });

  it("shades every LSOA once, at one width (the map has no text), with its decile legend and table", () => {
    const [figure] = expectCompleteFigures(document);
    expect(figure.querySelector(".wm-figure-summary")?.textContent).toMatch(
      /^(None|[A-Z][a-z]+) of the four neighbourhoods \(LSOAs\) in the seven boroughs \(\d+%\)/
    );
    const maps = figure.querySelectorAll("svg[role=img]");
    expect(maps).toHaveLength(1);
    expect(maps[0].getAttribute("width")).toBe("640");
    const lsoas = [...maps[0].querySelectorAll("path")].filter((p) => p.querySelector("title"));
    expect(lsoas).toHaveLength(4);
    expect(lsoas[0].querySelector("title")?.textContent).toBe(
      "In North Ward ward — Alpha 001A (E01000001)\nIMD decile: " + model.lsoas[0].imd_decile
    );
    expect(figure.querySelectorAll(".wm-legend-swatch")).toHaveLength(10);
    expect(tableRows(figure)).toBe(4);
  });

  it("offers the map's embed code, and frames the 2019 comparison in a closed disclosure with its sentence", () => {
    const [figure] = expectCompleteFigures(document);
    const link = figure.querySelector<HTMLAnchorElement>("details.wm-embed a.wm-embed-link")!;
    expect(link.getAttribute("href")).toBe("./embed/deprivation--map");
    expect(figure.querySelector("details.wm-embed code")?.textContent).toMatch(
      /^<iframe src="\.\/embed\/deprivation--map"/
    );
    const section = document.querySelector("section.wm-change")!;
    expect(section.querySelector(".wm-figure-summary")?.textContent).toMatch(/LSOAs? with unchanged boundaries/);
    const frame = section.querySelector("details:not([open]) iframe")!;
    expect(frame.getAttribute("src")).toBe("embed/deprivation--change");
    expect(frame.getAttribute("loading")).toBe("lazy");
  });

  it("draws the comparison as two maps of one shape per decile, with a row per unchanged LSOA", () => {
    const figure = deprivationFigure(data, "change");
    const maps = figure.querySelectorAll(".wm-compare svg");
    expect([...figure.querySelectorAll(".wm-compare-label")].map((l) => l.textContent)).toEqual(["IoD2019", "IoD2025"]);
    expect(maps).toHaveLength(2);
    const unchanged = model.lsoas.filter((l) => data.decile2019(l.lsoa21cd) !== null && l.imd_decile !== null);
    expect(tableRows(figure)).toBe(unchanged.length);
    for (const map of maps) expect(map.querySelectorAll("title")).toHaveLength(0);
  });

  it("ships no data in its script", () => {
    expectEnhancementsOnly(scripts);
  });
});
