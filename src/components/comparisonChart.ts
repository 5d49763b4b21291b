import * as Plot from "@observablehq/plot";
import {HIGHLIGHT, OUTLINE} from "./palette.js";
import {asImage} from "./plotAria.js";

export interface ComparisonRow {
  label: string;
  [series: string]: number | null | string | undefined;
}

export interface ComparisonSeries {
  /** Field of each row. */
  key: string;
  /** Legend text, e.g. the area's name. */
  name: string;
}

const COLORS = [HIGHLIGHT, OUTLINE, "#6f777b", "#1d70b8"];
const SYMBOLS = ["circle", "square", "triangle", "diamond"];

/**
 * A dot chart comparing up to four areas on several measures: one row per measure, one mark per
 * area. Areas differ by colour and by shape, so the chart reads in greyscale too.
 */
export function comparisonChart({rows, series, format, label, width, domain}: {rows: readonly ComparisonRow[]; series: readonly ComparisonSeries[]; format: (v: number) => string; label: string; width: number; domain?: [number, number]}): SVGSVGElement | HTMLElement {
  const points = rows.flatMap((row) => series.map((s) => ({measure: row.label, area: s.name, value: row[s.key] as number | null})).filter((p) => p.value !== null && p.value !== undefined));
  const names = series.map((s) => s.name);
  return asImage(Plot.plot({
    width,
    marginLeft: Math.min(260, Math.round(width * 0.4)),
    height: 40 + rows.length * 34,
    x: {label, grid: true, domain, tickFormat: format},
    y: {label: null, domain: rows.map((r) => r.label)},
    color: {domain: names, range: COLORS.slice(0, names.length), legend: true},
    symbol: {domain: names, range: SYMBOLS.slice(0, names.length)},
    marks: [
      Plot.ruleY(rows.map((r) => r.label), {stroke: "#eee"}),
      Plot.dot(points, {x: "value", y: "measure", stroke: "area", fill: "area", symbol: "area", r: 5, tip: true, title: (p) => `${p.area}\n${p.measure}: ${format(p.value)}`})
    ]
  }) as SVGSVGElement | HTMLElement);
}
