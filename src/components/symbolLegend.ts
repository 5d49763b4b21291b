import * as Plot from "@observablehq/plot";
import {SERIES_COLOURS, SERIES_SYMBOLS} from "./compareChart.js";

/** One entry of a symbol legend: what a mark's shape and fill stand for. */
export interface SymbolItem {
  label: string;
  symbol: Plot.SymbolType;
  fill: string;
}

export interface SymbolLegendOptions {
  /** Outline of every symbol (default none). */
  stroke?: string;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/**
 * A legend of symbols, each with its own shape and fill, outside the graphic: the figure shows it
 * above the chart as text readers can select, at the page's text size.
 */
export function symbolLegend(
  items: readonly SymbolItem[],
  {stroke = "none", document = globalThis.document}: SymbolLegendOptions = {}
): Element {
  const domain = items.map((i) => i.label);
  // Plot.legend takes `document` like Plot.plot (src/context.js); its types omit it. The symbol
  // legend takes each symbol's fill from the color scale.
  return Plot.legend({
    document,
    symbol: {domain, range: items.map((i) => i.symbol)},
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
