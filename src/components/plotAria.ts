import {elementsByTagName} from "./dom.js";

/**
 * Plot labels each mark's <g> with aria-label ("geo", "dot", "tip"). Inside a figure whose graphic
 * is role="img" those labels are not allowed (axe: aria-prohibited-attr) and are never read, so
 * they are removed; the figure's title and summary name and describe the graphic instead.
 */
export function asImage<T extends Element>(graphic: T): T {
  for (const g of elementsByTagName(graphic, "g")) g.removeAttribute("aria-label");
  if (graphic.tagName.toLowerCase() === "g") graphic.removeAttribute("aria-label");
  return graphic;
}
