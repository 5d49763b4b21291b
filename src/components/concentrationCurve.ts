import * as Plot from "@observablehq/plot";
import {HIGHLIGHT, OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE, NARROW, WIDE} from "./responsive.js";
import {symbolLegend} from "./symbolLegend.js";

export interface ConcentrationRow {
  school_group: string;
  share_of_schools_pct: number;
  schools: number;
  share_of_permanent_exclusions_pct: number;
  permanent_exclusions: number;
}

const COLOURS = [HIGHLIGHT, OUTLINE];
const SYMBOLS: Plot.SymbolType[] = ["circle", "square"];
const groupsOf = (rows: readonly ConcentrationRow[]) => [...new Set(rows.map((r) => r.school_group))];

/**
 * How concentrated something is: for each group, the share of schools (x) against the share of
 * exclusions they made (y), the most excluding schools first, with the diagonal where every school
 * would exclude equally. Each group has its colour and symbol (see concentrationLegend).
 */
export function concentrationCurve(
  rows: readonly ConcentrationRow[],
  {width = WIDE, document = globalThis.document}: {width?: number; document?: Document} = {}
): SVGSVGElement | HTMLElement {
  const groups = groupsOf(rows);
  return Plot.plot({
    document,
    width,
    height: width <= NARROW ? 300 : 360,
    marginLeft: 48,
    marginBottom: 44,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {label: "Share of schools (%) →", labelOffset: 38, domain: [0, 100], grid: true},
    y: {label: "↑ Share of permanent exclusions (%)", domain: [0, 100], grid: true},
    color: {domain: groups, range: COLOURS},
    symbol: {domain: groups, range: SYMBOLS},
    marks: [
      Plot.line(
        [
          [0, 0],
          [100, 100]
        ],
        {stroke: "#b1b4b6", strokeDasharray: "4 3"}
      ),
      Plot.line(rows, {
        x: "share_of_schools_pct",
        y: "share_of_permanent_exclusions_pct",
        stroke: "school_group",
        sort: "share_of_schools_pct"
      }),
      Plot.dot(rows, {
        x: "share_of_schools_pct",
        y: "share_of_permanent_exclusions_pct",
        symbol: "school_group",
        fill: "school_group",
        r: 4,
        title: (d: ConcentrationRow) =>
          `${d.school_group}: ${d.share_of_schools_pct}% of schools (${d.schools}) ` +
          `made ${d.share_of_permanent_exclusions_pct}% of permanent exclusions (${d.permanent_exclusions})`
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}

/** The groups' colours and symbols, as concentrationCurve draws them. */
export function concentrationLegend(
  rows: readonly ConcentrationRow[],
  {document = globalThis.document}: {document?: Document} = {}
): Element {
  const items = groupsOf(rows).map((label, i) => ({label, symbol: SYMBOLS[i], fill: COLOURS[i]}));
  return symbolLegend(items, {label: "School group", document});
}
