// The pages without figures: the ward list, the risk index method and the sources.
import {rmSync} from "node:fs";
import {afterAll, describe, expect, it} from "vitest";
import {riskMethodMarkdown} from "../../../src/lib/render/riskMethod.js";
import {sourcesMarkdown} from "../../../src/lib/render/sources.js";
import {wardIndexMarkdown} from "../../../src/lib/render/wardIndex.js";
import {inputFacts, riskMethod} from "../../../src/lib/risk/dataset.js";
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
});

describe("sourcesMarkdown", () => {
  const {document, scripts} = readPage(sourcesMarkdown(provenance));

  it("lists every source file with a shortened checksum", () => {
    expect(tableRows(document)).toBe(provenance.length);
    expect(document.querySelector("tbody td:last-child")?.textContent).toBe(`${provenance[0].sha256.slice(0, 12)}…`);
    expectEnhancementsOnly(scripts);
  });
});
