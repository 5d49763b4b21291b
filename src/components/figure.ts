import {elementsByTagName, hyperscript, uid, type Child} from "./dom.js";

export interface FigureOptions {
  title: string;
  /** One sentence computed from the data: the figure's text alternative. */
  summary: string;
  /** The chart or map (Plot output, SVG, or the width variants of `responsive`). */
  graphic: Element;
  /** Legend, shown above the graphic. */
  legend?: Element | null;
  /** Data table (usually from dataTable), or several (a map's areas and the areas outlined on it). */
  table?: Element | Element[];
  /** Where the numbers come from. */
  source: Child;
  /** Units of the values shown, e.g. "rate per 1,000 at-risk population". */
  units?: string;
  /** Prefix of the figure's ids, unique in the page (default: a counter). Give one at build time,
   * so the same page always gets the same ids. */
  id?: string;
  /** The document to create elements in (default: the page's; a server-side DOM at build time). */
  document?: Document;
  /** Level of the title's heading: 2 for a figure that comes straight after the page's h1 (default 3). */
  headingLevel?: 2 | 3;
}

/** A copy of a child, so the same source can be shown in two places. */
const copyOf = (child: Child): Child =>
  Array.isArray(child) ? child.map(copyOf) : child instanceof Object ? (child as Node).cloneNode(true) : child;

/**
 * The source line under the graphic: in full on wide screens; on narrow ones, where a long list of
 * files can outgrow the chart, folded into a "Source" disclosure that opens without JavaScript.
 * Style.css shows one of the two (the other is display: none, so it is not read out twice).
 */
function sourceCaption(h: ReturnType<typeof hyperscript>, source: Child): HTMLElement {
  return h(
    "figcaption",
    {class: "wm-figure-source"},
    h("span", {class: "wm-source-wide"}, "Source: ", source),
    h("details", {class: "wm-source-narrow"}, h("summary", {}, "Source"), copyOf(source))
  );
}

/**
 * A chart or map with everything a reader needs: title, units, a summary sentence that also serves
 * as the graphic's accessible name, the graphic, a data table and the source line.
 */
export function figure({
  title,
  summary,
  graphic,
  legend,
  table,
  source,
  units,
  id = uid("figure"),
  document = globalThis.document,
  headingLevel = 3
}: FigureOptions): HTMLElement {
  const h = hyperscript(document);
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const images = graphic.classList.contains("wm-variants") ? [...graphic.children] : [graphic];
  for (const image of images) {
    image.setAttribute("role", "img");
    image.setAttribute("aria-labelledby", titleId);
    image.setAttribute("aria-describedby", summaryId);
    // The graphic is one image to assistive technology; Plot's aria-labels on its inner groups are
    // not allowed there (axe: aria-prohibited-attr) and would never be read.
    for (const inner of elementsByTagName(image, "*")) inner.removeAttribute("aria-label");
    // Some screen readers still read the text inside an image (tick labels as one run-on string):
    // the title and the summary announce the chart; its marks and axes are hidden from them.
    for (const part of [...image.children])
      if (part.tagName.toLowerCase() === "g") part.setAttribute("aria-hidden", "true");
  }
  if (legend) nameLegend(legend);
  return h(
    "figure",
    {class: "wm-figure", "aria-labelledby": titleId},
    h(headingLevel === 2 ? "h2" : "h3", {id: titleId, class: "wm-figure-title"}, title),
    units ? h("p", {class: "wm-figure-units"}, units) : null,
    h("p", {id: summaryId, class: "wm-figure-summary"}, summary),
    legend ?? null,
    graphic,
    sourceCaption(h, source),
    table ?? null
  );
}

/**
 * Plot's legends are unnamed to assistive technology: a swatch legend is a row of unnamed SVG
 * images, each before its label; a ramp is an SVG of tick text. A swatch legend becomes a list
 * named "Legend" whose items are the labels (the swatches are decoration: the data table carries
 * the values); a ramp becomes one image named by its label and ticks.
 */
function nameLegend(legend: Element): void {
  const swatches = legend.matches("[class$='-swatches'], [class*='-swatches ']")
    ? [legend]
    : [...legend.querySelectorAll("[class$='-swatches'], [class*='-swatches ']")];
  for (const list of swatches) {
    list.setAttribute("role", "list");
    list.setAttribute("aria-label", "Legend");
    for (const item of [...list.children]) {
      if (item.tagName.toLowerCase() === "style") continue;
      item.setAttribute("role", "listitem");
      for (const svg of elementsByTagName(item, "svg")) svg.setAttribute("aria-hidden", "true");
    }
  }
  const ramps = legend.tagName.toLowerCase() === "svg" ? [legend] : elementsByTagName(legend, "svg");
  for (const ramp of ramps) {
    if (ramp.closest("[role=list]")) continue;
    const texts = elementsByTagName(ramp, "text")
      .map((t) => t.textContent?.trim())
      .filter(Boolean);
    ramp.setAttribute("role", "img");
    ramp.setAttribute("aria-label", `Legend: ${texts.join(", ")}`);
    for (const part of [...ramp.children])
      if (part.tagName.toLowerCase() === "g") part.setAttribute("aria-hidden", "true");
  }
}
