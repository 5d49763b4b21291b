// Maps from the real data in Chromium: names inside the map and clear of the story areas and of each
// other, tooltips from the pointer and the keyboard, kept in the viewport and dismissed with Escape,
// zooming with buttons and touch, and a story's first figure within the viewport, its tips reached from
// its table.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";
import {tipsWithoutRows} from "./tipRows.js";

type Rect = {left: number; top: number; right: number; bottom: number};
const PHONE = {width: 390, height: 844};
const DESKTOP = {width: 1400, height: 900};

/** Label problems of the map shown in `figure`: names cut off, covering a story area, or each other. */
function labelProblems(page: Page, figure: string): Promise<string[]> {
  return page
    .locator(`${figure} svg.wm-variant:visible, ${figure} svg[role=img]:visible`)
    .first()
    .evaluate((svg) => {
      const rect = (e: Element): Rect => e.getBoundingClientRect();
      const crosses = (a: Rect, b: Rect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      const map = rect(svg);
      const labels = [...svg.querySelectorAll(".wm-label-area text, .wm-label-point text")].map((t) => ({
        name: t.textContent,
        box: rect(t)
      }));
      const areas = [...svg.querySelectorAll(".wm-label-avoid path")].map(rect);
      const problems: string[] = [];
      if (labels.length === 0) problems.push("no labels");
      for (const {name, box} of labels) {
        if (box.left < map.left || box.right > map.right || box.top < map.top || box.bottom > map.bottom)
          problems.push(`${name} is cut off`);
        if (areas.some((area) => crosses(box, area))) problems.push(`${name} covers a story area`);
        for (const other of labels)
          if (other.box !== box && crosses(box, other.box)) problems.push(`${name} covers ${other.name}`);
      }
      return problems;
    });
}

describe.runIf(browserTestsAvailable())("maps", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("keeps every name on the home and risk index maps inside the map, off the areas and each other", async () => {
    for (const viewport of [PHONE, DESKTOP])
      for (const [path, figure] of [
        ["", "#region-map-title ~ div"],
        ["risk-index", "#risk-map-title ~ div"]
      ]) {
        const page = await ctx.visit(path, {viewport});
        expect(await labelProblems(page, figure), `${path} at ${viewport.width} px`).toEqual([]);
        // Every tip on the page's maps is reached from a row (issue 13), at either width's drawing.
        expect(await tipsWithoutRows(page, {maps: true, shown: true}), `${path} at ${viewport.width} px`).toEqual([]);
        if (path === "risk-index" && viewport === PHONE) {
          // The full ranking, far below the map, shows its rows' tips beside the row, in the viewport.
          const row = page.locator("[data-marks-in=risk-map] tbody tr").last();
          await row.focus();
          const tip = page.locator(".wm-tip");
          await tip.waitFor();
          expect(await tip.textContent()).toContain(await row.locator("td").first().textContent());
          const [box, rowBox] = [(await tip.boundingBox())!, (await row.boundingBox())!];
          expect(box.y + box.height).toBeGreaterThan(rowBox.y - 50);
          expect(box.y).toBeLessThan(rowBox.y + rowBox.height + 50);
        }
      }
    const ward = await ctx.visit("wards/heath-town", {viewport: PHONE});
    expect(await tipsWithoutRows(ward, {maps: true, shown: true})).toEqual([]);
  });

  it("shows an area's tip from the keyboard through the table's rows, and Escape dismisses it", async () => {
    const page = await ctx.visit("deprivation", {viewport: PHONE});
    const figure = page.locator("figure.wm-figure");
    const tip = page.locator(".wm-tip");
    await figure.locator("details.data-table summary").focus();
    await page.keyboard.press("Enter");
    // The table's rows are one tab stop, after its scrolling box and its header buttons.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches("tr[data-key]"))) break;
    }
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    const first = await focused();
    expect(first).toMatch(/^E01\d{6}$/);
    await tip.waitFor();
    await page.keyboard.press("ArrowDown");
    const second = await focused();
    expect(second).not.toBe(first);
    expect(await tip.textContent()).toMatch(new RegExp(`^In .+ ward — .+ \\(${second}\\)\\nIMD decile: \\d+$`));
    expect(await figure.locator(`svg [data-key="${second}"]`).getAttribute("class")).toContain("wm-mark-active");
    await page.keyboard.press("Escape");
    await tip.waitFor({state: "hidden"});
    expect(await focused()).toBe(second);
    await page.keyboard.press("ArrowDown");
    await tip.waitFor();
  });

  it("keeps a pointer's tip inside a 390 px viewport, lets the pointer onto it, and Escape dismisses it", async () => {
    const page = await ctx.visit("deprivation", {viewport: PHONE});
    const svg = page.locator("figure.wm-figure svg[role=img]");
    await svg.scrollIntoViewIfNeeded();
    // The LSOA furthest to the east: its tip would run past the viewport's right edge beside the pointer.
    const point = await svg.evaluate((map) => {
      const marks = [...map.querySelectorAll("[data-key]")].map((m) => m.getBoundingClientRect());
      const east = marks.reduce((a, b) => (b.right > a.right ? b : a));
      return {x: east.left + east.width / 2, y: east.top + east.height / 2};
    });
    await page.mouse.move(point.x, point.y);
    const tip = page.locator(".wm-tip");
    await tip.waitFor();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // Hoverable (WCAG 1.4.13): the pointer can move onto the tip without losing it.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, {steps: 4});
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await tip.waitFor({state: "hidden"});
  });

  it("zooms the regional maps with buttons, and resets them", async () => {
    for (const path of ["", "deprivation", "risk-index"]) {
      const page = await ctx.visit(path, {viewport: DESKTOP});
      const map = page.locator("[data-zoom-ready]").first();
      const viewBox = () =>
        map.evaluate((m) => {
          const svg = (
            m.matches("svg") ? m : [...m.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width)
          )!;
          return svg.getAttribute("viewBox");
        });
      const whole = await viewBox();
      const zoomIn = page.getByRole("button", {name: "Zoom in"});
      await zoomIn.focus();
      await page.keyboard.press("Enter");
      const zoomed = await viewBox();
      expect(zoomed, path).not.toBe(whole);
      const [, , width] = zoomed!.split(" ").map(Number);
      expect(width, path).toBeCloseTo(Number(whole!.split(" ")[2]) / 2, 1);
      await page.keyboard.press("ArrowRight");
      expect(await viewBox(), path).not.toBe(zoomed);
      await page.getByRole("button", {name: "Reset view"}).click();
      expect(await viewBox(), path).toBe(whole);
    }
  });

  it("zooms a map with a pinch, even when one finger lands first, and moves a zoomed map with one finger", async () => {
    const context = await ctx.browser.newContext({viewport: PHONE, hasTouch: true, isMobile: true});
    const page = await context.newPage();
    await page.goto(`${ctx.site.url}deprivation`);
    const svg = page.locator("svg[data-zoom-ready]");
    await svg.scrollIntoViewIfNeeded();
    const {x, y, width, height} = (await svg.boundingBox())!;
    const [cx, cy] = [x + width / 2, y + height / 2];
    const view = async () => (await svg.getAttribute("viewBox"))!.split(" ").map(Number);
    const whole = await view();
    const scrolled = () => page.evaluate(() => window.scrollY);
    // Chromium's own touch input, as a phone sends it (playwright's touchscreen only taps).
    const cdp = await context.newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: [number, number][]) =>
      cdp.send("Input.dispatchTouchEvent", {type, touchPoints: points.map(([px, py], id) => ({x: px, y: py, id}))});
    // The first finger moves before the second lands, as fingers do: the page starts to scroll.
    await touch("touchStart", [[cx - 20, cy]]);
    await touch("touchMove", [[cx - 20, cy + 30]]);
    await touch("touchMove", [[cx - 20, cy]]);
    await touch("touchStart", [
      [cx - 20, cy],
      [cx + 20, cy]
    ]);
    // The fingers spread from 40 to 120 px apart: three times as close.
    for (const spread of [30, 45, 60])
      await touch("touchMove", [
        [cx - spread, cy],
        [cx + spread, cy]
      ]);
    await touch("touchEnd", []);
    const pinched = await view();
    expect(pinched[2]).toBeCloseTo(whole[2] / 3, 0);
    // One finger on the zoomed map moves the map, not the page.
    const before = await scrolled();
    await touch("touchStart", [[cx, cy]]);
    for (const step of [1, 2, 3, 4]) await touch("touchMove", [[cx + step * 10, cy + step * 10]]);
    await touch("touchEnd", []);
    const moved = await view();
    expect(moved[2]).toBe(pinched[2]);
    // The drawing follows the finger: 40 px on screen, less in the zoomed drawing's units.
    expect(pinched[0] - moved[0]).toBeCloseTo((40 * whole[2]) / width / 3, 0);
    expect(pinched[1] - moved[1]).toBeCloseTo((40 * whole[3]) / height / 3, 0);
    expect(await scrolled()).toBe(before);
    await context.close();
  });

  it("fits a story's first map in the viewport (whole on a phone), its names clear; rows reach tips", async () => {
    const mapBottom = async (page: Page) => {
      const map = (await page.locator("#step-region figure.wm-figure svg[role=img]:visible").boundingBox())!;
      return map.y + map.height;
    };
    for (const slug of ["three-estates", "heath-town", "hillfields", "wood-end-and-moat-house"]) {
      const wide = await ctx.visit(`stories/${slug}`, {viewport: DESKTOP});
      await wide.locator("#story.story--sticky").waitFor();
      expect(await mapBottom(wide), slug).toBeLessThanOrEqual(DESKTOP.height);
      expect(await labelProblems(wide, "#step-region figure.wm-figure"), slug).toEqual([]);
    }
    const phone = await ctx.visit("stories/three-estates", {viewport: PHONE});
    await phone.locator("#step-region .wm-figure-title").evaluate((title) => title.scrollIntoView({block: "start"}));
    expect(await mapBottom(phone)).toBeLessThanOrEqual(PHONE.height);
    expect(await labelProblems(phone, "#step-region figure.wm-figure")).toEqual([]);
    // Its table's rows reach every tip on the map from the keyboard, and Escape dismisses the tip.
    const region = phone.locator("#step-region figure.wm-figure");
    const marks = await region.locator("svg[role=img]:visible [data-tip][data-key]").count();
    expect(marks).toBeGreaterThan(0);
    await region.locator("details.data-table summary").click();
    const rows = region.locator("details.data-table tbody tr[data-key]");
    expect(await rows.count()).toBe(marks);
    await rows.first().focus();
    const tip = phone.locator(".wm-tip");
    await tip.waitFor();
    expect(await tip.textContent()).toContain(`(${await rows.first().getAttribute("data-key")})`);
    await phone.keyboard.press("ArrowDown");
    expect(await tip.textContent()).toContain(`(${await rows.nth(1).getAttribute("data-key")})`);
    await phone.keyboard.press("Escape");
    await tip.waitFor({state: "hidden"});
  });
});
