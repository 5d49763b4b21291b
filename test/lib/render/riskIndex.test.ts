import {afterAll, describe, expect, it} from "vitest";
import {rmSync} from "node:fs";
import {formatDecimal} from "../../../src/lib/format.js";
import {riskIndexMarkdown} from "../../../src/lib/render/riskIndex.js";
import {riskMethod} from "../../../src/lib/risk/dataset.js";
import {RISK_INDICATORS} from "../../../src/lib/risk/indicators.js";
import {capSentence, contributionSentence, robustnessSentence} from "../../../src/lib/summaries/risk.js";
import {expectCompleteFigures, expectEnhancementsOnly, readPage, tableRows} from "./page.js";
import {model, provenance, riskFixture, story} from "./fixtureData.js";

describe("riskIndexMarkdown", () => {
  const {root, index} = riskFixture();
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const method = riskMethod(index);
  const markdown = riskIndexMarkdown({
    rows: index.rows,
    method,
    topology: model.topology,
    stories: [story],
    provenance
  });
  const {document, scripts} = readPage(markdown);
  const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
  const keyOf = (element: Element) => element.getAttribute("data-key");
  const headings = (table: Element) => [...table.querySelectorAll("thead th")].map((th) => th.textContent);
  const column = (table: Element, heading: string) => {
    const i = headings(table).indexOf(heading);
    expect(i, heading).toBeGreaterThanOrEqual(0);
    return [...table.querySelectorAll("tbody tr")].map((tr) => tr.children[i].textContent);
  };

  it("offers the index as CSV and Parquet downloads and names their contribution and robustness columns", () => {
    expect(document.querySelector("h1")?.textContent).toBe("Neighbourhood risk index");
    const links = [...document.querySelectorAll("a[download]")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["./data/risk-index.csv", "./data/risk-index.parquet"]);
    const columns = [...links[0].parentElement!.querySelectorAll("code")].map((c) => c.textContent);
    expect(columns).toEqual([
      "equal_rank",
      "uncapped_rank",
      "c_violence_with_injury",
      "c_",
      "largest",
      "score_without_largest",
      "rests_on_one"
    ]);
  });

  it("maps the top 10% at two widths and ranks every neighbourhood against equal weights", () => {
    const [map, , sensitivity] = expectCompleteFigures(document);
    expect(expectCompleteFigures(document).map((f) => f.getAttribute("data-embed"))).toEqual(
      ["map", "contributions", "sensitivity"].map((name) => `risk-index--${name}`)
    );
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

  it("gives the rank without the cap beside the equal-weight rank, and says what the cap does", () => {
    const sensitivity = document.querySelector("#risk-sensitivity-title")!.closest("figure")!;
    expect(column(sensitivity, "Rank without the cap at ±3")).toEqual(index.rows.map((r) => String(r.uncapped_rank)));
    expect(text).toContain(capSentence(method));
  });

  it("splits each top-10% score into its indicators' contributions, with every neighbourhood in the table", () => {
    const figure = document.querySelector("#risk-contributions-title")!.closest("figure")!;
    const [top] = index.rows;
    expect(top.top10).toBe(1);
    expect(figure.querySelector(".wm-figure-summary")?.textContent).toBe(contributionSentence(top));
    expect([...figure.querySelectorAll(".wm-legend-swatch")].map((s) => s.textContent)).toEqual(
      RISK_INDICATORS.map((i) => i.short)
    );
    const variants = [...figure.querySelectorAll("svg.wm-variant")];
    expect(variants.map((svg) => svg.getAttribute("width"))).toEqual(["276", "640"]);
    for (const svg of variants) {
      // One bar, in six parts: one neighbourhood in the top 10% of the fixture's two.
      const parts = [...svg.querySelectorAll("rect > title")].map((t) => t.textContent);
      expect(parts).toHaveLength(RISK_INDICATORS.length);
      expect(parts[0]).toMatch(new RegExp(`^${top.name}\\nViolence with injury: [+−]?\\d\\.\\d\\d$`));
      expect(svg.textContent).toContain(`1. ${top.name}`);
    }
    expect(tableRows(figure)).toBe(index.rows.length);
    const table = figure.querySelector("details.data-table")!;
    expect(headings(table)).toEqual([
      "Rank",
      "Neighbourhood (MSOA)",
      ...RISK_INDICATORS.map((i) => i.short),
      "Index score",
      "Score without its largest contribution"
    ]);
    expect(column(table, "Violence with injury")).toEqual(
      index.rows.map((r) => formatDecimal(Math.round(r.c_violence_with_injury * 100) / 100, 2))
    );
    // The parts add up to the score.
    for (const r of index.rows)
      expect(RISK_INDICATORS.reduce((s, i) => s + r[`c_${i.key}`], 0)).toBeCloseTo(r.score, 9);
    expect(text).toContain(robustnessSentence(method.robustness));
  });

  it("has the full ranking with each indicator's own heading, and the derived IDACI ratio never as a %", () => {
    const tables = [...document.querySelectorAll("details.data-table[open]")];
    expect(tables.map((t) => t.querySelector("caption")?.textContent)).toEqual([
      "Risk index: all 2 neighbourhoods (MSOAs 2021)",
      "Indicators and weights"
    ]);
    const [ranking, weights] = tables;
    expect(tableRows(ranking)).toBe(2);
    // Its rows stand for the map's neighbourhoods, so the keyboard reaches every tip on the map (tips.ts).
    expect(ranking.getAttribute("data-marks-in")).toBe("risk-map");
    const map = document.querySelector("#risk-map-title")!.closest("figure")!;
    const tipped = [...map.querySelectorAll("svg [data-key]")].filter((m) => m.querySelector(":scope > title"));
    const keys = [...ranking.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-key"));
    expect(new Set(tipped.map((m) => m.getAttribute("data-key")))).toEqual(new Set(keys));
    expect(headings(ranking)).toEqual([
      "Rank",
      "Neighbourhood (MSOA)",
      "Borough",
      "Index score",
      ...RISK_INDICATORS.map((i) => i.heading),
      "Rank with equal weights"
    ]);
    const idaci = RISK_INDICATORS.find((i) => i.key === "idaci_rate")!;
    expect(idaci.heading).not.toContain("%");
    expect(column(ranking, idaci.heading)).toEqual(index.rows.map((r) => formatDecimal(r.idaci_rate, 2)));
    const young = RISK_INDICATORS.find((i) => i.key === "aged_10_24")!;
    expect(column(ranking, young.heading)).toEqual(index.rows.map((r) => formatDecimal(r.aged_10_24 * 100, 1)));
    expect(tableRows(weights)).toBe(method.indicators.length);
  });

  it("keys every mark with a tip to a row of its own table or of a table that names its figure (tips.ts)", () => {
    for (const figure of expectCompleteFigures(document)) {
      const title = figure.getAttribute("aria-labelledby");
      const tables = [...document.querySelectorAll<HTMLElement>(".data-table")].filter(
        (t) => figure.contains(t) || `${t.dataset.marksIn}-title` === title
      );
      const rowKeys = new Set(tables.flatMap((t) => [...t.querySelectorAll("tr[data-key]")]).map(keyOf));
      const tipped = [...figure.querySelectorAll("svg title")].map((t) => t.parentElement!);
      expect(tipped.length, title!).toBeGreaterThan(0);
      expect(
        tipped.filter((mark) => !rowKeys.has(keyOf(mark))).map((m) => m.textContent),
        title!
      ).toEqual([]);
    }
    // The contribution table keys only the rows the chart draws: the top 10%.
    const contributions = document.querySelector("#risk-contributions-title")!.closest("figure")!;
    expect([...contributions.querySelectorAll("tbody tr")].map(keyOf)).toEqual(
      index.rows.map((r) => (r.top10 ? r.code : null))
    );
  });

  it("ships no data in its script", () => {
    expectEnhancementsOnly(scripts);
  });
});
