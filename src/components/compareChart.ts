import * as Plot from "@observablehq/plot";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

/**
 * Series colours and symbols: Okabe–Ito hues that stay distinct for colour-blind readers, each with its own shape
 * so greyscale prints still separate them.
 */
export const SERIES_COLOURS = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7"];
export const SERIES_SYMBOLS = ["circle", "square", "triangle", "diamond", "cross"] as const;

export interface CompareOptions<T> {
  /** Category on the vertical axis (a measure or an age band). */
  category: (row: T) => string;
  /** The comparison series (the area, its district, the region…), in legend order. */
  series: (row: T) => string;
  seriesOrder: readonly string[];
  value: (row: T) => number | null;
  /** Axis label, with units. */
  label: string;
  format: (value: number) => string;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** Categories in display order (default: first appearance). */
  categories?: readonly string[];
  /** A reference value drawn as a dashed line (e.g. 100 for an index). */
  reference?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** A rough average width of a character of figure text, in px, for laying out labels. */
const CHARACTER = FIGURE_FONT_SIZE * 0.58;
/** Below this width a dot plot's measure names go above their rows instead of beside them. */
const STACK_BELOW = 480;

/**
 * Values of several areas for several measures as a dot plot: one row per measure, one symbol per
 * area, so the eye compares the area with its references along a shared scale. At a wide size the
 * measures' names are beside the rows (wrapped to at most 40% of the width); on a narrow one they
 * are above them, so the scale keeps the whole width. The axis label wraps to fit.
 */
export function compareDots<T>(
  rows: readonly T[],
  {
    category,
    series,
    seriesOrder,
    value,
    label,
    format,
    width = WIDE,
    categories,
    reference,
    document = globalThis.document
  }: CompareOptions<T>
): SVGSVGElement | HTMLElement {
  const domain = categories ?? [...new Set(rows.map(category))];
  const shown = rows.filter((r) => value(r) !== null);
  const stacked = width < STACK_BELOW;
  const longest = Math.max(...domain.map((d) => d.length)) * CHARACTER;
  const marginLeft = stacked ? 12 : Math.round(Math.min(12 + longest, width * 0.4));
  const marginRight = 16;
  const rowHeight = stacked ? 58 : 44;
  // Lines of the axis label at this width, to leave room for them under the ticks.
  const labelLines = Math.ceil((label.length * CHARACTER) / (width - marginLeft - marginRight));
  const marginBottom = 30 + labelLines * 16;
  return Plot.plot({
    document,
    width,
    height: (stacked ? 4 : 10) + marginBottom + domain.length * rowHeight,
    marginTop: stacked ? 4 : 10,
    marginLeft,
    marginRight,
    marginBottom,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {label: null, grid: true, zero: true, tickFormat: format},
    y: {domain, label: null},
    color: {domain: seriesOrder, range: SERIES_COLOURS},
    // One legend showing each series' colour and shape together.
    symbol: {domain: seriesOrder, range: SERIES_SYMBOLS, legend: true},
    marks: [
      stacked
        ? Plot.axisY({
            label: null,
            tickSize: 0,
            tickPadding: 0,
            textAnchor: "start",
            dy: -rowHeight / 3,
            lineWidth: (width - marginLeft - marginRight) / FIGURE_FONT_SIZE
          })
        : Plot.axisY({label: null, tickSize: 0, lineWidth: (marginLeft - 8) / FIGURE_FONT_SIZE}),
      Plot.text([label], {
        frameAnchor: "bottom-left",
        lineAnchor: "top",
        dy: 26,
        lineWidth: (width - marginLeft - marginRight) / FIGURE_FONT_SIZE,
        fontSize: FIGURE_FONT_SIZE
      }),
      ...(reference === undefined ? [] : [Plot.ruleX([reference], {stroke: "#1b1b1b", strokeDasharray: "4 3"})]),
      Plot.ruleY(domain, {stroke: "#d0d0d0"}),
      Plot.dot(shown, {
        x: value,
        y: category,
        fill: series,
        symbol: series,
        stroke: "white",
        strokeWidth: 0.8,
        r: 6,
        title: (r: T) => `${series(r)}\n${category(r)}: ${format(value(r)!)}`
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}

/**
 * One series as bars and a reference as black ticks, per category: e.g. the area's age profile
 * against the region's.
 */
export function barsWithReference<T>(
  rows: readonly T[],
  {
    category,
    bar,
    reference,
    label,
    format,
    width = WIDE,
    barLabel,
    referenceLabel,
    document = globalThis.document
  }: {
    category: (row: T) => string;
    bar: (row: T) => number;
    reference: (row: T) => number;
    label: string;
    format: (v: number) => string;
    width?: number;
    barLabel: string;
    referenceLabel: string;
    document?: Document;
  }
): SVGSVGElement | HTMLElement {
  const domain = rows.map(category);
  return Plot.plot({
    document,
    width,
    height: 50 + domain.length * 26,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    marginLeft: 60,
    x: {label, grid: true, tickFormat: format},
    y: {domain, label: null},
    marks: [
      Plot.barX(rows, {
        x: bar,
        y: category,
        fill: SERIES_COLOURS[1],
        title: (r: T) => `${category(r)}\n${barLabel}: ${format(bar(r))}\n${referenceLabel}: ${format(reference(r))}`
      }),
      Plot.tickX(rows, {x: reference, y: category, stroke: SERIES_COLOURS[0], strokeWidth: 3}),
      Plot.ruleX([0])
    ]
  }) as SVGSVGElement | HTMLElement;
}
