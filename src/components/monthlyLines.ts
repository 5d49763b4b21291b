import * as Plot from "@observablehq/plot";
import {SERIES_COLOURS, SERIES_SYMBOLS} from "./compareChart.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export interface MonthlyLinesOptions<T> {
  /** The month of a row, "2025-01". */
  month: (row: T) => string;
  /** The series a row belongs to (a crime type), drawn in `seriesOrder`'s colours and symbols. */
  series: (row: T) => string;
  seriesOrder: readonly string[];
  /** The value, or null for a month that is not shown: the line breaks there and no mark says why. */
  value: (row: T) => number | null;
  /** The vertical axis' label. */
  label: string;
  /** A mark's tooltip. */
  title: (row: T) => string;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * Monthly values as lines with a symbol on each shown month, one line per series (colour and shape,
 * so they read in greyscale). A null value breaks its line: nothing on the chart stands for it.
 */
export function monthlyLines<T>(
  rows: readonly T[],
  {
    month,
    series,
    seriesOrder,
    value,
    label,
    title,
    width = WIDE,
    document = globalThis.document
  }: MonthlyLinesOptions<T>
): SVGSVGElement | HTMLElement {
  const shown = rows.filter((r) => value(r) !== null);
  const x = (r: T) => monthDate(month(r));
  return Plot.plot({
    document,
    width,
    height: width < WIDE ? 240 : 300,
    marginLeft: 48,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {type: "utc", label: null, ticks: width < WIDE ? 4 : 8},
    y: {label, grid: true, zero: true},
    color: {domain: seriesOrder, range: SERIES_COLOURS},
    symbol: {domain: seriesOrder, range: SERIES_SYMBOLS},
    marks: [
      Plot.ruleY([0]),
      // Undefined, not null, so Plot breaks the line there rather than drawing it through zero.
      Plot.line(rows, {x, y: (r) => value(r) ?? undefined, z: series, stroke: series, strokeWidth: 2}),
      Plot.dot(shown, {x, y: value, fill: series, symbol: series, r: 3.5, title})
    ]
  }) as SVGSVGElement | HTMLElement;
}
