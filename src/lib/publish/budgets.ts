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
 * Measured 2026-11-21 (test/browser/gates.test.ts prints every page's figure): home 25 KB,
 * sources 28 KB, 404 25 KB, the deprivation map 606 KB (its 1,719-neighbourhood topology and
 * Parquet table are most of it), each story 235–236 KB, the stories index 33 KB. other: 800 KB,
 * the deprivation map plus 30%. story, ward and risk-index: the target of 400 KB for a story's
 * first view; home the same, as it will carry the explorer's map. Re-measure once the ward and
 * risk index pages exist. Budgets are in bytes.
 */
export const TRANSFER_BUDGETS: Record<PageKind, number> = {
  home: 400 * KB,
  story: 400 * KB,
  ward: 400 * KB,
  "risk-index": 400 * KB,
  other: 800 * KB
};

/** A page's budget; `overrides` lets a page that must be heavier say so by its path in dist/. */
export function transferBudget(file: string, overrides: Record<string, number> = {}): number {
  return overrides[file] ?? TRANSFER_BUDGETS[pageKind(file)];
}
