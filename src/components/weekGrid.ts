import * as Plot from "@observablehq/plot";
import {DECILE_SCHEME} from "./palette.js";
import {FIGURE_FONT_SIZE, NARROW, WIDE} from "./responsive.js";
import {stepLegend} from "./symbolLegend.js";

export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const HOURS = Array.from({length: 24}, (_, i) => i);
export const hourLabel = (hour: number) => String(hour).padStart(2, "0");

export interface HourOfWeek {
  day: string;
  hour: number;
  value: number;
}

export interface WeekGridOptions {
  /** Name of the values in the legend and tooltips. */
  label: string;
  /** Drawn width in px (default WIDE). */
  width?: number;
  document?: Document;
}

/** The colour scale of the grid and its legend: the values in about six steps, darker = higher. */
function colorScale(
  rows: readonly HourOfWeek[],
  label: string
): Plot.ScaleOptions & {type: "quantize"; label: string; scheme: Plot.ColorScheme} {
  const values = rows.map((r) => r.value);
  return {
    type: "quantize" as const,
    n: 6,
    scheme: DECILE_SCHEME as Plot.ColorScheme,
    reverse: true,
    domain: [Math.min(...values), Math.max(...values)],
    label
  };
}

/**
 * A value for each hour of the week as a grid of cells: days down, hours across. Hours are
 * labelled every two hours, or every three when the grid is narrow, so labels never touch.
 */
export function weekGrid(
  rows: readonly HourOfWeek[],
  {label, width = WIDE, document = globalThis.document}: WeekGridOptions
): SVGSVGElement | HTMLElement {
  const every = width <= NARROW ? 3 : 2;
  return Plot.plot({
    document,
    width,
    height: 260,
    marginLeft: 86,
    marginBottom: 44,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {
      label: "Hour of day (starting) →",
      labelOffset: 40,
      domain: HOURS,
      ticks: HOURS.filter((h) => h % every === 0),
      tickFormat: hourLabel
    },
    y: {label: null, domain: DAYS},
    color: colorScale(rows, label),
    marks: [
      Plot.cell(rows, {
        x: "hour",
        y: "day",
        fill: "value",
        inset: 0.5,
        title: (d: HourOfWeek) => `${d.day} ${hourLabel(d.hour)}:00\n${label}: ${d.value}`
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}

/** The legend for weekGrid's colours (the same steps). */
export function weekGridLegend(
  rows: readonly HourOfWeek[],
  {label, document = globalThis.document}: {label: string; document?: Document}
): Element {
  return stepLegend(colorScale(rows, label), {document});
}
