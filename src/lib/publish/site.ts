import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {localReferences, transformPage} from "./html.js";

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Applies the page transforms to every HTML file of a built site. */
export function transformSite(dir: string): number {
  const pages = listFiles(dir).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const path = join(dir, page);
    writeFileSync(path, transformPage(readFileSync(path, "utf8")));
  }
  return pages.length;
}

/**
 * References from built pages to files that do not exist, as `page: url`. Clean URLs
 * ("./sources") resolve to "sources.html" or "sources/index.html".
 */
export function missingReferences(dir: string): string[] {
  const problems: string[] = [];
  for (const page of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(join(dir, page), "utf8");
    for (const ref of localReferences(html)) {
      const target = ref.startsWith("/") ? join(dir, ref) : resolve(dirname(join(dir, page)), ref);
      const candidates = [target, `${target}.html`, join(target, "index.html")];
      if (!candidates.some((c) => existsSync(c) && statSync(c).isFile())) problems.push(`${page}: ${ref}`);
    }
  }
  return problems;
}
