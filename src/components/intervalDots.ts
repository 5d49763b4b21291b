import * as Plot from "@observablehq/plot";
import {HIGHLIGHT, OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export interface IntervalRow {
  area_code: string;
  area_name: string;
  value: number;
  ci_lower: number | null;
  ci_upper: number | null;
}

export interface IntervalDotsOptions {
  /** Axis label, with the unit. */
  label: string;
  format: (value: number) => string;
  /** The England value, drawn as a dashed line (omitted when null). */
  reference?: IntervalRow | null;
  /** Drawn width in px (default WIDE). */
  width?: number;
  document?: Document;
}

const BOROUGH = /^E08/;
const CHARACTER_WIDTH = FIGURE_FONT_SIZE * 0.62;

/**
 * One indicator for several areas, highest first: a dot per area with its 95% confidence interval
 * as a line where published, and the England value as a dashed line labelled at the top. Boroughs
 * are red circles, other areas (the combined authority) dark squares.
 */
export function intervalDots(
  rows: readonly IntervalRow[],
  {label, format, reference = null, width = WIDE, document = globalThis.document}: IntervalDotsOptions
): SVGSVGElement | HTMLElement {
  const areas = [...rows].sort((a, b) => b.value - a.value);
  const values = [
    ...areas.flatMap((d) => [d.value, d.ci_lower ?? d.value, d.ci_upper ?? d.value]),
    ...(reference ? [reference.value] : [])
  ];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  // The England label reads away from the nearer edge, so it is never cut off.
  const labelEnd = reference !== null && reference.value > (low + high) / 2;
  const domain = areas.map((d) => d.area_name);
  return Plot.plot({
    document,
    width,
    height: 70 + areas.length * 30,
    marginTop: 26,
    marginLeft: Math.ceil(Math.max(...domain.map((d) => d.length)) * CHARACTER_WIDTH) + 12,
    marginRight: 16,
    marginBottom: 44,
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    x: {label: `${label} →`, labelOffset: 38, grid: true, nice: true},
    y: {label: null, domain},
    marks: [
      reference ? Plot.ruleX([reference.value], {stroke: OUTLINE, strokeDasharray: "4 3"}) : null,
      reference
        ? Plot.text([reference], {
            x: "value",
            frameAnchor: "top",
            dy: -8,
            dx: labelEnd ? -4 : 4,
            textAnchor: labelEnd ? "end" : "start",
            text: () => `England ${format(reference.value)}`
          })
        : null,
      Plot.ruleY(
        areas.filter((d) => d.ci_lower !== null && d.ci_upper !== null),
        {y: "area_name", x1: "ci_lower", x2: "ci_upper", stroke: "#6f777b", strokeWidth: 2}
      ),
      Plot.dot(areas, {
        x: "value",
        y: "area_name",
        r: 5,
        fill: (d: IntervalRow) => (BOROUGH.test(d.area_code) ? HIGHLIGHT : OUTLINE),
        symbol: (d: IntervalRow) => (BOROUGH.test(d.area_code) ? "circle" : "square"),
        title: (d: IntervalRow) =>
          `${d.area_name}: ${format(d.value)}` +
          (d.ci_lower !== null && d.ci_upper !== null ? ` (95% CI ${format(d.ci_lower)} to ${format(d.ci_upper)})` : "")
      })
    ]
  }) as SVGSVGElement | HTMLElement;
}
