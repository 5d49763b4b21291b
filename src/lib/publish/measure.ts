// Loads one page of the built site in Chromium with an empty cache and records what a publish
// gate or the benchmark needs: every request (and its size as a host would send it), requests
// to other origins, failed loads, CSP violations, errors, links, Largest Contentful Paint and,
// when asked, axe-core's accessibility results. Node only (playwright-core).
import {createHash} from "node:crypto";
import {gzipSync} from "node:zlib";
import type {Browser, ConsoleMessage, Page, Request, Response} from "playwright-core";
import {axeViolations, type AxeViolation} from "./axe.js";
import {DEFAULT_VIEWPORT, openTab, resetTab} from "./tabs.js";
export type {AxeViolation};

export interface RequestRecord {
  url: string;
  status: number;
  /** Bytes over the wire if the host gzips text types (HTML, CSS, JS, JSON, SVG, XML, CSV). */
  transferBytes: number;
}

export interface PageReport {
  url: string;
  requests: RequestRecord[];
  transferBytes: number;
  /** Requests to any origin but the site's own. */
  external: string[];
  /** Same-origin requests that failed or answered 400 or more. */
  failed: string[];
  cspViolations: string[];
  errors: string[];
  /** Cookies the page set (names), by HTTP or script. The site sets none. */
  cookies: string[];
  /**
   * Charts and maps without what every figure needs: an SVG or canvas larger than an icon that is
   * not in a .wm-figure with a summary sentence, a named graphic and a data table. A drawing
   * marked data-wm-thumbnail (a preview of a map shown in full elsewhere) needs role=img and a name.
   */
  figureProblems: string[];
  /** Every link on the rendered page, as absolute URLs, fragments removed. */
  links: string[];
  /** Largest Contentful Paint in milliseconds after navigation start, or null if none was reported. */
  lcpMs: number | null;
  /**
   * When the first chart or map (an SVG or canvas in a .wm-figure) was in the page, in ms, or null.
   * LCP ignores SVG drawings, so for a map page this is the closer measure of "ready to read".
   */
  firstFigureMs: number | null;
  axe: AxeViolation[] | null;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

// Every page of a site loads the same bundles and topology: each body is gzipped once per process.
const gzippedSizes = new Map<string, number>();

/** The size a host that gzips text types sends: gzip for text, as-is for binary (PNG, Parquet…). */
export function transferSize(body: Buffer, contentType: string): number {
  if (!COMPRESSIBLE.test(contentType)) return body.length;
  const key = createHash("sha256").update(body).digest("hex");
  let size = gzippedSizes.get(key);
  if (size === undefined) gzippedSizes.set(key, (size = gzipSync(body, {level: 6}).length));
  return size;
}

// Runs before any page script, outside the page's CSP (it is injected by the browser driver).
const OBSERVERS = `
window.__wm = {lcp: null, figure: null, csp: [], mutations: 0};
new MutationObserver(() => window.__wm.mutations++)
  .observe(document, {childList: true, subtree: true, attributes: true, characterData: true});
new MutationObserver((_, observer) => {
  if (document.querySelector(".wm-figure svg, .wm-figure canvas")) {
    window.__wm.figure = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
document.addEventListener("securitypolicyviolation", (e) => window.__wm.csp.push(
  e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber
));
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__wm.lcp = e.startTime; })
  .observe({type: "largest-contentful-paint", buffered: true});
`;

// Runs in the page: every drawing bigger than an icon must be a figure() with its text alternative.
const FIGURE_CHECK = `(() => {
  const problems = [];
  const classes = (el) =>
    (el.getAttribute("class") || "").trim().split(/\\s+/).filter(Boolean).map((c) => "." + c).join("");
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + classes(el);
  for (const el of document.querySelectorAll("#observablehq-main svg, #observablehq-main canvas")) {
    if (el.parentElement && el.parentElement.closest("svg")) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 120 || box.height < 60) continue;
    if (el.hasAttribute("data-wm-thumbnail")) {
      // A preview of a map shown in full, with its table, on the page it links to: it needs a name.
      const name = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || "";
      const named = el.getAttribute("role") === "img" && name.trim();
      if (!named) problems.push(describe(el) + " is a thumbnail without role=img and a name");
      continue;
    }
    const figure = el.closest("figure.wm-figure");
    if (!figure) {
      problems.push(describe(el) + " is a chart or map outside figure(): no title, summary or data table");
      continue;
    }
    const lacks = (problem) => problems.push(describe(figure) + problem);
    if (!figure.querySelector(".wm-figure-summary")?.textContent.trim()) lacks(" has no summary sentence");
    if (!figure.querySelector("details.data-table table")) lacks(" has no data table");
    if (!figure.querySelector("[role=img][aria-labelledby]")) lacks(" has no named graphic (role=img)");
  }
  return problems;
})()`;

// Runs in the page after the network is idle: resolves true once the DOM has not changed for two
// animation frames, so the last charts are drawn and painted (and LCP reported) whatever the
// machine's speed, without a fixed wait; false if it still changes after 600 frames.
const SETTLED = `new Promise((resolve) => {
  let seen = -1;
  let quiet = 0;
  let frames = 0;
  const frame = () => {
    quiet = window.__wm.mutations === seen ? quiet + 1 : 0;
    seen = window.__wm.mutations;
    if (quiet >= 2 || ++frames >= 600) resolve(quiet >= 2);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

export interface InspectOptions {
  /** Run axe-core on the rendered page. */
  axe?: boolean;
  viewport?: {width: number; height: number};
  /** The HTTP status the page itself should answer with (404 for an unknown address). */
  status?: number;
  /** Emulate a phone on a slow mobile network (see SLOW_4G). */
  throttle?: boolean;
}

/**
 * Lighthouse's "slow 4G" mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up and a
 * CPU four times slower than the machine's.
 */
export const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4
};

/** Loads `url` in a new browser context (an empty cache, as for a reader's first view) and reports on it. */
export async function inspectPage(browser: Browser, url: string, options: InspectOptions = {}): Promise<PageReport> {
  const context = await browser.newContext({viewport: options.viewport ?? DEFAULT_VIEWPORT});
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    if (options.throttle) {
      const cdp = await context.newCDPSession(page);
      const {cpuSlowdown, ...network} = SLOW_4G;
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {offline: false, ...network});
      await cdp.send("Emulation.setCPUThrottlingRate", {rate: cpuSlowdown});
    }
    return await inspect(page, url, options);
  } finally {
    await context.close();
  }
}

export interface PageInspector {
  /** inspectPage's report, from a page that has no cache, cookies or storage left from the last. */
  inspect(url: string, options?: Omit<InspectOptions, "throttle">): Promise<PageReport>;
  close(): Promise<void>;
}

/**
 * Inspects many pages, several at a time, in a few tabs that stay open (tabs.ts), each page as on a
 * reader's first view. Its timings are not a first view's: the tab has compiled the site's scripts
 * before (inspectPage's are).
 */
export function pageInspector(browser: Browser): PageInspector {
  const idle: Page[] = [];
  const open: Page[] = [];
  const newTab = async () => {
    const page = await openTab(browser);
    await page.addInitScript(OBSERVERS);
    open.push(page);
    return page;
  };
  return {
    async inspect(url, options = {}) {
      const page = idle.pop() ?? (await newTab());
      try {
        await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
        return await inspect(page, url, options);
      } finally {
        await resetTab(page);
        idle.push(page);
      }
    },
    async close() {
      await Promise.all(open.map((page) => page.context().close()));
    }
  };
}

/** Loads `url` in `page`, which has the OBSERVERS init script, and reports on it. */
async function inspect(page: Page, url: string, options: InspectOptions): Promise<PageReport> {
  const origin = new URL(url).origin;
  const requests: RequestRecord[] = [];
  const external: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const listeners = {
    request: (request: Request) => {
      const u = request.url();
      if (!u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin) external.push(u);
    },
    requestfailed: (request: Request) => {
      if (request.url().startsWith(origin))
        failed.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`);
    },
    response: (response: Response) => {
      const u = response.url();
      if (!u.startsWith(origin)) return;
      if (response.status() >= 400 && u !== url) failed.push(`${u} (${response.status()})`);
      pending.push(
        response.body().then(
          (body) =>
            void requests.push({
              url: u,
              status: response.status(),
              transferBytes: transferSize(body, response.headers()["content-type"] ?? "")
            }),
          () => undefined // redirects and aborted loads have no body
        )
      );
    },
    pageerror: (error: Error) => errors.push(`uncaught: ${error.message}`),
    console: (message: ConsoleMessage) => {
      // Failed loads are reported, with their URL, by the response listeners above.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        errors.push(`console: ${message.text()}`);
    }
  };
  page.on("request", listeners.request);
  page.on("requestfailed", listeners.requestfailed);
  page.on("response", listeners.response);
  page.on("pageerror", listeners.pageerror);
  page.on("console", listeners.console);
  try {
    return await report(page, url, options, {requests, external, failed, errors, pending});
  } finally {
    page.off("request", listeners.request);
    page.off("requestfailed", listeners.requestfailed);
    page.off("response", listeners.response);
    page.off("pageerror", listeners.pageerror);
    page.off("console", listeners.console);
  }
}

interface Recorded {
  requests: RequestRecord[];
  external: string[];
  failed: string[];
  errors: string[];
  pending: Promise<void>[];
}

async function report(page: Page, url: string, options: InspectOptions, recorded: Recorded): Promise<PageReport> {
  const {requests, external, failed, errors, pending} = recorded;
  const response = await page.goto(url, {waitUntil: "networkidle"});
  if (!response || response.status() !== (options.status ?? 200))
    failed.push(`${url} (${response?.status() ?? "no response"}, expected ${options.status ?? 200})`);
  const settled = await page.evaluate(SETTLED);
  if (!settled) errors.push("the page was still changing its DOM 600 animation frames after the network went idle");
  await Promise.all(pending);
  const state = (await page.evaluate("window.__wm")) as {lcp: number | null; figure: number | null; csp: string[]};
  const links = (
    await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href.replace(/#.*$/, "")))
  ).filter(Boolean);

  const figureProblems = (await page.evaluate(FIGURE_CHECK)) as string[];
  const cookies = (await page.context().cookies()).map((c) => c.name);
  const violations = options.axe ? await axeViolations(page) : null;
  requests.sort((a, b) => a.url.localeCompare(b.url));
  return {
    url,
    requests,
    transferBytes: requests.reduce((sum, r) => sum + r.transferBytes, 0),
    external,
    failed,
    cspViolations: state.csp,
    errors,
    cookies,
    figureProblems,
    links: [...new Set(links)].sort(),
    lcpMs: state.lcp,
    firstFigureMs: state.figure,
    axe: violations
  };
}
