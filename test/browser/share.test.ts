// Views that can be shared and embedded: a link restores what the sender saw (viewState.ts), and a
// figure's embed page stands alone, framed by the page it comes from. One page load per case.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DIST} from "../../src/lib/publish/browser.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

describe.runIf(browserTestsAvailable())("shared and embedded views", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("opens the deprivation map at the shared zoom and area, and frames the 2019 comparison on request", async () => {
    // An LSOA the page has, from the built page itself.
    const code = /data-key="(E01\d{6})"/.exec(readFileSync(join(DIST, "deprivation.html"), "utf8"))![1];
    const page = await ctx.visit(`deprivation?zoom=4,0.5,0.5&area=${code}`, {viewport: {width: 1200, height: 900}});
    const map = page.locator("svg[data-zoom-ready]");
    await expect.poll(() => map.getAttribute("viewBox")).not.toMatch(/^0 0 /);
    expect(await page.locator(".wm-zoom-status").textContent()).toMatch(/^Zoomed in 4×/);
    const mark = page.locator(`svg [data-key="${code}"].wm-mark-active`);
    expect(await mark.count()).toBe(1);
    expect(await page.locator(".wm-tip:not([hidden])").textContent()).toContain(`(${code})`);
    // Only the reader's changes rewrite the address; it keeps the view it was opened with.
    expect(new URL(page.url()).search).toBe(`?zoom=4,0.5,0.5&area=${code}`);

    await page.locator("details.wm-framed summary").click();
    const frame = page.frameLocator("details.wm-framed iframe");
    await expect.poll(() => frame.locator(".wm-compare svg").count()).toBe(2);
    expect(await frame.locator("h1").textContent()).toMatch(/^IMD decile in 2019 and 2025/);
    expect(await frame.locator(".wm-embed-back a").getAttribute("target")).toBe("_top");
  });

  it("opens a story at the shared step, and names the step the reader scrolls to", async () => {
    const page = await ctx.visit("stories/three-estates#step-crime-title", {viewport: {width: 1400, height: 900}});
    await expect.poll(() => page.evaluate(() => document.getElementById("story")?.dataset.state)).toBe("crime");
    const entries = await page.evaluate(() => history.length);
    await page.evaluate(() => document.querySelector("#step-change .story-text")!.scrollIntoView({block: "center"}));
    await expect.poll(() => new URL(page.url()).hash).toBe("#step-change-title");
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  it("serves each embed page so that any site may frame it, and the site's pages so that only it may", async () => {
    const embed = await fetch(`${ctx.site.url}embed/stories--three-estates--change-map`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    const story = await fetch(`${ctx.site.url}stories/three-estates`);
    expect(story.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'$/);
  });
});
