import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {hasDeferred, restoreGraphics} from "../render/deferred.js";
import {listPages} from "./site.js";

/** Where the generation step keeps a page's deferred graphics: <dir>/<page loader target>.json. */
export function deferredGraphicsFile(dir: string, target: string): string {
  return join(dir, `${target}.json`);
}

/**
 * Puts back into every built page the graphics that the generation step kept out of Framework's
 * passes (render/deferred.ts). Returns how many pages had some.
 */
export function restoreSiteGraphics(siteDir: string, graphicsDir: string): number {
  let restored = 0;
  for (const page of listPages(siteDir)) {
    const path = join(siteDir, page);
    const html = readFileSync(path, "utf8");
    if (!hasDeferred(html)) continue;
    const file = deferredGraphicsFile(graphicsDir, page.replace(/\.html$/, ".md"));
    if (!existsSync(file)) throw new Error(`${page}: its graphics (${file}) are missing; build again`);
    writeFileSync(path, restoreGraphics(html, JSON.parse(readFileSync(file, "utf8")) as string[], page));
    restored++;
  }
  return restored;
}
