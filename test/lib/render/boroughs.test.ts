import {describe, expect, it} from "vitest";
import {DISTRICT_DOMAINS} from "../../../src/lib/inputs/districtSummaries.js";
import {boroughsMarkdown} from "../../../src/lib/render/boroughs.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance} from "./fixtureData.js";

describe("boroughsMarkdown", () => {
  const markdown = boroughsMarkdown({
    sna: model.sna,
    domains: DISTRICT_DOMAINS,
    districts: model.districtSummaries,
    provenance
  });
  const {document, scripts, frontMatter} = readPage(markdown);
  const figures = expectCompleteFigures(document);
  const districts = model.districtSummaries.length;

  it("has the four sections, one figure per indicator and one for each other table", () => {
    expect(frontMatter).toContain("toc: true");
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Children and young people",
      "Deprivation (IoD2025)",
      "When violence with injury happens",
      "How concentrated school exclusions are"
    ]);
    expect(figures.map((f) => f.id || f.getAttribute("aria-labelledby"))).toEqual([
      "indicator-school_readiness-title",
      "borough-deprivation-title",
      "violence-week-title",
      "exclusions-title"
    ]);
    expect(figures.map((f) => f.getAttribute("data-embed"))).toEqual(
      ["school-readiness", "deprivation", "violence-week", "exclusions"].map((name) => `boroughs--${name}`)
    );
    expect(figures.map((f) => f.querySelector("a.wm-embed-link")?.getAttribute("href"))).toEqual(
      figures.map((f) => `./embed/${f.getAttribute("data-embed")}`)
    );
  });

  it("draws each figure at two widths, with as many marks as rows and text of 12 px or more", () => {
    const [indicator, deprivation, week, exclusions] = figures;
    for (const figure of figures) {
      const variants = figure.querySelectorAll("svg.wm-variant");
      expect([...variants].map((v) => v.getAttribute("width"))).toEqual(["276", "640"]);
      for (const text of figure.querySelectorAll("svg.wm-variant text")) {
        const size = text.closest("[font-size]")?.getAttribute("font-size");
        const style = text.closest("svg")?.getAttribute("style") ?? "";
        expect(Number(size) >= 12 || /font-size:\s*13px/.test(style)).toBe(true);
      }
    }
    // The borough's dot with its interval (the England row is the dashed line, not a dot).
    expect(indicator.querySelectorAll("svg.wm-variant--wide path title")).toHaveLength(1);
    expect(indicator.querySelector("svg.wm-variant--wide")?.textContent).toContain("England 71.8%");
    expect(tableRows(indicator)).toBe(2);
    // A cell per borough and domain, each with its value written in it.
    expect(deprivation.querySelectorAll("svg.wm-variant--wide rect title")).toHaveLength(
      districts * DISTRICT_DOMAINS.length
    );
    expect(tableRows(deprivation)).toBe(districts);
    expect(week.querySelectorAll("svg.wm-variant--narrow rect title")).toHaveLength(model.sna.vwiHourOfWeek.length);
    expect(week.querySelector("svg.wm-legend-ramp")).not.toBeNull();
    expect(tableRows(week)).toBe(7);
    expect(exclusions.querySelectorAll("svg.wm-variant--wide title")).toHaveLength(model.sna.exclusions.length);
    expect(tableRows(exclusions)).toBe(model.sna.exclusions.length);
  });

  it("ships no data in its script", () => {
    expectEnhancementsOnly(scripts);
  });
});
