// The print stylesheet (src/style.css, "Print" section) on a scrollytelling layout: the sticky
// graphic prints in place before the steps, the steps print one after another, the sidebar and
// skip link go and the licence footer stays.
import {copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DIST, launch} from "../../src/lib/publish/browser.js";
import {serveStatic} from "../../src/lib/publish/serve.js";
import {browserTestsAvailable} from "./harness.js";

describe.runIf(browserTestsAvailable())("print stylesheet", () => {
  let dir: string;
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "wm-print-"));
    const css = readdirSync(join(DIST, "_import")).find((f) => /^style\.[0-9a-f]+\.css$/.test(f));
    if (!css) throw new Error(`no built style.css in ${join(DIST, "_import")} — run npm run build`);
    copyFileSync(join(DIST, "_import", css), join(dir, "style.css"));
    writeFileSync(
      join(dir, "index.html"),
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Story</title>
<link rel="stylesheet" href="./style.css"></head><body>
<a class="wm-skip-link" href="#observablehq-main">Skip to main content</a>
<nav id="observablehq-sidebar"><ol><li><a href="./">Home</a></li></ol></nav>
<div id="observablehq-center"><main id="observablehq-main">
<section class="wm-scrolly" style="display: grid; grid-template-columns: 1fr 1fr">
  <div class="wm-scrolly-graphic" style="position: sticky; top: 0; height: 100vh">
  <figure class="wm-figure"><svg width="300" height="200"></svg>
    <details class="data-table"><summary>Show the data as a table</summary><table><tr><td>1</td></tr></table></details>
    <details class="data-table opened" open><summary>Show the data as a table</summary>
    <div class="data-table-scroll" style="max-height: 10px; overflow: auto">
    <table><tr><td>1</td></tr></table></div></details></figure></div>
  <div class="wm-scrolly-text">
    <div class="wm-step" style="min-height: 100vh; opacity: 0.2">First step.</div>
    <div class="wm-step" style="min-height: 100vh; opacity: 0.2">Second step.</div>
  </div>
</section>
</main><footer id="observablehq-footer">Open Government Licence v3.0</footer></div></body></html>`
    );
    site = await serveStatic(dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("lays a scrolly story out as one linear document", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 800}});
    await page.goto(site.url);
    await page.emulateMedia({media: "print"});
    const style = (selector: string, property: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style(".wm-scrolly", "display")).toBe("block");
    expect(await style(".wm-scrolly-graphic", "position")).toBe("static");
    expect(await style(".wm-step", "min-height")).toBe("0px");
    expect(await style(".wm-step", "opacity")).toBe("1");
    expect(await style("#observablehq-sidebar", "display")).toBe("none");
    expect(await style(".wm-skip-link", "display")).toBe("none");
    expect(await style("#observablehq-footer", "display")).toBe("block");
    expect(await style("details.data-table:not([open])", "display")).toBe("none");
    expect(await style("details.opened .data-table-scroll", "max-height")).toBe("none");
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    const [graphic, first, second] = [
      await top(".wm-scrolly-graphic"),
      await top(".wm-step"),
      await top(".wm-step:nth-child(2)")
    ];
    expect(graphic).toBeLessThan(first);
    expect(first).toBeLessThan(second);
    expect(second - first).toBeLessThan(100);
    await page.close();
  });
});
