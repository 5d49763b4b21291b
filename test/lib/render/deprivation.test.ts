import {describe, expect, it} from "vitest";
import {deprivationMarkdown} from "../../../src/lib/render/deprivation.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance} from "./fixtureData.js";

describe("deprivationMarkdown", () => {
  const markdown = deprivationMarkdown({topology: model.topology, lsoas: model.lsoas, provenance});
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

  it("ships no data in its script", () => {
    expectEnhancementsOnly(scripts);
  });
});
