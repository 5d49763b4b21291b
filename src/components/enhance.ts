import {enhanceDecileKeys} from "./decileKey.js";
import {enhanceTables} from "./sortable.js";
import {absoluteEmbedCodes} from "./embedCode.js";
import {enhanceTips, restoreSelectedMark} from "./tips.js";
import {enhanceZoom} from "./zoom.js";

/**
 * The browser's part of a page drawn at build time (src/lib/render/page.ts): the figures, tables
 * and text are already in the HTML; this makes the tables sortable, the marks' <title>s tooltips
 * and the regional maps zoomable; a decile map's key outlines a decile's LSOAs; it restores the view
 * a shared link names (viewState.ts) and gives the embed snippets their full address. Nothing here
 * draws or downloads data.
 */
export function enhancePage(root: ParentNode = document): void {
  enhanceTables(root);
  enhanceTips(root);
  enhanceZoom(root);
  enhanceDecileKeys(root);
  restoreSelectedMark(root);
  absoluteEmbedCodes(root);
}
