import * as Plot from "@observablehq/plot";
import {rowNamesAbove} from "./compareChart.js";
import {OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";
import {symbolLegend} from "./symbolLegend.js";

/** Fills that tell the two editions apart in print and greyscale: hollow before, filled after. */
const BEFORE_FILL = "white";
const AFTER_FILL = OUTLINE;

export interface ChangeOptions<T> {
  /** Row label on the vertical axis (e.g. an LSOA's name). */
  category: (row: T) => string;
  before: (row: T) => number;
  after: (row: T) => number;
  /** Names of the two values in tooltips and the legend, e.g. "IoD2019" and "IoD2025". */
  beforeLabel: string;
  afterLabel: string;
  /** Axis label, with units. */
  label: string;
  /** The scale's extent, e.g. [1, 10] for deciles (one tick per whole number). */
  domain: [number, number];
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/**
 * A value at two dates per row, as a hollow dot (before) joined by an arrow to a filled dot
 * (after): e.g. each LSOA's IMD decile in 2019 and 2025. Each row's name is above it.
 */
export function changeDots<T>(
  rows: readonly T[],
  {
    category,
    before,
    after,
    beforeLabel,
    afterLabel,
    label,
    domain,
    width = WIDE,
    document = globalThis.document
  }: ChangeOptions<T>
): SVGSVGElement | HTMLElement {
  const names = rows.map(category);
  const title = (r: T) => `${category(r)}\n${beforeLabel}: ${before(r)}\n${afterLabel}: ${after(r)}`;
  // Names above their rows, as in compareDots, so the scale has the whole width even on a phone.
  const layout = rowNamesAbove(names.length ? names : [""], width);
  return Plot.plot({
    document,
    width,
    ...layout.frame,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {domain, ticks: domain[1] - domain[0], label, grid: true},
    y: {domain: names, label: null, ...layout.y},
    marks: [
      layout.labels,
      Plot.ruleY(names, {stroke: "#d0d0d0"}),
      Plot.link(rows, {x1: before, x2: after, y1: category, y2: category, stroke: "#6f777b", markerEnd: "arrow"}),
      Plot.dot(rows, {x: before, y: category, fill: BEFORE_FILL, stroke: OUTLINE, r: 5, title}),
      Plot.dot(rows, {x: after, y: category, fill: AFTER_FILL, stroke: OUTLINE, r: 5, title})
    ]
  }) as SVGSVGElement | HTMLElement;
}

/** The legend of changeDots: which dot is which date. */
export function changeLegend(beforeLabel: string, afterLabel: string, {document}: {document?: Document} = {}): Element {
  return symbolLegend(
    [
      {label: beforeLabel, symbol: "circle", fill: BEFORE_FILL},
      {label: afterLabel, symbol: "circle", fill: AFTER_FILL}
    ],
    {stroke: OUTLINE, document}
  );
}
