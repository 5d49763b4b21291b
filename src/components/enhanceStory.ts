import {enhanceDecileKeys} from "./decileKey.js";
import {absoluteEmbedCodes} from "./embedCode.js";
import {scrolly} from "./scrolly.js";
import {enhanceTables} from "./sortable.js";
import {enhanceTips} from "./tips.js";

/**
 * All a story page's browser code does: its figures, tables and text are in the built HTML, so the
 * browser only adds table sorting, tooltips on the figures' marks, the decile maps' keys, the
 * scrollytelling steps (whose address names the step in view) and the embed snippets' full addresses.
 */
export function enhanceStory(root: HTMLElement): void {
  enhanceTables(root);
  enhanceTips(root);
  enhanceDecileKeys(root);
  scrolly(root);
  absoluteEmbedCodes(root);
}
