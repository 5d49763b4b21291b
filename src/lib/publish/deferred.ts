import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {hasDeferred, restoreMarkup} from "../render/deferred.js";
import {listFiles} from "../util/files.js";

/** Where the generation step keeps a page's deferred parts: <dir>/<page loader target>.json. */
export function deferredPartsFile(dir: string, target: string): string {
  return join(dir, `${target}.json`);
}

/**
 * Puts back into every built page (or those of `pages`) the parts that the generation step kept
 * out of Framework's passes (render/deferred.ts); `read` has the parts of pages already read.
 * Returns how many pages had some.
 */
export function restoreDeferredParts(
  siteDir: string,
  partsDir: string,
  {pages, read = new Map()}: {pages?: readonly string[]; read?: ReadonlyMap<string, readonly string[]>} = {}
): number {
  let restored = 0;
  // listPages (site.ts, which imports this module) when not given.
  for (const page of pages ?? listFiles(siteDir).filter((f) => f.endsWith(".html"))) {
    const path = join(siteDir, page);
    const html = readFileSync(path, "utf8");
    if (!hasDeferred(html)) continue;
    const file = deferredPartsFile(partsDir, page.replace(/\.html$/, ".md"));
    const parts = read.get(page) ?? (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as string[]));
    if (!parts) throw new Error(`${page}: its deferred parts (${file}) are missing; build again`);
    writeFileSync(path, restoreMarkup(html, parts, page));
    restored++;
  }
  return restored;
}
