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
 * home and other: measured 2026-11-21 (home 60 KB, the deprivation map 1,095 KB with its
 * 1,719-neighbourhood map, sources 70 KB) plus headroom. story, ward and risk-index: the target
 * of 400 KB for a story's first view, to be re-measured once those pages exist.
 * Budgets are in bytes.
 */
export const TRANSFER_BUDGETS: Record<PageKind, number> = {
  home: 400 * KB,
  story: 400 * KB,
  ward: 400 * KB,
  "risk-index": 400 * KB,
  other: 1300 * KB
};

/** A page's budget; `overrides` lets a page that must be heavier say so by its path in dist/. */
export function transferBudget(file: string, overrides: Record<string, number> = {}): number {
  return overrides[file] ?? TRANSFER_BUDGETS[pageKind(file)];
}
