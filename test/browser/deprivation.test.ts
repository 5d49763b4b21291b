import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {controlsWithoutFocusRing} from "./focus.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

describe.runIf(browserTestsAvailable())("deprivation map page", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("is in the built HTML: every LSOA, its legend and table; the browser only adds tooltips and sorting", async () => {
    const page = await ctx.tab();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${ctx.site.url}deprivation`, {waitUntil: "networkidle"});
    const figure = page.locator("figure.wm-figure");
    expect(await figure.locator(".wm-figure-summary").textContent()).toMatch(
      new RegExp(
        String.raw`^\d[\d,]* of the 1,719 neighbourhoods \(LSOAs\) in the seven boroughs \(\d+%\) ` +
          "are among England's most deprived 10%"
      )
    );
    const lsoas = figure.locator("svg[role=img] path[data-tip]");
    await expect.poll(() => lsoas.count()).toBe(1719);
    expect(await figure.locator(".wm-legend-swatch").count()).toBe(10);
    expect(await figure.locator("details.data-table tbody tr").count()).toBe(1719);

    // Tooltips from the marks' titles.
    await lsoas.nth(100).dispatchEvent("pointermove", {bubbles: true, clientX: 200, clientY: 200});
    await page.locator(".wm-tip:not([hidden])").waitFor();
    expect(await page.locator(".wm-tip").textContent()).toMatch(/^In .+ ward — .+ \(E01\d{6}\)\nIMD decile: \d+$/);

    // Sorting the built table: by IMD rank, most deprived first.
    await figure.locator("details.data-table summary").click();
    await figure.getByRole("button", {name: "IMD rank (of 33,755)"}).click();
    const ranks = await figure
      .locator("tbody tr td:nth-child(5)")
      .evaluateAll((cells) => cells.slice(0, 3).map((c) => Number((c as HTMLElement).dataset.value)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // Only the site's own scripts and styles: no data file, no charting library.
    const own = ctx.site.url.replace(/\/$/, "");
    expect(requests.filter((url) => !url.startsWith(own))).toEqual([]);
    expect(requests.filter((url) => /_file\/|plot|d3-|topojson|hyparquet/.test(url))).toEqual([]);
    expect(await controlsWithoutFocusRing(page)).toEqual([]);
  });
});
