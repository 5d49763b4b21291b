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

export async function launch(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

/** Serves the built site on a free loopback port, mounted at `base` as a static host would. */
export async function startSite(base = "/", dir = DIST) {
  return serveStatic(dir, {base});
}
