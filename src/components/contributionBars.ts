import * as Plot from "@observablehq/plot";
import {formatInteger} from "../lib/format.js";
import {rankLabel} from "../lib/summaries/risk.js";
import {signed} from "../lib/summaries/words.js";
import {swatchLegend} from "./areaMap.js";
import {keyedMarks} from "./markKeys.js";
import {OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

/** One neighbourhood's index score and the part each indicator adds to it. */
export interface ContributionRow {
  /** The neighbourhood's code: each part of its bar and its score line carry it as data-key (tips.ts). */
  code: string;
  name: string;
  rank: number;
  tied: number;
  score: number;
  contributions: readonly {key: string; contribution: number}[];
}

/** An indicator of the bars, in stacking order, with the name its legend and tooltips give it. */
export interface ContributionPart {
  key: string;
  label: string;
}

export interface ContributionBarsOptions {
  /** The indicators, in the order their parts are stacked (and coloured, see CONTRIBUTION_COLORS). */
  parts: readonly ContributionPart[];
  /** Drawn width in px (default WIDE). */
  width?: number;
  document?: Document;
}

/**
 * One colour per indicator, in stacking order. Two families (reds, then blues), each from dark to
 * light, so neighbouring parts of a bar differ in lightness as well as hue and still read apart in
 * greyscale; white gaps separate them too.
 */
export const CONTRIBUTION_COLORS = ["#6b0f0a", "#d4351c", "#f4a46a", "#12436d", "#5694ca", "#a9cbe8"];

/** Height of one neighbourhood: its name on one line, its bar below. */
const ROW_HEIGHT = 40;
const BAR_HEIGHT = 16;
const MARGIN_X = 24;
/** Room kept at the right of a name line for the score ("+1.63"). */
const SCORE_EMS = 4;

const colorOf = (parts: readonly ContributionPart[], key: string) =>
  CONTRIBUTION_COLORS[parts.findIndex((p) => p.key === key) % CONTRIBUTION_COLORS.length];

/**
 * Each neighbourhood's index score split into its indicators' contributions (weight × capped
 * z-score): parts that raise the score stack to the right of zero, parts that lower it to the left,
 * and a black line marks the score, their sum. Each bar has the neighbourhood's rank and name above
 * it (long names end in an ellipsis at a phone's width; the tooltip and the table give them whole), and its
 * score at the right. A bar's parts and its score line share the neighbourhood's code as data-key, so the
 * table's row for it highlights the whole bar and shows its parts' tips from the keyboard (tips.ts).
 */
export function contributionBars(
  rows: readonly ContributionRow[],
  {parts, width = WIDE, document = globalThis.document}: ContributionBarsOptions
): SVGSVGElement | HTMLElement {
  const labelOf = new Map(parts.map((p) => [p.key, p.label]));
  const keyOf = (d: ContributionRow) => `${d.rank} ${d.name}`;
  const segments = rows.flatMap((row) =>
    parts.map((part) => ({
      row: keyOf(row),
      code: row.code,
      name: row.name,
      key: part.key,
      contribution: row.contributions.find((c) => c.key === part.key)?.contribution ?? 0
    }))
  );
  const marginTop = 48;
  const marginBottom = 36;
  // Names and scores use the margins too, so a long name fits a phone's width.
  const inset = MARGIN_X - 4;
  const labelWidth = (width - 8) / FIGURE_FONT_SIZE - SCORE_EMS;
  const ticks = Math.max(4, Math.round(width / 70));
  // The name sits on the bar's band, above the bar: half the band, less half the bar, is the gap.
  const padding = 1 - BAR_HEIGHT / ROW_HEIGHT;
  const nameOffset = -BAR_HEIGHT / 2 - 2;
  const svg = Plot.plot({
    document,
    width,
    height: marginTop + marginBottom + rows.length * ROW_HEIGHT,
    marginTop,
    marginBottom,
    marginLeft: MARGIN_X,
    marginRight: MARGIN_X,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {nice: true},
    y: {domain: rows.map(keyOf), paddingInner: padding, paddingOuter: padding / 2 + 0.1, axis: null},
    color: {domain: parts.map((p) => p.key), range: parts.map((p) => colorOf(parts, p.key))},
    marks: [
      Plot.axisX({anchor: "top", ticks, label: "Contribution to the index score →"}),
      Plot.axisX({anchor: "bottom", ticks, label: null}),
      Plot.gridX({ticks}),
      Plot.barX(
        segments,
        Plot.stackX({
          x: "contribution",
          y: "row",
          fill: "key",
          stroke: "white",
          strokeWidth: 1,
          title: (d: (typeof segments)[number]) => `${d.name}\n${labelOf.get(d.key)}: ${signed(d.contribution)}`,
          render: keyedMarks(segments, (d) => d.code)
        })
      ),
      Plot.ruleX([0], {stroke: OUTLINE}),
      Plot.tickX(rows, {
        x: "score",
        y: keyOf,
        stroke: OUTLINE,
        strokeWidth: 2.5,
        insetTop: -3,
        insetBottom: -3,
        title: (d: ContributionRow) => `${d.name}\nIndex score ${signed(d.score)} (rank ${rankLabel(d)})`,
        render: keyedMarks(rows, (d) => d.code)
      }),
      Plot.text(rows, {
        y: keyOf,
        frameAnchor: "left",
        textAnchor: "start",
        lineAnchor: "bottom",
        dx: -inset,
        dy: nameOffset,
        lineWidth: labelWidth,
        textOverflow: "ellipsis",
        fill: "currentColor",
        stroke: "white",
        strokeWidth: 4,
        text: (d: ContributionRow) => `${formatInteger(d.rank)}. ${d.name}`
      }),
      Plot.text(rows, {
        y: keyOf,
        frameAnchor: "right",
        textAnchor: "end",
        lineAnchor: "bottom",
        dx: inset,
        dy: nameOffset,
        fontWeight: "bold",
        fill: "currentColor",
        stroke: "white",
        strokeWidth: 4,
        text: (d: ContributionRow) => signed(d.score)
      })
    ]
  }) as SVGSVGElement | HTMLElement;
  // A shortened name's title would be a tip no table row reaches: the bar's own tips name it whole.
  for (const title of svg.querySelectorAll("text title")) title.remove();
  // A tenth of a pixel is finer than any screen shows: shorter numbers keep a page drawn at build time small.
  for (const rect of svg.querySelectorAll("rect"))
    for (const name of ["x", "width"]) {
      const value = rect.getAttribute(name);
      if (value !== null) rect.setAttribute(name, String(Math.round(Number(value) * 10) / 10));
    }
  return svg;
}

/** The legend of contributionBars: a swatch per indicator, in stacking order. */
export function contributionLegend(
  parts: readonly ContributionPart[],
  {document = globalThis.document}: {document?: Document} = {}
): Element {
  return swatchLegend(
    parts.map((p) => ({label: p.label, color: colorOf(parts, p.key)})),
    "Indicator",
    {document}
  );
}
