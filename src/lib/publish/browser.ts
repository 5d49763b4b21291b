// Debian's Chromium driven by playwright-core, and the built site served from dist/ on loopback:
// what the browser tests, the publish gates, the benchmark and the screenshot script share.
// No browser is ever downloaded.
import {join} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {serveStatic} from "./serve.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The built site: dist/, or WM_DIST_DIR (relative to the project) for a build made elsewhere. */
export const DIST = join(import.meta.dirname, "..", "..", "..", process.env.WM_DIST_DIR ?? "dist");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/**
 * Playwright gives up on a navigation, a locator or a load state after 30 s by default. On a busy
 * two-core machine a heavy page (the 1,719-LSOA maps, axe on a 14,000-element DOM) can take longer,
 * so every context of a browser from launch() waits up to this instead: a backstop for a page that
 * never gets there, never what decides a check on a slow machine.
 */
export const WAIT_MS = 80_000;

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  // browser.newPage() makes its context with newContext() too, so this covers every page.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(WAIT_MS);
    return context;
  };
  return browser;
}

/** Serves the built site on a free loopback port, mounted at `base` as a static host would. */
export async function startSite(base = "/", dir = DIST) {
  return serveStatic(dir, {base});
}
