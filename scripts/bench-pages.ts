// Benchmark of each kind of page (home, story, ward, risk index: the first of each in dist/, and
// up to six other pages) in Chromium against the local static server: Largest Contentful Paint
// and total first-view transfer, unthrottled and on an emulated phone on slow 4G. Used by
// scripts/bench.ts; runs alone with `npx tsx scripts/bench-pages.ts`.
import {pageKind, type PageKind} from "../src/lib/publish/budgets.js";
import {pageUrlPath} from "../src/lib/publish/html.js";
import {inspectPage, type PageReport} from "../src/lib/publish/measure.js";
import {isEmbedPage, listPages} from "../src/lib/publish/site.js";
import {DIST, launch, startSite} from "../src/lib/publish/browser.js";

export const KINDS: PageKind[] = ["home", "story", "ward", "risk-index", "deprivation"];
const RUNS = 3;

export interface PageKindResult {
  kind: PageKind;
  /** The page measured (the first of its kind in dist/), or null when the site has none yet. */
  page: string | null;
  transferBytes: number | null;
  requests: number | null;
  lcpMs: number | null;
  lcpSlow4gMs: number | null;
  firstFigureMs: number | null;
  firstFigureSlow4gMs: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measurePageKinds(log: (message: string) => void = console.log): Promise<PageKindResult[]> {
  // Embed pages count against the budget of the page their figure is on; the pages themselves are measured.
  const pages = listPages(DIST).filter((p) => !isEmbedPage(p));
  const site = await startSite();
  const browser = await launch();
  try {
    const results: PageKindResult[] = [];
    const others = pages.filter((p) => pageKind(p) === "other" && p !== "404.html").slice(0, 6);
    const targets: [PageKind, string | null][] = [
      ...KINDS.map((kind): [PageKind, string | null] => [kind, pages.find((p) => pageKind(p) === kind) ?? null]),
      ...others.map((p): [PageKind, string] => ["other", p])
    ];
    for (const [kind, page] of targets) {
      if (!page) {
        log(`${kind}: no page of this kind in ${DIST} yet`);
        results.push({
          kind,
          page,
          transferBytes: null,
          requests: null,
          lcpMs: null,
          lcpSlow4gMs: null,
          firstFigureMs: null,
          firstFigureSlow4gMs: null
        });
        continue;
      }
      const url = `${site.url}${pageUrlPath(page)}`;
      const fast: PageReport[] = [];
      const slow: PageReport[] = [];
      for (let i = 0; i < RUNS; i++) fast.push(await inspectPage(browser, url));
      for (let i = 0; i < RUNS; i++)
        slow.push(await inspectPage(browser, url, {throttle: true, viewport: {width: 412, height: 823}}));
      const lcp = (reports: PageReport[]) => median(reports.map((r) => r.lcpMs ?? Number.NaN));
      const figure = (reports: PageReport[]) =>
        reports[0].firstFigureMs === null ? null : median(reports.map((r) => r.firstFigureMs ?? Number.NaN));
      const result = {
        kind,
        page,
        transferBytes: fast[0].transferBytes,
        requests: fast[0].requests.length,
        lcpMs: lcp(fast),
        lcpSlow4gMs: lcp(slow),
        firstFigureMs: figure(fast),
        firstFigureSlow4gMs: figure(slow)
      };
      const figureNote =
        result.firstFigureMs === null
          ? ""
          : `; first figure ${result.firstFigureMs.toFixed(0)} ms, ` +
            `${result.firstFigureSlow4gMs?.toFixed(0)} ms on slow 4G`;
      log(
        `${kind} (${page}): ${(result.transferBytes / 1024).toFixed(0)} KB in ${result.requests} requests; ` +
          `LCP ${result.lcpMs.toFixed(0)} ms, ${result.lcpSlow4gMs.toFixed(0)} ms on slow 4G${figureNote}`
      );
      results.push(result);
    }
    return results;
  } finally {
    await browser.close();
    site.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await measurePageKinds();
