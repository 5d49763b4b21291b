import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {STEP_STATES} from "../../src/lib/content/steps.js";
import {controlsWithoutFocusRing} from "./focus.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

const state = (page: Page) => page.evaluate(() => document.getElementById("story")?.dataset.state);
const opacity = (page: Page, state: string) =>
  page.evaluate((s) => getComputedStyle(document.querySelector(`.story-figure[data-state=${s}]`)!).opacity, state);
/** The steps whose slot holds a drawn figure (the last three hold voices, activities and sources). */
const FIGURE_STATES = STEP_STATES.map((s) => s.state).filter((s) => !["voices", "activities", "sources"].includes(s));

describe.runIf(browserTestsAvailable())("story pages", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("shows each step's figure, drawn at build time, as the reader scrolls, and loads no chart library", async () => {
    const page = await ctx.tab({viewport: {width: 1400, height: 900}});
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${ctx.site.url}stories/three-estates`);
    await page.locator("#story.story--sticky .story-step.is-active .wm-figure").first().waitFor();
    expect(await state(page)).toBe("region");

    // Scrolling each step's text to the middle of the viewport shows its figure in the sticky cell,
    // and only its figure.
    let previous = "region";
    for (const {state: step} of STEP_STATES) {
      await page.evaluate(
        (s) => document.querySelector(`#step-${s} .story-text`)!.scrollIntoView({block: "center"}),
        step
      );
      await expect.poll(() => state(page), {message: step}).toBe(step);
      await expect.poll(() => opacity(page, step), {message: step}).toBe("1");
      if (previous !== step) await expect.poll(() => opacity(page, previous), {message: previous}).toBe("0");
      previous = step;
    }
    // The last step's text read down to the middle of the screen, then the story scrolled away: none
    // of the step's figure slot (the sources) ever lies under the section buttons.
    const [last] = STEP_STATES.slice(-1).map((s) => s.state);
    for (const to of ["last text's end", "story's end"]) {
      const hidden = await page.evaluate(
        ([slot, end]) => {
          const text = document.querySelector(`#step-${slot} .story-text`)!.getBoundingClientRect();
          const story = document.getElementById("story")!.getBoundingClientRect();
          const by = end === "story's end" ? story.bottom - innerHeight * 0.3 : text.bottom - innerHeight / 2 - 2;
          window.scrollBy({top: by, behavior: "instant"});
          const controls = document.querySelector(".story-stage-controls")!.getBoundingClientRect();
          const figure = document.querySelector(`#step-${slot} .story-figure`)!.getBoundingClientRect();
          // How much of the figure the buttons cover on screen.
          return Math.max(0, Math.min(controls.bottom, figure.bottom) - Math.max(controls.top, figure.top, 0));
        },
        [last, to]
      );
      expect(hidden, to).toBe(0);
      await expect.poll(() => state(page), {message: to}).toBe(last);
    }
    const deprivation = page.locator(".story-figure[data-state=deprivation]");
    expect(await deprivation.locator("svg[role=img] path[fill]").count()).toBeGreaterThanOrEqual(8);
    expect(await deprivation.locator(".wm-figure-summary").textContent()).toMatch(
      /^\w+ of the eight neighbourhoods \(LSOAs\) in the area \(\d+%\) are among England's most deprived 10%/
    );

    // Each figure stays right after its text in the DOM, and keyboard focus inside a hidden figure shows it.
    await page.locator("#step-change details.data-table summary").first().focus();
    await expect.poll(() => state(page)).toBe("change");

    // Tables drawn at build time sort when their header is pressed; marks get tooltips.
    const people = page.locator(".story-figure[data-state=people]");
    await page.locator('.story-contents a[href="#step-people-title"]').focus();
    await page.keyboard.press("Enter");
    await people.locator("details.data-table summary").click();
    expect(await people.locator("details.data-table tbody tr").count()).toBe(11);
    await people.locator("details.data-table thead th").nth(2).locator("button").click();
    expect(await people.locator("details.data-table thead th").nth(2).getAttribute("aria-sort")).toBe("ascending");
    expect(await people.locator("svg [data-tip]").count()).toBeGreaterThan(0);
    expect(await controlsWithoutFocusRing(page)).toEqual([]);

    expect(errors).toEqual([]);
    const origin = ctx.site.url.replace(/\/$/, "");
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    // No Plot, d3 or topojson (Framework's _node bundles), and no data file: the figures are in the HTML.
    expect(requests.filter((u) => /\/_node\/|\/_npm\/|\/_file\//.test(u))).toEqual([]);
  });

  it("walks a whole story by keyboard: Previous and Next move one step and keep focus; Tab goes on", async () => {
    const page = await ctx.tab({viewport: {width: 1400, height: 900}});
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${ctx.site.url}stories/wood-end-and-moat-house`);
    await page.locator("#story.story--sticky .story-stage-controls").waitFor();
    const states = STEP_STATES.map((s) => s.state);
    // What has focus: the button's class, or the step the focused element is in.
    const focus = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.tagName === "BUTTON" ? el.className : (el.closest<HTMLElement>(".story-step")?.dataset.state ?? "");
      });
    // The page scrolls smoothly to a step; data-scrolling is on the story until the scroll ends.
    const settled = () => page.locator("#story:not([data-scrolling])").waitFor();
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await settled();
    };
    const expectStep = async (i: number, focused: string) => {
      const step = states[i];
      expect(await state(page), `step ${i + 1}`).toBe(step);
      expect(await focus(), `focus at step ${i + 1}`).toBe(focused);
      await expect.poll(() => opacity(page, step), {message: step}).toBe("1");
      // The controls lead the step they show.
      expect(await page.locator(`#step-${step} > .story-stage-controls`).count()).toBe(1);
      expect(await page.locator(".story-stage-status").textContent()).toMatch(
        new RegExp(`^Section ${i + 1} of ${states.length}: `)
      );
    };

    await page.locator(".story-stage-next").focus();
    await expectStep(0, "story-stage-next");
    for (let i = 1; i < states.length; i++) {
      await press("Enter");
      await expectStep(i, "story-stage-next");
      // Tab goes into the section shown, and Shift+Tab comes back to the button: the state holds.
      await press("Tab");
      await expectStep(i, states[i]);
      await press("Shift+Tab");
      await expectStep(i, "story-stage-next");
    }
    // At the last section Next keeps focus and does nothing.
    await press("Enter");
    await expectStep(states.length - 1, "story-stage-next");
    expect(await page.locator(".story-stage-next").getAttribute("aria-disabled")).toBe("true");
    expect(new URL(page.url()).hash).toBe(`#step-${states.at(-1)}-title`);

    // Previous, two steps back, one at a time.
    await press("Shift+Tab");
    expect(await focus()).toBe("story-stage-previous");
    for (let i = states.length - 2; i >= states.length - 3; i--) {
      await press("Enter");
      await expectStep(i, "story-stage-previous");
    }

    // Contents links, then the browser's Back and Forward buttons, go to the steps they name.
    const contents = (step: string) => page.locator(`.story-contents a[href="#step-${step}-title"]`);
    await contents("crime").focus();
    await press("Enter");
    await expect.poll(() => state(page)).toBe("crime");
    // Chromium focuses a focusable fragment target (the heading, tabindex=-1) in a later frame: wait
    // for it, or on a busy machine it takes focus back from the next contents link.
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    await expect.poll(focusedId).toBe("step-crime-title");
    await contents("people").focus();
    await press("Enter");
    await expect.poll(() => state(page)).toBe("people");
    // Back: the entry before the last link, whose address followed the reader (focusing the
    // contents scrolled up to them); the step shown is the one the address names.
    const shownAsAddressed = async () => {
      const shown = await state(page);
      return new URL(page.url()).hash === `#step-${shown}-title` && shown !== "people";
    };
    await page.goBack();
    await expect.poll(shownAsAddressed).toBe(true);
    await settled();
    await page.goForward();
    await expect.poll(() => state(page)).toBe("people");
    await settled();
    expect(await state(page)).toBe("people");

    // Only a figure that scrolls takes focus, as a named group: the rest have nothing to operate.
    for (const figure of await page.locator(".story-figure[tabindex]").all()) {
      expect(await figure.getAttribute("role")).toBe("group");
      expect(await figure.getAttribute("aria-label")).toMatch(/^Figure for “.+”, scrolls$/);
      expect(await figure.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    }

    expect(errors).toEqual([]);
  });

  it("reads as a linear article with every figure in place when motion is reduced", async () => {
    const context = await ctx.browser.newContext({reducedMotion: "reduce", viewport: {width: 1400, height: 900}});
    const page = await context.newPage();
    await page.goto(`${ctx.site.url}stories/heath-town`);
    await page.locator(".story-step .wm-figure").first().waitFor();
    expect(await page.locator("#story.story--sticky, .story-stage-controls").count()).toBe(0);
    expect(await page.locator(".story-step > .story-figure").count()).toBe(STEP_STATES.length);
    await context.close();
  });

  it("shows every step's figure, with its graphic, summary and table, without JavaScript", async () => {
    const page = await ctx.visit("stories/hillfields", {javaScriptEnabled: false});
    expect(await page.locator(".story-step").count()).toBe(STEP_STATES.length);
    for (const step of FIGURE_STATES) {
      const figure = page.locator(`.story-figure[data-state=${step}] figure.wm-figure`).first();
      expect(await figure.locator("[role=img][aria-labelledby]").count(), step).toBeGreaterThan(0);
      expect((await figure.locator(".wm-figure-summary").textContent())?.trim(), step).toBeTruthy();
      expect(await figure.locator("details.data-table table tbody tr").count(), step).toBeGreaterThan(0);
    }
    expect(await page.locator("noscript").count()).toBe(0);
    expect(await page.locator(".story-geography").textContent()).toContain("St Michael's");
    expect(await page.locator("#step-activities .story-activity").count()).toBeGreaterThan(0);
  });

  it("lists every story on the index with a map", async () => {
    const page = await ctx.visit("stories");
    expect(await page.locator(".story-index li").count()).toBe(4);
    expect(await page.locator(".story-index li svg[role=img][data-wm-thumbnail]").count()).toBe(4);
  });
});
