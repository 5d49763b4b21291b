import {enhanceTables} from "./sortable.js";
import {enhanceTips} from "./tips.js";

/**
 * What the browser adds to a page drawn at build time: sorting for its data tables and tooltips for
 * its figures' marks. The page's one script calls it; without scripts the page is complete as it is.
 */
export function enhance(root: ParentNode = document): void {
  enhanceTables(root);
  enhanceTips(root);
}
