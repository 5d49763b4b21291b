import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {axeViolations, WCAG_AA_TAGS} from "../../src/lib/publish/axe.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

const state = (page: Page) => page.evaluate(() => document.getElementById("story")?.dataset.state);

describe.runIf(browserTestsAvailable())("story pages", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("changes the figure as the reader scrolls, and the keyboard moves between steps", async () => {
    const page = await ctx.browser.newPage({viewport: {width: 1400, height: 900}});
    const external: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(ctx.site.url.replace(/\/$/, ""))) external.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${ctx.site.url}stories/three-estates`);
    await page.locator("#story.story--sticky .story-step.is-active .wm-figure").first().waitFor();
    expect(await state(page)).toBe("region");
    expect(await page.locator(".story-step.is-active .story-figure").getAttribute("data-state")).toBe("region");

    // Scrolling the deprivation step to the middle of the viewport switches the sticky map.
    await page.evaluate(() =>
      document.querySelector("#step-deprivation .story-text")!.scrollIntoView({block: "center"})
    );
    await expect.poll(() => state(page)).toBe("deprivation");
    const active = page.locator(".story-step.is-active .story-figure");
    expect(await active.getAttribute("data-state")).toBe("deprivation");
    expect(await active.locator("svg[role=img] path[fill]").count()).toBeGreaterThanOrEqual(8);
    expect(await active.locator(".wm-figure-summary").textContent()).toMatch(
      /^\w+ of the eight neighbourhoods \(LSOAs\) in the area \(\d+%\) are among England's most deprived 10%/
    );
    // Every figure shares the sticky cell; only the active one is shown.
    const opacity = (state: string) =>
      page.evaluate((s) => getComputedStyle(document.querySelector(`.story-figure[data-state=${s}]`)!).opacity, state);
    await expect.poll(() => opacity("region")).toBe("0");
    await expect.poll(() => opacity("deprivation")).toBe("1");

    await page.evaluate(() => document.querySelector("#step-crime .story-text")!.scrollIntoView({block: "center"}));
    await expect.poll(() => state(page)).toBe("crime");

    // Keyboard: the "Next section" button moves to the following step and focuses it.
    await page.locator(".story-stage-next").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => state(page)).toBe("borough");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-borough-title");
    await page.locator(".story-stage-previous").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => state(page)).toBe("crime");

    // The contents links are in the tab order and activate their step.
    await page.locator('.story-contents a[href="#step-people-title"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => state(page)).toBe("people");

    // Each figure stays right after its text in the DOM, and keyboard focus inside a hidden figure shows it.
    expect(
      await page.evaluate(() =>
        document.querySelector("#step-change .story-text")!.nextElementSibling!.getAttribute("data-state")
      )
    ).toBe("change");
    await page.locator("#step-change details.data-table summary").focus();
    await expect.poll(() => state(page)).toBe("change");
    await expect.poll(() => opacity("change")).toBe("1");
    await page.locator('.story-contents a[href="#step-people-title"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => state(page)).toBe("people");

    // The data table of the active figure opens and holds a row per age band.
    const people = page.locator(".story-step.is-active .story-figure");
    await people.locator("details.data-table summary").click();
    expect(await people.locator("details.data-table").getAttribute("open")).not.toBeNull();
    expect(await people.locator("details.data-table tbody tr").count()).toBe(11);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);

    // No WCAG 2.2 A/AA violations that axe can detect in the story (the sidebar is Framework's), with
    // the stage showing a map.
    await page.evaluate(() =>
      document.querySelector("#step-deprivation .story-text")!.scrollIntoView({block: "center"})
    );
    await expect.poll(() => state(page)).toBe("deprivation");
    const violations = await axeViolations(page, {include: [".story-header", "#story"], tags: WCAG_AA_TAGS});
    expect(violations.map((v) => `${v.id} (${v.nodes})`)).toEqual([]);
    await page.close();
  });

  it("reads as a linear article with every figure in place when motion is reduced", async () => {
    const context = await ctx.browser.newContext({reducedMotion: "reduce", viewport: {width: 1400, height: 900}});
    const page = await context.newPage();
    await page.goto(`${ctx.site.url}stories/heath-town`);
    await page.locator(".story-step .wm-figure").first().waitFor();
    expect(await page.locator("#story.story--sticky, .story-stage-controls").count()).toBe(0);
    expect(await page.locator(".story-step > .story-figure").count()).toBe(11);
    expect(await page.locator(".story-step .wm-figure").count()).toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it("shows narrative and static figures without JavaScript", async () => {
    const context = await ctx.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${ctx.site.url}stories/hillfields`);
    expect(await page.locator(".story-step").count()).toBe(11);
    expect(await page.locator(".story-static-map").count()).toBe(3);
    expect(await page.locator(".story-geography").textContent()).toContain("St Michael's");
    expect(await page.locator("#step-activities .story-activity").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("lists every story on the index with a map", async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.url}stories`);
    expect(await page.locator(".story-index li").count()).toBe(4);
    expect(await page.locator(".story-index li svg").count()).toBe(4);
    await page.close();
  });
});
