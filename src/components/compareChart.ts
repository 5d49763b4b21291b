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
  /** Draw the series legend with the chart (default true); false when the figure shows it (seriesLegend). */
  legend?: boolean;
  /**
   * Where the category names go: "left" of the rows (default), or "above" each row across the whole
   * width, wrapped, for narrow charts where a left margin would leave no room for the dots.
   */
  categoryLabels?: "left" | "above";
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** Category names left of the rows, in a margin as wide as the longest needs (180 px at most), wrapped to fit it. */
function labelsLeft(domain: readonly string[]) {
  const marginLeft = Math.min(180, 8 + Math.max(...domain.map((d) => d.length)) * 6.5);
  return {
    frame: {height: 60 + domain.length * 44, marginLeft},
    y: {},
    // Plot measures lines in ems: the margin's width in ems, less the tick padding, so no name is cut off.
    labels: Plot.axisY({lineWidth: (marginLeft - 12) / FIGURE_FONT_SIZE, label: null, tickSize: 0})
  };
}

/**
 * Category names above their rows, from the left edge, wrapped to the width: rows are spaced for
 * the longest name. Plot measures lines in ems of about two characters; a little is kept in hand.
 * Spread `frame` into the plot's options, `y` into its y scale's, and add `labels` to its marks.
 */
export function rowNamesAbove(domain: readonly string[], width: number) {
  const lineWidth = ((width - 24) / FIGURE_FONT_SIZE) * 0.9;
  const lines = Math.max(...domain.map((d) => Math.ceil(d.length / (lineWidth * 1.8))));
  return {
    // The first row's name needs room above it: half a row is not enough for several lines.
    frame: {
      height: 58 + 8 * lines + domain.length * (30 + 16 * lines),
      marginTop: 8 + 8 * lines,
      marginLeft: 12,
      marginRight: 12
    },
    y: {axis: null},
    labels: Plot.text(domain, {
      y: (d: string) => d,
      text: (d: string) => d,
      frameAnchor: "left",
      textAnchor: "start",
      lineAnchor: "bottom",
      lineWidth,
      dy: -10,
      fill: "currentColor"
    })
  };
}

/**
 * Values of several areas for several measures as a dot plot: one row per measure, one symbol per
 * area, so the eye compares the area with its references along a shared scale.
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
    legend = true,
    categoryLabels = "left",
    document = globalThis.document
  }: CompareOptions<T>
): SVGSVGElement | HTMLElement {
  const domain = categories ?? [...new Set(rows.map(category))];
  const shown = rows.filter((r) => value(r) !== null);
  const layout = categoryLabels === "above" ? rowNamesAbove(domain, width) : labelsLeft(domain);
  return Plot.plot({
    document,
    width,
    ...layout.frame,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {label, grid: true, zero: true, tickFormat: format},
    y: {domain, label: null, ...layout.y},
    color: {domain: seriesOrder, range: SERIES_COLOURS},
    // One legend showing each series' colour and shape together.
    symbol: {domain: seriesOrder, range: SERIES_SYMBOLS, legend},
    marks: [
      layout.labels,
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
