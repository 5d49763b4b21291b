// Shared set-up for browser tests: Chromium and the built site (src/lib/publish/browser.ts), and
// whether the tests can run at all.
import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {CHROMIUM, DIST, launch, startSite} from "../../src/lib/publish/browser.js";

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

/**
 * Starts the site and Chromium before the suite's tests and stops both after them. Call inside a
 * describe block; read `ctx.browser` and `ctx.site` in the tests.
 */
export function useSiteAndBrowser(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}) {
  const ctx = {} as {browser: Browser; site: Awaited<ReturnType<typeof startSite>>};
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
