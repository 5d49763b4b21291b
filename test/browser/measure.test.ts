// The publish gates are only as good as inspectPage and pageInspector: here they must catch each
// kind of problem on a tiny site made to have them.
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launch} from "../../src/lib/publish/browser.js";
import {inspectPage, pageInspector, transferSize, type PageReport} from "../../src/lib/publish/measure.js";
import {serveStatic} from "../../src/lib/publish/serve.js";
import {browserTestsAvailable} from "./harness.js";

describe("transferSize", () => {
  it("gzips text types and counts binary ones as they are", () => {
    const text = Buffer.from("a".repeat(10_000));
    expect(transferSize(text, "text/html; charset=utf-8")).toBeLessThan(200);
    expect(transferSize(text, "application/json")).toBeLessThan(200);
    expect(transferSize(text, "image/png")).toBe(10_000);
  });
});

describe.runIf(browserTestsAvailable())("inspectPage on a site with known problems", () => {
  let dir: string;
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "wm-measure-"));
    writeFileSync(
      join(dir, "index.html"),
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<title>Problems</title></head><body><main id="observablehq-main"><h1>Problems</h1>
<p>Some text that is large enough to be painted.</p>
<img src="missing.png">
<a href="./nowhere">a broken link</a> <a href="./other">a good link</a>
<script>document.title = "ran";</script>
<svg width="400" height="200"><rect width="400" height="200"></rect></svg>
<svg data-wm-thumbnail role="img" aria-label="Aston within Birmingham" width="320" height="220"></svg>
<svg data-wm-thumbnail width="320" height="220"></svg>
</main></body></html>`
    );
    writeFileSync(
      join(dir, "other.html"),
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Other</title></head>
<body><main id="observablehq-main"><h1>Other</h1><img alt="" src="http://127.0.0.2:9/tracker.png">
<figure class="wm-figure"><p class="wm-figure-summary">A sentence.</p>
<svg role="img" aria-labelledby="t" width="400" height="200"></svg></figure>
<script src="./cookie.js"></script></main></body></html>`
    );
    writeFileSync(join(dir, "cookie.js"), 'document.cookie = "tracker=1; path=/";');
    // A host's cache rule: a tab that kept its cache would not ask for the script again.
    writeFileSync(join(dir, "_headers"), "/sub/cookie.js\n  Cache-Control: public, max-age=3600\n");
    site = await serveStatic(dir, {base: "/sub/"});
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("reports CSP violations, failed loads, links and axe violations", async () => {
    const report = await inspectPage(browser, site.url, {axe: true});
    expect(report.cspViolations.some((v) => v.startsWith("script-src"))).toBe(true);
    expect(report.failed).toEqual([`${site.url}missing.png (404)`]);
    expect(report.links).toEqual([`${site.url}nowhere`, `${site.url}other`]);
    expect(report.axe?.map((v) => v.id)).toContain("image-alt");
    expect(report.external).toEqual([]);
    expect(report.figureProblems).toEqual([
      "svg is a chart or map outside figure(): no title, summary or data table",
      "svg is a thumbnail without role=img and a name"
    ]);
    expect(report.cookies).toEqual([]);
    expect(report.lcpMs).toBeGreaterThan(0);
    expect(report.transferBytes).toBeGreaterThan(0);
  });

  it("reports requests to other origins, and a page answering with the wrong status", async () => {
    const report = await inspectPage(browser, `${site.url}other`);
    expect(report.external).toEqual(["http://127.0.0.2:9/tracker.png"]);
    expect(report.cookies).toEqual(["tracker"]);
    expect(report.figureProblems).toEqual(["figure.wm-figure has no data table"]);
    const missing = await inspectPage(browser, `${site.url}missing-page`);
    expect(missing.failed).toEqual([`${site.url}missing-page (404, expected 200)`]);
  });

  it("reports as inspectPage does from tabs it keeps open, carrying no cache or cookies between pages", async () => {
    const served: string[] = [];
    const count = (request: {url?: string}) => void served.push(request.url ?? "");
    site.server.on("request", count);
    const inspector = pageInspector(browser);
    try {
      const other = await inspector.inspect(`${site.url}other`);
      const index = await inspector.inspect(site.url, {axe: true});
      const again = await inspector.inspect(`${site.url}other`);
      const withoutTimings = (r: PageReport) => ({...r, lcpMs: null, firstFigureMs: null});
      expect(withoutTimings(index)).toEqual(withoutTimings(await inspectPage(browser, site.url, {axe: true})));
      expect(withoutTimings(again)).toEqual(withoutTimings(other));
      expect(index.cookies).toEqual([]);
      expect(served.filter((url) => url === "/sub/cookie.js")).toHaveLength(2);
    } finally {
      site.server.off("request", count);
      await inspector.close();
    }
  });
});
