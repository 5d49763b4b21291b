import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {browserTestsAvailable, useSiteAndBrowser} from "./harness.js";

describe.runIf(browserTestsAvailable())("find your area (WAI-ARIA combobox)", () => {
  const ctx = useSiteAndBrowser({beforeAll, afterAll});

  /** The ward list: the same box as on the home page, without the home page's map to draw. */
  async function searchPage(): Promise<Page> {
    const page = await ctx.visit("wards/");
    await page.getByRole("combobox").waitFor();
    return page;
  }

  /** What the box suggests for `query`, once the index has loaded (matching is then synchronous). */
  async function suggestions(page: Page, query: string): Promise<string[]> {
    await page.getByRole("combobox").fill(query);
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/suggestions?;|^No story/);
    return page.getByRole("option").allTextContents();
  }

  it("downloads the list of areas and the matching code only when the reader first uses the box", async () => {
    const page = await ctx.tab();
    const index: string[] = [];
    const matcher: string[] = [];
    page.on("request", (r) => {
      if (/search-index\.[0-9a-f]+\.json$/.test(r.url())) index.push(r.url());
      if (/searchMatch\.[0-9a-f]+\.js$/.test(r.url())) matcher.push(r.url());
    });
    await page.goto(ctx.site.url, {waitUntil: "networkidle"});
    expect([index, matcher]).toEqual([[], []]);
    await page.getByRole("combobox").focus();
    await expect.poll(() => [index.length, matcher.length]).toEqual([1, 1]);
    await page.keyboard.type("aston");
    await page.getByRole("option").first().waitFor();
    expect([index.length, matcher.length]).toEqual([1, 1]);
  });

  it("is a labelled combobox that suggests wards and neighbourhoods as you type", async () => {
    const page = await searchPage();
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
    expect(options.slice(0, 2)).toEqual([
      "Three Estates Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill",
      expect.stringMatching(
        /^Hawkesley Neighbourhood \(MSOA E02\d{6}\), mostly in King's Norton South ward, Birmingham$/
      )
    ]);
    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ suggestions?; use the up and down arrows/);
  });

  it("moves through suggestions with the arrow keys and opens one with Enter", async () => {
    const page = await searchPage();
    const input = page.getByRole("combobox");
    await input.focus();
    await page.keyboard.type("heath town");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await page.locator(`#${await input.getAttribute("aria-activedescendant")}`).textContent()).toMatch(
      /^Heath Town Story in Wolverhampton/
    );
    await page.keyboard.press("ArrowDown");
    const active = await input.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator(`#${active}`).textContent()).toMatch(/^Heath Town Ward in Wolverhampton$/);
    await Promise.all([page.waitForURL(/\/wards\/heath-town$/), page.keyboard.press("Enter")]);
    await page.getByRole("heading", {level: 1, name: "Heath Town"}).waitFor();
  });

  it("goes from an LSOA code to its ward, and Escape closes the list", async () => {
    const page = await searchPage();
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
  });

  it("says when nothing matches", async () => {
    const page = await searchPage();
    expect(await suggestions(page, "zzzz")).toEqual([]);
    expect(await page.getByRole("status").textContent()).toBe("No story, ward, neighbourhood or LSOA matches.");
    expect(await page.getByRole("combobox").getAttribute("aria-expanded")).toBe("false");
  });

  it("forgives typing mistakes: Hawksley finds Hawkesley, Hilfields finds Hillfields", async () => {
    const page = await searchPage();
    expect(await suggestions(page, "Hawksley")).toContainEqual(expect.stringMatching(/^Hawkesley Neighbourhood/));
    expect(await suggestions(page, "Hilfields")).toEqual([
      "Hillfields Story in Coventry: A place-based pilot in Coventry",
      expect.stringMatching(/^Hillfields Neighbourhood \(MSOA E02001981\)/)
    ]);
    await Promise.all([page.waitForURL(/\/stories\/hillfields$/), page.keyboard.press("Enter")]);
    await page.getByRole("heading", {level: 1, name: "Hillfields"}).waitFor();
  });

  it("finds a story by its title and by the places it names", async () => {
    const page = await searchPage();
    const threeEstates = "Three Estates Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill";
    for (const place of ["Three Estates", "Pool Farm", "Primrose Hill"])
      expect((await suggestions(page, place))[0]).toBe(threeEstates);
    expect((await suggestions(page, "Moat House"))[0]).toMatch(/^Wood End and Moat House Story in Wolverhampton/);
    await Promise.all([page.waitForURL(/\/stories\/wood-end-and-moat-house$/), page.keyboard.press("Enter")]);
  });

  it("finds an LSOA by the name the site shows", async () => {
    const page = await searchPage();
    expect(await suggestions(page, "Birmingham 128A")).toEqual([
      "Birmingham 128A LSOA E01009107, in King's Norton South ward"
    ]);
    await Promise.all([page.waitForURL(/\/wards\/kings-norton-south$/), page.keyboard.press("Enter")]);
  });

  it("lists every ward of a borough when the reader types the borough", async () => {
    const page = await ctx.visit("wards/");
    const heading = page.getByRole("heading", {level: 2, name: /^Wolverhampton \(\d+ wards\)$/});
    const wards = await page.locator("h2:has-text('Wolverhampton') + ul a").allTextContents();
    expect(wards).toHaveLength(Number((await heading.textContent())!.match(/\d+/)![0]));
    const options = await suggestions(page, "Wolverhampton");
    for (const ward of wards) expect(options).toContain(`${ward} Ward in Wolverhampton`);
    expect(options.slice(0, 2)).toEqual([
      expect.stringMatching(/^Heath Town Story in Wolverhampton/),
      expect.stringMatching(/^Wood End and Moat House Story in Wolverhampton/)
    ]);
    expect(await page.getByRole("status").textContent()).toBe(
      `${options.length} suggestions; use the up and down arrows to choose.`
    );
  });
});
