import {listFiles} from "../util/files.js";

/** The pages of the site, from the files in src: fixed routes and patterns for [param] pages. */
export interface SiteRoutes {
  has(path: string): boolean;
}

/** Routes of `src`: "index.md" is "/", "a/b.md" and page loaders "a/b.md.ts" are "/a/b". */
export function siteRoutes(srcDir: string): SiteRoutes {
  const fixed = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of listFiles(srcDir)) {
    if (file.startsWith(".observablehq") || file.split("/").includes("node_modules")) continue;
    const page = /^(.*)\.md(\.(ts|js|py|sh))?$/.exec(file);
    if (!page) continue;
    const route = `/${page[1]}`.replace(/(^|\/)index$/, "$1");
    if (route.includes("["))
      patterns.push(new RegExp(`^${route.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\?\[[^\]]+\\?\]/g, "[^/]+")}$`));
    else fixed.add(route);
  }
  return {
    has(path: string) {
      const clean = path.replace(/[?#].*$/, "").replace(/\.html$/, "");
      return (
        fixed.has(clean) ||
        fixed.has(`${clean}/`) ||
        fixed.has(clean.replace(/\/$/, "") || "/") ||
        patterns.some((p) => p.test(clean))
      );
    }
  };
}
