// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, against the
// built site served from dist/ on loopback. No browser is ever downloaded.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {serveStatic} from "../../src/lib/publish/serve.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = join(import.meta.dirname, "..", "..", process.env.WM_DIST_DIR ?? "dist");

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
 * Whether browser tests can run. In CI a missing browser or build is an error, not a skip,
 * so the browser suite can never pass by not running.
 */
export function browserTestsAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `Chromium at ${CHROMIUM} (apt-get install -y chromium)`, !existsSync(join(DIST, "index.html")) && `a built site in ${DIST} (npm run build)`].filter(Boolean);
  if (missing.length === 0) return true;
  const message = `browser tests need ${missing.join(" and ")}`;
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping browser tests: ${message}.`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

export async function startSite(base = "/") {
  return serveStatic(DIST, {base});
}

/**
 * Starts the site and Chromium before the suite's tests and stops both after them. Call inside a
 * describe block; read `ctx.browser` and `ctx.site` in the tests.
 */
export function useSiteAndBrowser(hooks: {beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void}) {
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
