// Publish gates on the built site's pages (discovered from dist/, so new pages are checked
// without changes here): axe-core finds no violation of any impact (minor and moderate ones
// too: each is a reader who hits it); no request goes to
// another origin; no load fails, no CSP violation or error is reported; every link on the
// rendered page resolves to a file; each page's first view fits its kind's transfer budget.
// npm test visits a sample (sample.ts: every page but the ward profiles, and wards chosen to
// cover the ways they differ); WM_GATES=all visits every page (npm run test:all) but the ward
// profiles' embed pages, of which a sample, and checks every embed page without a browser
// (embedChecks.ts): a thousand more page loads would not fit CI's 30 minutes.
// WM_DIST_DIR and WM_BASE_PATH check a build made for a sub-path (.ci/run does both).
// The pages are shared between two test files (gates-*.test.ts), which vitest runs side by side;
// each visits two pages at a time (the gates project's maxConcurrency in vitest.config.ts), in tabs it
// keeps open (pageInspector): a page waits on the network and timers about half the time.
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, it} from "vitest";
import {DIST, launch, startSite} from "../../src/lib/publish/browser.js";
import {transferBudget, pageKind} from "../../src/lib/publish/budgets.js";
import {pageUrlPath} from "../../src/lib/publish/html.js";
import {pageInspector, type PageInspector, type PageReport} from "../../src/lib/publish/measure.js";
import {publishOptions} from "../../src/lib/publish/options.js";
import {resolveStaticPath} from "../../src/lib/publish/serve.js";
import {listPages} from "../../src/lib/publish/site.js";
import {browserTestsAvailable} from "./harness.js";
import {embedPageProblems} from "./embedChecks.js";
import {gatedPages, isWardEmbed} from "./sample.js";

const available = browserTestsAvailable();
const every = process.env.WM_GATES === "all";
const {base} = publishOptions();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * The gates on share `index` of `count` of the pages (every count-th page), so that the shares run
 * in vitest workers side by side; the checks of the site as a whole run in the first share.
 */
export function describeGates(index: number, count: number): void {
  const pages = available ? gatedPages(DIST, every).filter((_, i) => i % count === index) : [];
  const share = count > 1 ? ` (share ${index + 1} of ${count})` : "";
  describe
    .runIf(available)
    .concurrent(
      `publish gates on ${every ? "every page" : "a sample of the pages"} of ${DIST} served at ${base}${share}`,
      () => {
        let browser: Browser;
        let site: Awaited<ReturnType<typeof startSite>>;
        let inspector: PageInspector;
        const reports = new Map<string, PageReport>();
        beforeAll(async () => {
          site = await startSite(base);
          browser = await launch();
          inspector = pageInspector(browser);
        });
        afterAll(async () => {
          await inspector?.close();
          await browser?.close();
          site?.server.close();
          const rows = [...reports]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([file, r]) => {
              const size = `${kb(r.transferBytes).padStart(8)} of ${kb(transferBudget(file))}`;
              return `  ${file.padEnd(36)} ${pageKind(file).padEnd(10)} ${size}`;
            });
          if (rows.length) console.log(`First-view transfer (gzip where a host would compress):\n${rows.join("\n")}`);
        });

        it.runIf(index === 0)(
          "finds the site's pages (a gate with nothing to check fails), and samples every kind",
          ({expect}) => {
            const files = gatedPages(DIST, every).map((p) => p.file);
            expect(files).toContain("index.html");
            expect(files).toContain("404.html");
            expect(files.length).toBeGreaterThanOrEqual(3);
            const all = listPages(DIST);
            // The full sweep leaves out only ward profiles' embed pages, checked without a browser below.
            if (every) expect(all.filter((file) => !files.includes(file)).every(isWardEmbed)).toBe(true);
            else expect(new Set(files.map(pageKind))).toEqual(new Set(all.map(pageKind)));
          }
        );

        it.runIf(index === 0 && every)(
          "checks every embed page without a browser: CSP, noindex, framing, links and transfer budget",
          ({expect}) => {
            expect(embedPageProblems(DIST, base)).toEqual([]);
          }
        );

        it.runIf(index === 0)(
          "answers an unknown address deep in the site with the 404 page, fully styled",
          async ({expect}) => {
            const report = await inspector.inspect(`${site.url}no/such/page`, {status: 404});
            expect({failedLoads: report.failed, errors: report.errors, cspViolations: report.cspViolations}).toEqual({
              failedLoads: [],
              errors: [],
              cspViolations: []
            });
            expect(report.requests.some((r) => /\/_import\/style\.[0-9a-f]+\.css$/.test(r.url))).toBe(true);
          }
        );

        it.runIf(index === 0)(
          "takes keyboard focus first to a visible skip link that moves focus to the main content",
          async ({expect}) => {
            const page = await browser.newPage();
            await page.goto(site.url);
            await page.keyboard.press("Tab");
            const link = page.locator(".wm-skip-link");
            expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
            const box = await link.boundingBox();
            expect(box && box.y >= 0 && box.height > 10).toBe(true);
            expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
            await page.keyboard.press("Enter");
            expect(await page.evaluate(() => document.activeElement?.id)).toBe("observablehq-main");
            await page.close();
          }
        );

        it.for(pages.map((p) => [`${p.file} (${p.reasons.join(", ")})`, p.file]))("%s", async ([, file], {expect}) => {
          const url = `${site.url}${pageUrlPath(file)}`;
          const report = await inspector.inspect(url, {axe: true});
          reports.set(file, report);
          const origin = new URL(site.url).origin;
          const brokenLinks = report.links.filter(
            (link) => link.startsWith(origin) && !resolveStaticPath(DIST, base, new URL(link).pathname)
          );
          expect({
            requestsToOtherOrigins: report.external,
            failedLoads: report.failed,
            cspViolations: report.cspViolations,
            errors: report.errors,
            cookies: report.cookies,
            figuresWithoutTextAlternative: report.figureProblems,
            brokenLinks,
            axeViolations: (report.axe ?? []).map(
              (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes} elements, e.g. ${v.targets.join(" | ")})`
            )
          }).toEqual({
            requestsToOtherOrigins: [],
            failedLoads: [],
            cspViolations: [],
            errors: [],
            cookies: [],
            figuresWithoutTextAlternative: [],
            brokenLinks: [],
            axeViolations: []
          });
          expect(report.requests.length, "the page loaded nothing").toBeGreaterThan(1);
          const budget = transferBudget(file);
          const overBudget = `${file}: first view ${kb(report.transferBytes)}, budget ${kb(budget)} (see budgets.ts)`;
          expect(report.transferBytes, overBudget).toBeLessThanOrEqual(budget);
        });
      }
    );
}
