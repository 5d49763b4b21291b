// The explorer pages from the real data: what each shows and what its scripts add. Accessibility
// (axe) is checked by the publish gates (gates.ts) on a sample that covers every kind of page.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {controlsWithoutFocusRing} from "./focus.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";
import {tipRows} from "./tipRows.js";

describe.runIf(browserTestsAvailable())("explorer pages from the real data", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  async function open(
    path: string,
    ready = "figure.wm-figure"
  ): Promise<{page: Page; errors: string[]; external: string[]; requests: string[]}> {
    const page = await ctx.tab();
    const errors: string[] = [];
    const external: string[] = [];
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on(
      "request",
      (r) =>
        !r.url().startsWith(ctx.site.url.replace(/\/$/, "")) && !r.url().startsWith("data:") && external.push(r.url())
    );
    await page.goto(`${ctx.site.url}${path}`);
    await page.locator(ready).first().waitFor();
    return {page, errors, external, requests};
  }

  it("risk index: drawn at build time, sortable in the browser, with its CSV and Parquet downloads", async () => {
    const {page, errors, external, requests} = await open("risk-index");
    await page.waitForLoadState("networkidle");
    const [map, sensitivity] = [
      page.locator("figure:has(#risk-map-title)"),
      page.locator("figure:has(#risk-sensitivity-title)")
    ];
    expect(await map.locator(".wm-figure-summary").textContent()).toMatch(
      /^The 36 neighbourhoods \(MSOAs\) in the top 10% of the risk index are in /
    );
    // One map drawn per width; the reader's column shows one.
    expect(await map.locator("svg.wm-variant--wide path[data-tip]").count()).toBe(357);
    expect(await map.locator("svg.wm-variant:visible").count()).toBe(1);
    const table = page.locator("details[open] table").first();
    expect(await table.locator("tbody tr").count()).toBe(357);
    await table.getByRole("button", {name: "Borough"}).click();
    expect(await table.locator("thead th").nth(2).getAttribute("aria-sort")).toBe("ascending");
    expect(await table.locator("tbody tr").first().locator("td").nth(1).textContent()).toBe("Birmingham");
    expect(await sensitivity.locator(".wm-figure-summary").textContent()).toMatch(
      /of the 36 neighbourhoods in the top 10% stay in the top 10% with equal weights/
    );
    // Every chart tip is reached from the keyboard: each mark with a tip has a keyed row, made a stop by tips.ts.
    expect(await page.locator("figure.wm-figure").count()).toBe(3);
    expect(await tipRows(page)).toEqual(
      ["risk-map", "risk-contributions", "risk-sensitivity"].map((figure) => ({
        figure,
        tips: expect.any(Number),
        unreached: 0
      }))
    );
    const download = async (name: string) => {
      const href = await page.getByRole("link", {name}).getAttribute("href");
      return fetch(new URL(href!, page.url()));
    };
    const csv = await (await download("Download the risk index as CSV")).text();
    expect(csv.split("\r\n")[0]).toMatch(
      /^rank,tied,code,name,district_code,district_name,population,score,equal_rank/
    );
    expect(csv.trim().split("\r\n")).toHaveLength(358);
    const parquet = new Uint8Array(await (await download("download it as Parquet")).arrayBuffer());
    expect(new TextDecoder().decode(parquet.slice(0, 4))).toBe("PAR1");
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    expect(requests.filter((url) => /_file\/data\/|plot|d3-|topojson|hyparquet/.test(url))).toEqual([]);
    expect(await controlsWithoutFocusRing(page)).toEqual([]);
  });

  it("ward profile: figures and tables in the HTML; its script sorts, shows tips and deciles, searches", async () => {
    const {page, errors, requests} = await open("wards/kings-norton-south");
    await page.locator(".wm-search input").waitFor();
    expect(await page.title()).toBe("King's Norton South ward, Birmingham | West Midlands story maps");
    expect(await page.getByRole("heading", {level: 1}).textContent()).toBe("King's Norton South");
    const summaries = await page.locator(".wm-figure-summary").allTextContents();
    expect(summaries[0]).toMatch(
      /^King's Norton South is one of Birmingham's \d+ wards; [\d,]+ people lived there in mid-2024\.$/
    );
    expect(summaries[1]).toMatch(/ of the eight neighbourhoods \(LSOAs\) in King's Norton South /);
    expect(summaries).toHaveLength(6);
    // Each graphic that fits the column is shown, with its tooltips taken from the marks' titles.
    for (const figure of await page.locator("figure.wm-figure").all())
      expect(await figure.locator("[role=img]:visible").count()).toBe(1);
    expect(await page.locator("figure.wm-figure svg[data-tips]").count()).toBeGreaterThanOrEqual(5);
    const ranks = page.locator("table").filter({hasText: "Risk index rank"});
    expect(await ranks.locator("tbody tr").count()).toBeGreaterThan(0);
    await ranks.getByRole("button", {name: /^Risk index rank/}).click();
    expect(await ranks.locator("thead th").nth(1).getAttribute("aria-sort")).toBe("ascending");
    // The decile map's table rows show their LSOA's tip, named as people know it; Escape dismisses it.
    const deprivation = page.locator("figure.wm-figure").filter({has: page.locator("#ward-deprivation-title")});
    await deprivation.locator("details.data-table summary").click();
    await deprivation.locator("tbody tr[data-key]").first().focus();
    await page.keyboard.press("ArrowDown");
    const tip = page.locator(".wm-tip");
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(
      /^.+, in King's Norton South ward — .+ \(E01\d{6}\)\nIMD decile: \d+\nRank [\d,]+ of 33,755$/
    );
    await page.keyboard.press("Escape");
    await tip.waitFor({state: "hidden"});
    // The key's entry for a decile on the map outlines as many LSOAs as it counts.
    const entry = deprivation.locator(".wm-decile-key button:enabled").first();
    const count = Number(/: (\d+) LSOA/.exec((await entry.textContent())!)![1]);
    await entry.click();
    expect(await entry.getAttribute("aria-pressed")).toBe("true");
    expect(await deprivation.locator("svg .wm-decile-shown").count()).toBe(count);
    // No charting library, no boundaries and no search index in the first view.
    expect(requests.filter((url) => /plot|d3-|topojson|search-index|geography/.test(url))).toEqual([]);
    await page.locator(".wm-search input").focus();
    await page.waitForResponse((r) => r.url().includes("search-index"));
    expect(await controlsWithoutFocusRing(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("links a ward to the stories that cover it, and the home page to the stories", async () => {
    const {page} = await open("wards/heath-town");
    await page.getByRole("link", {name: "Heath Town", exact: true}).first().waitFor();
    expect(await page.locator(".wm-story-links a").getAttribute("href")).toBe("../stories/heath-town");
    await page.goto(ctx.site.url);
    await page.locator(".wm-entry-points").waitFor();
    expect(await page.locator(".wm-entry-points a").first().getAttribute("href")).toBe("./stories/");
  });

  it("home, borough comparison, method, sources and ward list are complete in the HTML and load no data", async () => {
    for (const [path, figures, tables] of [
      ["", 1, 3],
      ["boroughs", 8, 8],
      ["risk-index-method", 0, 1],
      ["sources", 0, 1],
      ["wards/", 0, 0]
    ] as const) {
      const {page, errors, external, requests} = await open(path, "h1");
      await page.waitForLoadState("networkidle");
      expect(errors, path).toEqual([]);
      expect(external, path).toEqual([]);
      expect(await page.locator("figure.wm-figure").count(), path).toBe(figures);
      expect(await page.locator("details.data-table table").count(), path).toBe(tables);
      expect(
        requests.filter((url) => /_file\/data\/|plot|d3-|topojson|hyparquet/.test(url)),
        path
      ).toEqual([]);
      if (path === "wards/") expect(await page.locator(".wm-ward-list a").count()).toBe(192);
      expect(await controlsWithoutFocusRing(page), path).toEqual([]);
    }
  });
});
