import {pageUrlPath} from "./html.js";

/** The kinds of page the site has, each with its own transfer budget and benchmark row. */
export type PageKind = "home" | "story" | "ward" | "risk-index" | "other";

/** Which kind a built page is, from its path in dist/ ("index.html", "stories/aston.html"…). */
export function pageKind(file: string): PageKind {
  const path = pageUrlPath(file);
  if (path === "") return "home";
  if (/^stories\/[^/]+$/.test(path)) return "story";
  if (/^wards\/[^/]+$/.test(path)) return "ward";
  if (path === "risk-index" || path === "risk-index/") return "risk-index";
  return "other";
}

const KB = 1024;

/**
 * Each kind's budget for a first view: every byte a reader with an empty cache downloads until
 * the page is idle, gzip-compressed where a host would compress it (see measure.ts).
 * Measured 2026-11-21 on the merged site (test/browser/gates.test.ts prints every page's figure):
 * each story 235–236 KB (the target is at most 400 KB); home 426 KB, each ward profile
 * 422 KB and the risk index 466 KB, most of it the region's 1,719-LSOA topology that their maps
 * draw; the deprivation map 606 KB (topology plus the whole LSOA table). Budgets are the
 * measurement plus about 15%, so a regression fails while ordinary content edits pass; the
 * story budget stays at the 400 KB target. Budgets are in bytes.
 */
export const TRANSFER_BUDGETS: Record<PageKind, number> = {
  home: 490 * KB,
  story: 400 * KB,
  ward: 490 * KB,
  "risk-index": 540 * KB,
  other: 800 * KB
};

/** A page's budget; `overrides` lets a page that must be heavier say so by its path in dist/. */
export function transferBudget(file: string, overrides: Record<string, number> = {}): number {
  return overrides[file] ?? TRANSFER_BUDGETS[pageKind(file)];
}
