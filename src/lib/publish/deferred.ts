import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {hasDeferred, restoreMarkup} from "../render/deferred.js";
import {listPages} from "./site.js";

/** Where the generation step keeps a page's deferred parts: <dir>/<page loader target>.json. */
export function deferredPartsFile(dir: string, target: string): string {
  return join(dir, `${target}.json`);
}

/**
 * Puts back into every built page the parts that the generation step kept out of Framework's
 * passes (render/deferred.ts). Returns how many pages had some.
 */
export function restoreDeferredParts(siteDir: string, partsDir: string): number {
  let restored = 0;
  for (const page of listPages(siteDir)) {
    const path = join(siteDir, page);
    const html = readFileSync(path, "utf8");
    if (!hasDeferred(html)) continue;
    const file = deferredPartsFile(partsDir, page.replace(/\.html$/, ".md"));
    if (!existsSync(file)) throw new Error(`${page}: its deferred parts (${file}) are missing; build again`);
    writeFileSync(path, restoreMarkup(html, JSON.parse(readFileSync(file, "utf8")) as string[], page));
    restored++;
  }
  return restored;
}
