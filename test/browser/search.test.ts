import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

describe.runIf(browserTestsAvailable())("find your area (WAI-ARIA combobox)", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  async function home(): Promise<Page> {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.site.url);
    await page.getByRole("combobox").waitFor();
    return page;
  }

  it("downloads the list of areas only when the reader first uses the box", async () => {
    const page = await ctx.browser.newPage();
    const index: string[] = [];
    page.on("request", (r) => /search-index\.[0-9a-f]+\.json$/.test(r.url()) && index.push(r.url()));
    await page.goto(ctx.site.url, {waitUntil: "networkidle"});
    expect(index).toEqual([]);
    await page.getByRole("combobox").focus();
    await expect.poll(() => index.length).toBe(1);
    await page.keyboard.type("aston");
    await page.getByRole("option").first().waitFor();
    expect(index).toHaveLength(1);
    await page.close();
  });

  it("is a labelled combobox that suggests wards and neighbourhoods as you type", async () => {
    const page = await home();
    const input = page.getByRole("combobox", {name: /Find your area/});
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    expect(await input.getAttribute("aria-autocomplete")).toBe("list");
    await input.focus();
    await page.keyboard.type("hawk");
    const listbox = page.getByRole("listbox");
    await listbox.waitFor();
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    expect(await input.getAttribute("aria-controls")).toBe(await listbox.getAttribute("id"));
    const options = await page.getByRole("option").allTextContents();
    expect(options[0]).toMatch(
      /^Hawkesley Neighbourhood \(MSOA E02\d{6}\), mostly in King's Norton South ward, Birmingham$/
    );
    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ suggestions?; use the up and down arrows/);
    await page.close();
  });

  it("moves through suggestions with the arrow keys and opens one with Enter", async () => {
    const page = await home();
    const input = page.getByRole("combobox");
    await input.focus();
    await page.keyboard.type("heath town");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    const active = await input.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator(`#${active}`).textContent()).toMatch(/^Heath Town Ward in Wolverhampton$/);
    await Promise.all([page.waitForURL(/\/wards\/heath-town$/), page.keyboard.press("Enter")]);
    await page.getByRole("heading", {level: 1, name: "Heath Town"}).waitFor();
    await page.close();
  });

  it("goes from an LSOA code to its ward, and Escape closes the list", async () => {
    const page = await home();
    const input = page.getByRole("combobox");
    await input.focus();
    await page.keyboard.type("E01009113");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("listbox").isHidden()).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    await Promise.all([page.waitForURL(/\/wards\/kings-norton-south$/), page.keyboard.press("Enter")]);
    await page.getByRole("heading", {level: 1, name: "King's Norton South"}).waitFor();
    await page.close();
  });

  it("says when nothing matches", async () => {
    const page = await home();
    await page.getByRole("combobox").fill("zzzz");
    await page.getByRole("combobox").dispatchEvent("input");
    expect(await page.getByRole("status").textContent()).toBe("No ward, neighbourhood or LSOA matches.");
    expect(await page.getByRole("combobox").getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });
});
