import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

describe.runIf(browserTestsAvailable())("deprivation map page", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("renders every LSOA from the real data, with a summary, legend and openable table", async () => {
    const page = await ctx.browser.newPage();
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(ctx.site.url.replace(/\/$/, ""))) external.push(r.url());
    });
    await page.goto(`${ctx.site.url}deprivation`);
    const figure = page.locator("figure.wm-figure");
    await figure.waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en-GB");
    expect(await figure.locator(".wm-figure-summary").textContent()).toMatch(
      new RegExp(
        String.raw`^\d[\d,]* of the 1,719 neighbourhoods \(LSOAs\) in the seven boroughs \(\d+%\) ` +
          "are among England's most deprived 10%"
      )
    );
    expect(await figure.locator("svg[role=img] path[fill]").count()).toBeGreaterThanOrEqual(1719);
    expect(await figure.locator(".wm-legend-swatches").count()).toBe(1);
    await figure.locator("details.data-table summary").click();
    expect(await figure.locator("details.data-table tbody tr").count()).toBe(1719);
    expect(external).toEqual([]);
    await page.close();
  });
});
