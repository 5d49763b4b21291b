import * as Plot from "@observablehq/plot";
import {DECILE_SCHEME} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export interface HeatTableOptions<T> {
  /** Column (across) and row (down) of a cell. */
  column: (cell: T) => string;
  row: (cell: T) => string;
  value: (cell: T) => number;
  format: (value: number) => string;
  /** Columns and rows in display order (default: first appearance). */
  columns?: readonly string[];
  rows?: readonly string[];
  /** Drawn width in px (default WIDE). */
  width?: number;
  document?: Document;
}

const LABEL_HEIGHT = 20;
const CELL_HEIGHT = 28;
/** Average width of a character at the figures' text size, for laying out labels. */
const CHARACTER_WIDTH = FIGURE_FONT_SIZE * 0.62;

/**
 * A table of values shaded by size (darker = larger), each cell showing its value. Every row's
 * name is written above its cells across the full width, and column names are turned upright
 * when they do not fit across, so nothing overlaps at 300 px or at 640 px.
 */
export function heatTable<T>(
  cells: readonly T[],
  {column, row, value, format, columns, rows, width = WIDE, document = globalThis.document}: HeatTableOptions<T>
): SVGSVGElement | HTMLElement {
  const xDomain = columns ?? [...new Set(cells.map(column))];
  const yDomain = rows ?? [...new Set(cells.map(row))];
  const longest = Math.max(...xDomain.map((c) => c.length)) * CHARACTER_WIDTH;
  const upright = longest > width / xDomain.length - 6;
  const marginTop = upright ? Math.ceil(longest) + 12 : 28;
  const max = Math.max(...cells.map(value));
  // The middle of the band is its label and cell together: the label sits above, the cell below.
  const bandMiddle = (LABEL_HEIGHT + CELL_HEIGHT) / 2;
  return Plot.plot({
    document,
    width,
    height: marginTop + yDomain.length * (LABEL_HEIGHT + CELL_HEIGHT) + 4,
    marginTop,
    marginLeft: 0,
    marginRight: 0,
    marginBottom: 4,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {domain: xDomain, axis: "top", label: null, tickSize: 0, tickRotate: upright ? -90 : 0, padding: 0},
    y: {domain: yDomain, axis: null, padding: 0},
    color: {type: "linear", scheme: DECILE_SCHEME, reverse: true, domain: [0, max]},
    marks: [
      Plot.cell(cells, {
        x: column,
        y: row,
        fill: value,
        insetTop: LABEL_HEIGHT,
        insetBottom: 2,
        insetLeft: 1,
        insetRight: 1,
        title: (d: T) => `${column(d)}, ${row(d)}: ${format(value(d))}`
      }),
      Plot.text(cells, {
        x: column,
        y: row,
        dy: LABEL_HEIGHT / 2 + 1,
        text: (d: T) => format(value(d)),
        // The scheme is dark for large values: white text on the darker half.
        fill: (d: T) => (value(d) > max / 2 ? "white" : "black")
      }),
      Plot.text(yDomain, {
        y: (d: string) => d,
        frameAnchor: "left",
        textAnchor: "start",
        dx: 2,
        dy: -(bandMiddle - LABEL_HEIGHT / 2),
        fontWeight: 600
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}
