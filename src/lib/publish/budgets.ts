import {EMBED_FOLDER, embedSource} from "../render/embedNames.js";
import {pageUrlPath} from "./html.js";

/** The kinds of page the site has, each with its own transfer budget and benchmark row. */
export type PageKind = "home" | "story" | "ward" | "risk-index" | "deprivation" | "other";

/**
 * Which kind a built page is, from its path in dist/ ("index.html", "stories/aston.html"…). An embed
 * page is of the kind of the page its figure comes from: it weighs what that figure weighs there.
 */
export function pageKind(file: string): PageKind {
  const path = pageUrlPath(file);
  const embedded = new RegExp(`^${EMBED_FOLDER}/([^/]+)$`).exec(path);
  if (embedded) return pageKind(`${embedSource(embedded[1]).page}.html`);
  if (path === "") return "home";
  if (/^stories\/[^/]+$/.test(path)) return "story";
  if (/^wards\/[^/]+$/.test(path)) return "ward";
  if (path === "risk-index" || path === "risk-index/") return "risk-index";
  if (path === "deprivation" || path === "deprivation/") return "deprivation";
  return "other";
}

const KB = 1024;

/**
 * Each kind's budget for a first view: every byte a reader with an empty cache downloads until
 * the page is idle, gzip-compressed where a host would compress it (see measure.ts). These are
 * issue 10's budgets for readers on a phone with limited data, now that every figure is drawn at
 * build time: story and ward pages 100 KB, home 150 KB, the risk index and the deprivation map
 * 250 KB (their maps and tables cover all 357 neighbourhoods and 1,719 LSOAs). Other pages (the
 * lists, the method and sources pages, the borough comparison) share the home page's 150 KB.
 */
export const TRANSFER_BUDGETS: Record<PageKind, number> = {
  home: 150 * KB,
  story: 100 * KB,
  ward: 100 * KB,
  "risk-index": 250 * KB,
  deprivation: 250 * KB,
  other: 150 * KB
};

/** On the slow-4G phone profile (measure.ts SLOW_4G), the first figure of every kind of page is in view by then. */
export const FIRST_FIGURE_SLOW_4G_MS = 2000;
/** A clean build (Framework's cache cleared) on two cores. */
export const CLEAN_BUILD_SECONDS = 60;

/** Seconds from saving a one-sentence edit to a story's steps.md to the dev server's page showing it. */
export const PREVIEW_EDIT_SECONDS = 2;

/** A page's budget; `overrides` lets a page that must be heavier say so by its path in dist/. */
export function transferBudget(file: string, overrides: Record<string, number> = {}): number {
  return overrides[file] ?? TRANSFER_BUDGETS[pageKind(file)];
}
