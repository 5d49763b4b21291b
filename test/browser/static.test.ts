// The HTML is the product: every kind of page is complete with JavaScript off (its heading, every
// figure with its graphic, summary and data table), and readable on a phone: at 390 and 320 CSS px
// nothing scrolls sideways, text inside figures is 12 px or more at the size it is shown, and each
// figure's citations are folded.
import {readdirSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DIST} from "../../src/lib/publish/browser.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

const firstPage = (folder: string) =>
  readdirSync(join(DIST, folder))
    .filter((f) => f.endsWith(".html") && f !== "index.html")
    .sort()[0]
    ?.replace(/\.html$/, "");

/** One page of each kind, with the least number of figures it must show. */
function pagesOfEachKind(): {path: string; figures: number}[] {
  return [
    {path: "", figures: 1},
    {path: "stories/", figures: 0},
    {path: `stories/${firstPage("stories")}`, figures: 8},
    {path: "wards/", figures: 0},
    {path: `wards/${firstPage("wards")}`, figures: 5},
    {path: "deprivation", figures: 1},
    {path: "risk-index", figures: 1},
    {path: "risk-index-method", figures: 0},
    {path: "boroughs", figures: 1},
    {path: "sources", figures: 0}
  ];
}

interface FigureReport {
  title: string;
  graphics: number;
  summary: string;
  tableRows: number;
}

/** What a reader without JavaScript gets: the heading, and each figure's parts. */
const readStatic = (page: Page) =>
  page.evaluate(() => ({
    h1: document.querySelector("h1")?.textContent?.trim() ?? "",
    loading: document.querySelectorAll("observablehq-loading").length,
    figures: [...document.querySelectorAll("figure.wm-figure")].map((figure) => ({
      title: figure.querySelector(".wm-figure-title")?.textContent ?? "",
      graphics: [...figure.querySelectorAll("[role=img]")].filter((g) => g.getBoundingClientRect().width > 0).length,
      summary: figure.querySelector(".wm-figure-summary")?.textContent ?? "",
      tableRows: figure.querySelectorAll("table tbody tr").length
    })) as FigureReport[]
  }));

/**
 * Sideways scroll, and the shown size of every visible text in a figure's graphics: its font size
 * times the scale its SVG is drawn at (shown width / viewBox width).
 */
const readLayout = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(".wm-figure svg")) {
      const shown = svg.getBoundingClientRect().width;
      if (!shown || !svg.checkVisibility()) continue;
      const drawn = svg.viewBox.baseVal?.width || shown;
      for (const text of svg.querySelectorAll("text")) {
        if (!text.textContent?.trim() || !text.checkVisibility()) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * (shown / drawn);
        if (size < 11.95) small.push(`${text.textContent.trim()} (${size.toFixed(1)} px)`);
      }
    }
    for (const legend of document.querySelectorAll<HTMLElement>(".wm-figure [class*='-swatches'], .wm-legend")) {
      if (!legend.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(legend).fontSize);
      if (size < 11.95) small.push(`legend "${legend.textContent?.trim().slice(0, 40)}" (${size} px)`);
    }
    // Citations fold into a closed "Source" disclosure after each figure, so they never run longer than it.
    const unfolded: string[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>("figure.wm-figure")) {
      if (!figure.checkVisibility()) continue;
      const title = figure.querySelector(".wm-figure-title")?.textContent ?? "";
      for (const wide of figure.querySelectorAll(".wm-source-wide"))
        if (wide.checkVisibility()) unfolded.push(`${title}: the source in full`);
      for (const narrow of figure.querySelectorAll<HTMLDetailsElement>("details.wm-source-narrow"))
        if (!narrow.checkVisibility() || narrow.open) unfolded.push(`${title}: no closed Source disclosure`);
    }
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      small,
      unfolded
    };
  });

describe.runIf(browserTestsAvailable())("pages without JavaScript and on phones", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});
  const pages = browserTestsAvailable() ? pagesOfEachKind() : [];

  it.each(pages)("/$path shows its heading, figures and tables with JavaScript off", async ({path, figures}) => {
    const page = await ctx.visit(path, {javaScriptEnabled: false, viewport: {width: 1200, height: 900}});
    const result = await readStatic(page);
    expect(result.h1, "the page's heading").not.toBe("");
    expect(result.loading, "placeholders waiting for JavaScript").toBe(0);
    expect(result.figures.length, "figures").toBeGreaterThanOrEqual(figures);
    for (const figure of result.figures) {
      expect(figure.title, "a figure's title").not.toBe("");
      expect(figure.graphics, `the graphic of "${figure.title}"`).toBeGreaterThanOrEqual(1);
      expect(figure.summary, `the summary of "${figure.title}"`).not.toBe("");
      expect(figure.tableRows, `the data table of "${figure.title}"`).toBeGreaterThan(0);
    }
  });

  // One page load per page: the phone widths are checked in turn by resizing the same page, as a
  // reader turning or resizing their screen would (the layout follows CSS container queries).
  it.each(pages)(
    "/$path at 390 and 320 px: no sideways scroll, text 12 px or more, citations folded",
    async ({path}) => {
      const page = await ctx.visit(path, {viewport: {width: 390, height: 800}, waitUntil: "networkidle"});
      for (const width of [390, 320]) {
        await page.setViewportSize({width, height: 800});
        const {overflow, small, unfolded} = await readLayout(page);
        expect(overflow, `px of sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
        expect(small, `text smaller than 12 px at ${width} px`).toEqual([]);
        expect(unfolded, `citations at ${width} px`).toEqual([]);
      }
    }
  );
});
