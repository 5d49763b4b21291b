import {afterAll, describe, expect, it} from "vitest";
import {rmSync} from "node:fs";
import {riskIndexMarkdown} from "../../../src/lib/render/riskIndex.js";
import {riskMethod} from "../../../src/lib/risk/dataset.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance, riskFixture, story} from "./fixtureData.js";

describe("riskIndexMarkdown", () => {
  const {root, index} = riskFixture();
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const {topCount, indicators} = riskMethod(index);
  const markdown = riskIndexMarkdown({
    rows: index.rows,
    topCount,
    indicators,
    topology: model.topology,
    stories: [story],
    provenance
  });
  const {document, scripts} = readPage(markdown);

  it("offers the index as CSV and Parquet downloads", () => {
    expect(document.querySelector("h1")?.textContent).toBe("Neighbourhood risk index");
    const downloads = [...document.querySelectorAll("a[download]")].map((a) => a.getAttribute("href"));
    expect(downloads).toEqual(["./data/risk-index.csv", "./data/risk-index.parquet"]);
  });

  it("maps the top 10% at two widths and ranks every neighbourhood against equal weights", () => {
    const [map, sensitivity] = expectCompleteFigures(document);
    expect(map.querySelector(".wm-figure-summary")?.textContent).toBe(
      "The 1 neighbourhoods (MSOAs) in the top 10% of the risk index are in Birmingham (1); " +
        "the highest ranked is Riverside & Mill (Birmingham)."
    );
    for (const svg of map.querySelectorAll("svg.wm-variant")) {
      const msoas = [...svg.querySelectorAll("path")].filter((p) => /\nRank \d/.test(p.textContent ?? ""));
      expect(msoas).toHaveLength(2);
      expect(msoas.filter((p) => p.getAttribute("fill") === "#d4351c")).toHaveLength(1);
      expect(svg.textContent).toContain("Hill <Hook> & Co");
    }
    expect(tableRows(map)).toBe(1);
    expect(sensitivity.querySelectorAll("svg.wm-variant")).toHaveLength(2);
    for (const svg of sensitivity.querySelectorAll("svg.wm-variant"))
      expect(svg.querySelectorAll("path title, circle title").length).toBeGreaterThanOrEqual(2);
    expect(tableRows(sensitivity)).toBe(2);
    expect(sensitivity.querySelectorAll(".wm-legend-swatch")).toHaveLength(2);
  });

  it("has the full ranking and the weights, open", () => {
    const tables = [...document.querySelectorAll("details.data-table[open]")];
    expect(tables.map((t) => t.querySelector("caption")?.textContent)).toEqual([
      "Risk index: all 2 neighbourhoods (MSOAs 2021)",
      "Indicators and weights (config/risk-index.yaml)"
    ]);
    expect(tableRows(tables[0])).toBe(2);
    expect(tables[0].querySelectorAll("thead th")).toHaveLength(11);
    expect(tableRows(tables[1])).toBe(indicators.length);
  });

  it("ships no data in its script", () => {
    expectEnhancementsOnly(scripts);
  });
});
