import * as Plot from "@observablehq/plot";
import {SERIES_COLOURS, SERIES_SYMBOLS} from "./compareChart.js";
import {FIGURE_FONT_SIZE} from "./responsive.js";

/** One entry of a symbol legend: what a mark's shape and fill stand for. */
export interface SymbolItem {
  label: string;
  symbol: Plot.SymbolType;
  fill: string;
}

export interface SymbolLegendOptions {
  /** The legend's title (default none). */
  label?: string;
  /** Outline of every symbol (default none). */
  stroke?: string;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/**
 * A legend of symbols, each with its own shape and fill, for charts whose marks differ by shape as
 * well as colour (so they read in greyscale). Drawn outside the graphic, so it stays text readers
 * can select, at the page's text size, and the chart stays one image.
 */
export function symbolLegend(
  items: readonly SymbolItem[],
  {label, stroke = "none", document = globalThis.document}: SymbolLegendOptions = {}
): Element {
  const domain = items.map((i) => i.label);
  // Plot.legend takes `document` like Plot.plot (src/context.js); its types omit it. The symbol
  // legend takes each symbol's fill from the color scale.
  return Plot.legend({
    document,
    symbol: {domain, range: items.map((i) => i.symbol), label},
    color: {domain, range: items.map((i) => i.fill)},
    fill: "color",
    stroke,
    className: "wm-legend"
  } as Parameters<typeof Plot.legend>[0]) as Element;
}

/** The legend of compareDots' series (drawn with legend: false): each series' colour and shape together. */
export function seriesLegend(series: readonly string[], {document}: {document?: Document} = {}): Element {
  return symbolLegend(
    series.map((label, i) => ({label, symbol: SERIES_SYMBOLS[i], fill: SERIES_COLOURS[i]})),
    {document}
  );
}

/**
 * The legend of a colour scale in steps (Plot's quantize or threshold scales): a bar of swatches
 * with the step boundaries as ticks, at the figures' text size. Continuous ramps are not used: Plot
 * draws them on a canvas, which a page built without a browser cannot.
 */
export function stepLegend(
  color: Plot.ScaleOptions & {type: "quantize" | "threshold"; label: string},
  {document = globalThis.document}: {document?: Document} = {}
): Element {
  return Plot.legend({
    document,
    color,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    marginTop: 22,
    height: 56,
    className: "wm-legend"
  } as Parameters<typeof Plot.legend>[0]) as Element;
}
