// Figure factories of the explorer pages (risk index, borough comparison): the marks each draws,
// their tooltips, and text of 12 px or more at the drawn size.
import {topology} from "topojson-server";
import {describe, expect, it} from "vitest";
import {concentrationCurve, concentrationLegend} from "../../src/components/concentrationCurve.js";
import {CONTRIBUTION_COLORS, contributionBars, contributionLegend} from "../../src/components/contributionBars.js";
import {dataTable} from "../../src/components/dataTable.js";
import {enhancePage} from "../../src/components/enhance.js";
import {figure} from "../../src/components/figure.js";
import {heatTable} from "../../src/components/heatTable.js";
import {intervalDots} from "../../src/components/intervalDots.js";
import {rankShift, rankShiftLegend} from "../../src/components/rankShift.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import {riskMap, riskMapLegend} from "../../src/components/riskMap.js";
import {weekGrid, weekGridLegend, DAYS} from "../../src/components/weekGrid.js";

/** Every text of a graphic is drawn at 12 px or more (its own font-size, its group's or the SVG's style). */
function expectReadableText(svg: Element) {
  const texts = [...svg.querySelectorAll("text")];
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    const attribute = text.closest("[font-size]")?.getAttribute("font-size");
    const style = /font-size: (\d+)px/.exec(text.closest("svg[style]")?.getAttribute("style") ?? "")?.[1];
    const own = text.closest("g[font-size]") ? attribute : (style ?? attribute);
    expect(Number(own), text.textContent ?? "").toBeGreaterThanOrEqual(12);
  }
}
const titles = (svg: Element, selector: string) =>
  [...svg.querySelectorAll(`${selector} > title`)].map((t) => t.textContent);

describe("heatTable", () => {
  const boroughs = ["Birmingham", "Wolverhampton", "Solihull"];
  const domains = ["Income", "Barriers to housing and services"];
  const cells = boroughs.flatMap((b, i) => domains.map((d, j) => ({b, d, v: (i + j) / 10})));
  const draw = (width: number) =>
    heatTable(cells, {column: (c) => c.b, row: (c) => c.d, value: (c) => c.v, format: (v) => `${v * 100}%`, width});

  it("draws a cell per value with the value written in it, and each row's name above its cells", () => {
    const svg = draw(WIDE);
    expect(titles(svg, "rect")).toHaveLength(6);
    expect(titles(svg, "rect")[0]).toBe("Birmingham, Income: 0%");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    for (const label of [...domains, "0%", "30%"]) expect(texts).toContain(label);
    expectReadableText(svg);
  });

  it("turns column names upright when they do not fit across (a 300 px phone)", () => {
    const rotated = (svg: Element) => svg.querySelectorAll("text[transform*='rotate(-90']").length;
    expect(rotated(draw(WIDE))).toBe(0);
    expect(rotated(draw(NARROW))).toBe(3);
    expectReadableText(draw(NARROW));
  });
});

describe("weekGrid", () => {
  const rows = DAYS.flatMap((day, d) => Array.from({length: 24}, (_, hour) => ({day, hour, value: d + hour / 10})));
  const label = "Value (unit not stated)";

  it("draws 168 cells and labels every second hour, or every third when narrow", () => {
    const hours = (svg: Element) =>
      [...svg.querySelectorAll("text")].map((t) => t.textContent).filter((t) => /^\d\d$/.test(t ?? ""));
    const wide = weekGrid(rows, {label, width: WIDE});
    expect(wide.querySelectorAll("rect")).toHaveLength(168);
    expect(titles(wide, "rect")[25]).toBe("Tuesday 01:00\nValue (unit not stated): 1.1");
    expect(hours(wide)).toHaveLength(12);
    expect(hours(weekGrid(rows, {label, width: NARROW}))).toEqual(["00", "03", "06", "09", "12", "15", "18", "21"]);
    expectReadableText(wide);
  });

  it("has a legend of its colour steps in figure-sized text", () => {
    const legend = weekGridLegend(rows, {label});
    expect(legend.getAttribute("style")).toContain("font-size: 13px");
    expect(legend.querySelectorAll("rect").length).toBeGreaterThanOrEqual(4);
    expect(legend.textContent).toContain(label);
  });
});

describe("intervalDots", () => {
  const row = (area_name: string, area_code: string, value: number, ci: number | null) => ({
    area_name,
    area_code,
    value,
    ci_lower: ci === null ? null : value - ci,
    ci_upper: ci === null ? null : value + ci
  });
  const areas = [
    row("Sandwell", "E08000028", 66.8, 1.4),
    row("Solihull", "E08000029", 72.6, 1.7),
    row("CA-West Midlands", "E47000007", 69, null)
  ];
  const format = (v: number) => `${v.toFixed(1)}%`;

  it("draws a dot per area, highest first, an interval where published and England as a labelled line", () => {
    const svg = intervalDots(areas, {label: "%", format, reference: row("England", "E92000001", 71.8, null)});
    expect(titles(svg, "path")).toEqual([
      "Solihull: 72.6% (95% CI 70.9% to 74.3%)",
      "CA-West Midlands: 69.0%",
      "Sandwell: 66.8% (95% CI 65.4% to 68.2%)"
    ]);
    expect(svg.querySelectorAll("g[stroke-width='2'] line")).toHaveLength(2);
    const england = [...svg.querySelectorAll("text")].find((t) => t.textContent === "England 71.8%")!;
    // Near the right edge, the label reads leftwards so it is not cut off.
    expect(england.closest("[text-anchor]")?.getAttribute("text-anchor")).toBe("end");
    expectReadableText(svg);
  });
});

describe("concentrationCurve", () => {
  const rows = [
    {
      school_group: "all schools",
      share_of_schools_pct: 12,
      schools: 153,
      share_of_permanent_exclusions_pct: 79,
      permanent_exclusions: 548
    },
    {
      school_group: "all schools",
      share_of_schools_pct: 3,
      schools: 35,
      share_of_permanent_exclusions_pct: 34,
      permanent_exclusions: 238
    },
    {
      school_group: "secondary schools",
      share_of_schools_pct: 50,
      schools: 110,
      share_of_permanent_exclusions_pct: 93,
      permanent_exclusions: 451
    }
  ];

  it("draws a point per row, a line per group and the diagonal, with a legend of the groups", () => {
    const svg = concentrationCurve(rows);
    expect(titles(svg, "path")).toHaveLength(3);
    expect(titles(svg, "path")[0]).toBe("all schools: 12% of schools (153) made 79% of permanent exclusions (548)");
    expect(svg.querySelectorAll("path:not(:has(title))").length).toBeGreaterThanOrEqual(3);
    expect([...concentrationLegend(rows).querySelectorAll(".wm-legend-swatch")].map((s) => s.textContent)).toEqual([
      "all schools",
      "secondary schools"
    ]);
    expectReadableText(svg);
  });
});

describe("rankShift", () => {
  const rows = Array.from({length: 20}, (_, i) => ({
    code: `E020000${String(i + 1).padStart(2, "0")}`,
    name: `Area ${i + 1}`,
    district_name: "Coventry",
    rank: i + 1,
    tied: 1,
    equal_rank: 20 - i,
    top10: i < 2 ? 1 : 0
  }));

  it("draws a point per neighbourhood, the top 10% as red circles, with a legend of both symbols", () => {
    const svg = rankShift(rows, {topCount: 2, width: NARROW});
    expect(titles(svg, "path")).toHaveLength(20);
    expect(titles(svg, "path")[0]).toBe("Area 1 (Coventry)\nConfigured weights: rank 1\nEqual weights: rank 20");
    expect([...svg.querySelectorAll("path[fill='#d4351c']")]).toHaveLength(2);
    expect(rankShiftLegend().querySelectorAll(".wm-legend-swatch svg path")).toHaveLength(2);
    expectReadableText(svg);
  });

  it("keys each point by its neighbourhood's code, so the table's row reaches its tip", () => {
    const svg = rankShift(rows, {topCount: 2, width: NARROW});
    const keyed = [...svg.querySelectorAll("path[data-key]")];
    expect(keyed.map((p) => p.getAttribute("data-key"))).toEqual(rows.map((r) => r.code));
    expect(keyed.every((p) => p.querySelector("title"))).toBe(true);
  });
});

describe("contributionBars", () => {
  const parts = [
    {key: "violence", label: "Violence"},
    {key: "young", label: "Aged 10 to 24"},
    {key: "health", label: "Mental health"}
  ];
  const row = (rank: number, name: string, values: number[]) => ({
    code: `E0200000${rank}`,
    name,
    rank,
    tied: 1,
    score: values.reduce((s, v) => s + v, 0),
    contributions: parts.map((p, i) => ({key: p.key, contribution: values[i]}))
  });
  const rows = [row(1, "Gravelly Hill & South Erdington", [0.6, 0.75, -0.25]), row(2, "Hawkesley", [0.5, 0.2, 0.3])];
  const barsOf = (svg: Element) => [...svg.querySelectorAll("rect")].filter((r) => r.querySelector("title"));
  const x = (rect: Element) => Number(rect.getAttribute("x"));
  const right = (rect: Element) => x(rect) + Number(rect.getAttribute("width"));

  it("stacks each row's parts in the indicators' order and colours, negative parts left of zero", () => {
    const svg = contributionBars(rows, {parts});
    const bars = barsOf(svg);
    expect(bars.map((b) => b.querySelector("title")?.textContent)).toEqual([
      "Gravelly Hill & South Erdington\nViolence: +0.60",
      "Gravelly Hill & South Erdington\nAged 10 to 24: +0.75",
      "Gravelly Hill & South Erdington\nMental health: −0.25",
      "Hawkesley\nViolence: +0.50",
      "Hawkesley\nAged 10 to 24: +0.20",
      "Hawkesley\nMental health: +0.30"
    ]);
    expect(bars.map((b) => b.getAttribute("fill"))).toEqual([
      ...CONTRIBUTION_COLORS.slice(0, 3),
      ...CONTRIBUTION_COLORS.slice(0, 3)
    ]);
    // The second part starts where the first ends; the negative part ends at zero, where the first starts.
    const [violence, young, health] = bars;
    expect(x(young)).toBeCloseTo(right(violence), 0);
    expect(right(health)).toBeCloseTo(x(violence), 0);
    expectReadableText(svg);
  });

  it("marks each score with a line, and writes the rank, the name and the score above each bar", () => {
    const svg = contributionBars(rows, {parts, width: NARROW});
    expect(svg.getAttribute("width")).toBe(String(NARROW));
    expect(titles(svg, "line")).toEqual([
      "Gravelly Hill & South Erdington\nIndex score +1.10 (rank 1)",
      "Hawkesley\nIndex score +1.00 (rank 2)"
    ]);
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    for (const label of ["1. Gravelly Hill & South Erdington", "2. Hawkesley", "+1.10", "+1.00"])
      expect(texts).toContain(label);
    expectReadableText(svg);
  });

  it("keys every part of a bar and its score line by the neighbourhood's code: the marks with a tip", () => {
    const svg = contributionBars(rows, {parts, width: NARROW});
    const tipped = [...svg.querySelectorAll("title")].map((t) => t.parentElement!);
    expect(tipped.map((m) => m.getAttribute("data-key"))).toEqual([
      ...["E02000001", "E02000001", "E02000001", "E02000002", "E02000002", "E02000002"],
      ...["E02000001", "E02000002"]
    ]);
  });

  it("shortens a name too long for a phone; the tips of its bar, which a table row reaches, give it whole", () => {
    const long = row(3, "A neighbourhood with a name far too long to fit beside its score", [0.1, 0.1, 0.1]);
    const nameOf = (width: number) =>
      [...contributionBars([long], {parts, width}).querySelectorAll("text")].find((t) =>
        t.firstChild?.textContent?.startsWith("3. ")
      )!;
    const narrow = nameOf(NARROW);
    expect(narrow.firstChild?.textContent).toMatch(/^3\. A neighbourhood .*…$/);
    expect(narrow.querySelector("title")).toBeNull();
    expect(titles(contributionBars([long], {parts, width: NARROW}), "line")[0]).toMatch(new RegExp(`^${long.name}\n`));
    expect(nameOf(WIDE).textContent).toBe(`3. ${long.name}`);
  });

  it("has a legend of the indicators in stacking order", () => {
    const swatches = [...contributionLegend(parts).querySelectorAll(".wm-legend-swatch")];
    expect(swatches.map((s) => s.textContent)).toEqual(["Violence", "Aged 10 to 24", "Mental health"]);
    expect(swatches.map((s) => s.querySelector("svg")?.getAttribute("fill"))).toEqual(CONTRIBUTION_COLORS.slice(0, 3));
  });
});

describe("riskMap", () => {
  const square = (code: string, x: number) => ({
    type: "Feature" as const,
    id: code,
    properties: {name: `Area ${x}`},
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [-1.9 + x * 0.01, 52.4],
          [-1.9 + x * 0.01, 52.41],
          [-1.89 + x * 0.01, 52.41],
          [-1.89 + x * 0.01, 52.4],
          [-1.9 + x * 0.01, 52.4]
        ]
      ]
    }
  });
  const layer = (codes: string[]) => ({
    type: "FeatureCollection" as const,
    features: codes.map((c, i) => square(c, i))
  });
  const topo = topology({
    msoa: layer(["E02000001", "E02000002"]),
    lsoa: layer(["E01000001", "E01000002"]),
    district: layer(["E08000025", "E08000026"])
  }) as Parameters<typeof riskMap>[0];
  const rows = [
    {code: "E02000001", district_name: "Birmingham", rank: 1, tied: 2, score: 1.234, top10: 1},
    {code: "E02000002", district_name: "Coventry", rank: 1, tied: 2, score: 1.234, top10: 0}
  ];

  it("fills the top 10% red, gives each neighbourhood its rank and score, and outlines a story area", () => {
    const svg = riskMap(topo, rows, {outlines: [{layer: "lsoa", codes: ["E01000002"], label: "Story"}]});
    const areas = [...svg.querySelectorAll("path")].filter((p) => p.querySelector("title"));
    expect(areas.map((p) => p.getAttribute("fill"))).toEqual(["#d4351c", "#d9dde0"]);
    expect(areas[0].querySelector("title")?.textContent).toBe(
      "Area 0 (Birmingham)\nRank 1 (tied) of 2\nIndex score 1.23"
    );
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Story"]);
    expectReadableText(svg);
    const legend = (stories: boolean) => [...riskMapLegend(2, {stories}).querySelectorAll(".wm-legend-swatch")];
    expect(legend(true).map((s) => s.textContent)).toEqual([
      "Top 10% (ranks 1 to 2)",
      "Other neighbourhoods",
      "Story area (outlined)"
    ]);
    expect(legend(false)).toHaveLength(2);
  });
});

describe("enhancePage", () => {
  it("makes a table in the built HTML sortable and turns the marks' titles into tooltips", () => {
    const built = figure({
      title: "A",
      summary: "A summary sentence.",
      graphic: rankShift(
        [{code: "E02000001", name: "X", district_name: "Y", rank: 1, tied: 1, equal_rank: 1, top10: 1}],
        {topCount: 1}
      ),
      table: dataTable({caption: "T", rows: [2, 1], columns: [{label: "N", value: (n) => n, numeric: true}]}),
      source: "S",
      id: "a"
    });
    // As a page built at build time gets it: markup without listeners.
    document.body.innerHTML = built.outerHTML;
    enhancePage();
    document.querySelector<HTMLButtonElement>("thead button")!.click();
    expect([...document.querySelectorAll("tbody th")].map((c) => c.textContent)).toEqual(["1", "2"]);
    expect(document.querySelector("svg [data-tip]")?.getAttribute("data-tip")).toContain("X (Y)");
    expect(document.querySelector("svg title")).toBeNull();
  });
});
