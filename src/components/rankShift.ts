import * as Plot from "@observablehq/plot";
import {formatInteger} from "../lib/format.js";
import {rankLabel} from "../lib/summaries/risk.js";
import {keyedMarks} from "./markKeys.js";
import {HIGHLIGHT} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";
import {symbolLegend} from "./symbolLegend.js";

export interface RankedPair {
  /** The neighbourhood's code, its point's data-key: the table's row for it shows the point's tip (tips.ts). */
  code: string;
  name: string;
  district_name: string;
  rank: number;
  tied: number;
  equal_rank: number;
  top10: number;
}

const TOP = "Top 10% with the configured weights";
const OTHERS = "Other neighbourhoods";
const OTHER_FILL = "#505a5f";

/**
 * Each neighbourhood's rank with the configured weights (x) against its rank with equal weights
 * (y): points on the dashed diagonal keep their rank, and the shaded square is the top 10% under
 * both. The top 10% are red circles, the others grey triangles (see rankShiftLegend).
 */
export function rankShift(
  rows: readonly RankedPair[],
  {topCount, width = WIDE, document = globalThis.document}: {topCount: number; width?: number; document?: Document}
): SVGSVGElement | HTMLElement {
  const n = rows.length;
  return Plot.plot({
    document,
    width,
    height: Math.min(560, Math.round(width * 0.8)),
    marginLeft: 48,
    marginBottom: 44,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {label: "Rank with the configured weights →", labelOffset: 38, domain: [1, n], grid: true},
    y: {label: "↑ Rank with equal weights", domain: [1, n], grid: true, reverse: true},
    symbol: {domain: [TOP, OTHERS], range: ["circle", "triangle"]},
    marks: [
      Plot.line(
        [
          [1, 1],
          [n, n]
        ],
        {stroke: "#6f777b", strokeDasharray: "4 3"}
      ),
      Plot.rect([{}], {
        x1: 0.5,
        x2: topCount + 0.5,
        y1: 0.5,
        y2: topCount + 0.5,
        fill: HIGHLIGHT,
        fillOpacity: 0.08
      }),
      Plot.dot(rows, {
        x: "rank",
        y: "equal_rank",
        r: 3,
        symbol: (d: RankedPair) => (d.top10 ? TOP : OTHERS),
        fill: (d: RankedPair) => (d.top10 ? HIGHLIGHT : OTHER_FILL),
        title: (d: RankedPair) =>
          `${d.name} (${d.district_name})\nConfigured weights: rank ${rankLabel(d)}\n` +
          `Equal weights: rank ${formatInteger(d.equal_rank)}`,
        render: keyedMarks(rows, (d) => d.code)
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}

/** The legend of rankShift's symbols. */
export function rankShiftLegend({document = globalThis.document}: {document?: Document} = {}): Element {
  return symbolLegend(
    [
      {label: TOP, symbol: "circle", fill: HIGHLIGHT},
      {label: OTHERS, symbol: "triangle", fill: OTHER_FILL}
    ],
    {label: "Neighbourhoods", document}
  );
}
