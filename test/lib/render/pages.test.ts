// The pages without figures: the ward list, the risk index method and the sources.
import {rmSync} from "node:fs";
import {afterAll, describe, expect, it} from "vitest";
import {riskMethodMarkdown} from "../../../src/lib/render/riskMethod.js";
import {SIMILAR_METHOD_ANCHOR} from "../../../src/lib/render/similarAreas.js";
import {sourcesMarkdown} from "../../../src/lib/render/sources.js";
import {MATCHING_MEASURES} from "../../../src/lib/wards/similar.js";
import {wardIndexMarkdown} from "../../../src/lib/render/wardIndex.js";
import {inputFacts, riskMethod} from "../../../src/lib/risk/dataset.js";
import {RISK_INDICATORS} from "../../../src/lib/risk/indicators.js";
import {capSentence, robustnessSentence} from "../../../src/lib/summaries/risk.js";
import {wardsForSearch} from "../../../src/lib/wards/dataset.js";
import {buildSearchIndex} from "../../../src/lib/wards/search.js";
import {expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance, riskFixture, sources} from "./fixtureData.js";

describe("wardIndexMarkdown", () => {
  const {document, scripts} = readPage(wardIndexMarkdown(buildSearchIndex(wardsForSearch(sources))));

  it("lists every ward under its borough, with the search box loaded on first use", () => {
    expect(document.querySelector("h1")?.textContent).toBe("Ward profiles");
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Birmingham (1 wards)",
      "Coventry (1 wards)"
    ]);
    expect(
      [...document.querySelectorAll(".wm-ward-list a")].map((a) => [a.textContent, a.getAttribute("href")])
    ).toEqual([
      ["North Ward", "../wards/north-ward"],
      ["South & East", "../wards/south-and-east"]
    ]);
    expect(document.querySelector("#area-search")).not.toBeNull();
    expectEnhancementsOnly(scripts, "../");
  });
});

describe("riskMethodMarkdown", () => {
  const {root, index} = riskFixture();
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const method = {...riskMethod(index), ...inputFacts(model, index)};
  const {document, scripts} = readPage(riskMethodMarkdown(method));

  it("quotes the numbers of this build", () => {
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain("The index ranks the 2 Middle layer Super Output Areas");
    expect(text).toContain("the 4 LSOAs (2021)");
    expect(text).toContain("The lookup for the seven boroughs has 4 unchanged (U) rows.");
    expect(text).toContain("With the current data, no two scores are tied.");
    expect([...document.querySelectorAll(".wm-indicator-list dt")]).toHaveLength(method.indicators.length);
    expect(tableRows(document)).toBe(method.indicators.length);
    expectEnhancementsOnly(scripts);
  });

  it("names the derived IDACI ratio by its labels, never as a child poverty rate or a derived rate or share", () => {
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect([...document.querySelectorAll(".wm-indicator-list dt")].map((dt) => dt.textContent)).toEqual(
      RISK_INDICATORS.map((i) => i.label)
    );
    const idaci = RISK_INDICATORS.find((i) => i.key === "idaci_rate")!;
    expect([...document.querySelectorAll("strong")].map((s) => s.textContent)).toContain(`${idaci.short}.`);
    expect(text).toContain("This derived IDACI ratio is not the official IDACI score");
    for (const old of ["Child poverty (IDACI)", "derived rate", "derived share", "derives a rate"])
      expect(text).not.toContain(old);
  });

  it("defines the weighting once, by the IoD2025's population, and names the indicators it applies to", () => {
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain(
      "Four of the indicators are published for each LSOA (violence with injury, public order and possession " +
        "of weapons, children and young people sub-domain (education) and mental health indicator). An MSOA's " +
        "value is the mean of its LSOAs' values weighted by the population counted by the IoD2025 (income domain " +
        "numerator ÷ income domain score)."
    );
    expect(text).not.toMatch(/population-weighted|weighted by their ONS mid-2024 population/);
    // Mid-2024 populations only share a split 2011 LSOA's age counts among its 2021 LSOAs.
    expect(text.match(/mid-2024/g)).toHaveLength(1);
  });

  it("describes the cap and the robustness check with this build's numbers, and counts the capped values", () => {
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toContain(
      "3. Standardisation, the cap and the robustness check"
    );
    expect(text).toContain(capSentence(method));
    expect(text).toContain(robustnessSentence(method.robustness));
    expect(text).toContain("no indicator can add more than its weight times three (at most 0.75");
    const table = document.querySelector("details.data-table")!;
    const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headings.at(-1)).toBe("Values capped at ±3");
    expect([...table.querySelectorAll("tbody tr td:last-child")].map((td) => td.textContent)).toEqual(
      method.indicators.map((d) => String(d.capped))
    );
  });
});

describe("sourcesMarkdown", () => {
  const {document, scripts} = readPage(sourcesMarkdown(provenance));

  it("lists every source file with a shortened checksum", () => {
    expect(tableRows(document)).toBe(provenance.length);
    expect(document.querySelector("tbody td:last-child")?.textContent).toBe(`${provenance[0].sha256.slice(0, 12)}…`);
    expectEnhancementsOnly(scripts);
  });

  it("describes how similar areas are chosen, naming every measure, under the heading pages link to", () => {
    const markdown = sourcesMarkdown(provenance);
    expect(SIMILAR_METHOD_ANCHOR).toBe("sources#similar-areas");
    expect(markdown).toMatch(/^## Similar areas$/m);
    for (const {label} of MATCHING_MEASURES) expect(markdown).toContain(`  - ${label}\n`);
    expect(MATCHING_MEASURES.map((m) => m.key)).not.toContain("crime_score");
  });
});
