// Shared set-up for browser tests: Chromium and the built site (src/lib/publish/browser.ts), and
// whether the tests can run at all.
import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {CHROMIUM, DIST, launch, startSite} from "../../src/lib/publish/browser.js";
import {openTab, resetTab} from "../../src/lib/publish/tabs.js";

/**
 * Whether browser tests can run. In CI a missing browser or build is an error, not a skip,
 * so the browser suite can never pass by not running.
 */
export function browserTestsAvailable(): boolean {
  const missing = [
    !existsSync(CHROMIUM) && `Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
    !existsSync(join(DIST, "index.html")) && `a built site in ${DIST} (npm run build)`
  ].filter(Boolean);
  if (missing.length === 0) return true;
  const message = `browser tests need ${missing.join(" and ")}`;
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping browser tests: ${message}.`);
  return false;
}

/** The viewport of a page playwright opens without one. */
const PLAYWRIGHT_VIEWPORT = {width: 1280, height: 720};

export interface VisitOptions {
  viewport?: {width: number; height: number};
  javaScriptEnabled?: boolean;
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
}

/**
 * Starts the site and Chromium before the suite's tests and stops both after them. Call inside a
 * describe block; read `ctx.browser` and `ctx.site` in the tests. `ctx.tab()` is a tab the file's
 * tests share (one with JavaScript, one without: see src/lib/publish/tabs.ts for why), blank and
 * without cookies, storage or the listeners the last test added; `ctx.visit(path)` loads a page of
 * the site in it. Tests leave the tab open. A test that needs a tab of its own (touch, reduced
 * motion, a second page at once) makes one with ctx.browser.
 */
export function useSiteAndBrowser(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}) {
  const tabs = new Map<boolean, Page>();
  const ctx = {
    async tab(options: Omit<VisitOptions, "waitUntil"> = {}): Promise<Page> {
      const {viewport = PLAYWRIGHT_VIEWPORT, javaScriptEnabled = true} = options;
      let tab = tabs.get(javaScriptEnabled);
      if (!tab || tab.isClosed()) tabs.set(javaScriptEnabled, (tab = await openTab(ctx.browser, {javaScriptEnabled})));
      else {
        tab.removeAllListeners();
        await resetTab(tab);
      }
      await tab.setViewportSize(viewport);
      return tab;
    },
    async visit(path: string, options: VisitOptions = {}): Promise<Page> {
      const tab = await ctx.tab(options);
      await tab.goto(new URL(path, ctx.site.url).href, {waitUntil: options.waitUntil ?? "load"});
      return tab;
    }
  } as {
    browser: Browser;
    site: Awaited<ReturnType<typeof startSite>>;
    tab: (options?: Omit<VisitOptions, "waitUntil">) => Promise<Page>;
    visit: (path: string, options?: VisitOptions) => Promise<Page>;
  };
  hooks.beforeAll(async () => {
    ctx.site = await startSite();
    ctx.browser = await launch();
  });
  hooks.afterAll(async () => {
    await ctx.browser?.close();
    ctx.site?.server.close();
  });
  return ctx;
}
