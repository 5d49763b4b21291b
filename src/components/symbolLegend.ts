import * as Plot from "@observablehq/plot";
import {FIGURE_FONT_SIZE} from "./responsive.js";

export interface SymbolItem {
  label: string;
  /** A Plot symbol name: "circle", "square", "triangle"… */
  symbol: string;
  color: string;
}

/**
 * A legend of symbols, each in its colour, for charts whose marks differ by shape as well as colour
 * (so they read in greyscale). Drawn outside the chart, so it stays readable text and the chart
 * stays one image.
 */
export function symbolLegend(
  items: readonly SymbolItem[],
  label: string,
  {document = globalThis.document}: {document?: Document} = {}
): Element {
  const domain = items.map((i) => i.label);
  // Plot.legend takes `document` like Plot.plot (src/context.js); its types omit it.
  return Plot.legend({
    document,
    symbol: {domain, range: items.map((i) => i.symbol), label},
    color: {domain, range: items.map((i) => i.color)},
    fill: "color",
    className: "wm-legend"
  } as Parameters<typeof Plot.legend>[0]) as Element;
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
