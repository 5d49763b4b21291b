// Browser tabs that stay open from one page to the next, for the publish gates and the browser tests.
// A new tab starts a renderer process and compiles the site's scripts again: about twice the CPU of
// loading a page in a tab that is already open. A tab here has its cache off, and resetTab leaves it
// with no cookies or storage, so every page still loads as on a reader's first visit.
import type {Browser, BrowserContextOptions, Page} from "playwright-core";

export const DEFAULT_VIEWPORT = {width: 1280, height: 900};

/** A tab in a browser context of its own (`options` are the context's), with its cache off. */
export async function openTab(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({viewport: DEFAULT_VIEWPORT, ...options});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
  return page;
}

/**
 * Leaves `page` blank, with no cookies and no storage. Framework saves the sidebar's state in
 * sessionStorage as a page unloads, so the storage is cleared after the page's own unload listeners.
 */
export async function resetTab(page: Page): Promise<void> {
  await page
    .evaluate(() =>
      addEventListener("beforeunload", () => {
        sessionStorage.clear();
        localStorage.clear();
      })
    )
    .catch(() => undefined); // about:blank, or a page that never loaded: nothing stored
  await page.goto("about:blank");
  await page.context().clearCookies();
}
