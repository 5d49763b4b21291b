// The site menu (observablehq.config.ts header, src/components/menu.ts): a labelled "Menu" button
// in the page header that shows and hides the sidebar of pages, on a phone and beside the page;
// and, without JavaScript, every page reachable from the footer.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {axeViolations} from "../../src/lib/publish/axe.js";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

const PAGES = ["Stories", "Deprivation map", "Neighbourhood risk index", "Ward profiles", "Sources and methods"];
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()} ${el.textContent?.trim()}` : "";
  });
const sidebarShown = (page: Page) =>
  page.locator("#observablehq-sidebar").evaluate((el) => {
    const {left, width} = el.getBoundingClientRect();
    return getComputedStyle(el).visibility === "visible" && left >= 0 && width > 0;
  });

describe.runIf(browserTestsAvailable())("site menu", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  it("on a phone: a header button opens the menu, focus stays in its 44 px links, Escape closes it", async () => {
    const page = await ctx.visit("stories/", {viewport: {width: 390, height: 844}});
    const button = page.getByRole("banner").getByRole("button", {name: "Menu"});
    await button.waitFor();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Framework's unlabelled toggle is gone once the button works.
    expect(await page.locator("#observablehq-sidebar-toggle").isVisible()).toBe(false);

    // Keyboard: the skip link, then the button (the closed menu's links take no focus).
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button Menu");
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => sidebarShown(page)).toBe(true);
    expect(await focused(page)).toBe("a West Midlands story maps");

    // Every link in the menu can be reached with Tab, is on screen and is a 44 px target.
    const menu = page.getByRole("navigation", {name: "Menu"});
    const links = await menu.getByRole("link").all();
    expect(links.length).toBeGreaterThanOrEqual(PAGES.length + 1);
    for (const [i, link] of links.entries()) {
      if (i > 0) await page.keyboard.press("Tab");
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      const {y, height} = (await link.boundingBox())!;
      expect(height, (await link.textContent()) ?? "").toBeGreaterThanOrEqual(44);
      expect(y).toBeGreaterThanOrEqual(0);
    }
    for (const name of PAGES) expect(await menu.getByRole("link", {name, exact: true}).count(), name).toBe(1);
    // Focus stays in the open menu, which covers the page: Tab from its last link goes to the Menu
    // button, then to its first link; Shift+Tab goes back the same way.
    const last = `a ${(await links.at(-1)!.textContent())!.trim()}`;
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button Menu");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("a West Midlands story maps");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("button Menu");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe(last);
    // The open menu over the page: nothing axe-core finds, of any impact.
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes the menu and gives focus back to the button.
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await focused(page)).toBe("button Menu");
    await expect.poll(() => sidebarShown(page)).toBe(false);

    // The button closes it too, and a link in it leads to its page.
    await button.click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => sidebarShown(page)).toBe(false);
    await button.click();
    await menu.getByRole("link", {name: "Ward profiles"}).click();
    await page.waitForURL(/\/wards\/$/);
    // The new page starts with the menu closed, not covering the page the reader chose.
    await button.waitFor();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => sidebarShown(page)).toBe(false);
  });

  it("beside the page on a wide screen: the button hides and shows the sidebar, with visible focus", async () => {
    const page = await ctx.visit("risk-index", {viewport: {width: 1400, height: 900}});
    const button = page.getByRole("banner").getByRole("button", {name: "Menu"});
    await button.waitFor();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await sidebarShown(page)).toBe(true);
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => sidebarShown(page)).toBe(false);
    // Focus stays on the button, and shows: nothing covers it.
    expect(await focused(page)).toBe("button Menu");
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    const {x, y, width, height} = (await button.boundingBox())!;
    expect(
      await page.evaluate(
        ([cx, cy]) => document.elementFromPoint(cx, cy)?.closest(".wm-menu-button") !== null,
        [x + width / 2, y + height / 2]
      )
    ).toBe(true);
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => sidebarShown(page)).toBe(true);
  });

  it("without JavaScript, lists every page in the footer and keeps Framework's toggle", async () => {
    const page = await ctx.visit("boroughs", {javaScriptEnabled: false, viewport: {width: 390, height: 844}});
    expect(await page.locator(".wm-menu-button").isVisible()).toBe(false);
    const footer = page.getByRole("navigation", {name: "All pages"});
    for (const name of ["Home", ...PAGES])
      expect(await footer.getByRole("link", {name, exact: true}).count(), name).toBe(1);
    for (const link of await footer.getByRole("link").all())
      expect((await link.boundingBox())!.height, (await link.textContent()) ?? "").toBeGreaterThanOrEqual(44);
    await page.locator("#observablehq-sidebar-toggle").click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
  });
});
