import * as Plot from "@observablehq/plot";
import type {LocalChart} from "../lib/content/localChart.js";
import {chartValueFormat, localChartSentence, wholeNumberTicks} from "../lib/summaries/localChart.js";
import {SERIES_COLOURS} from "./compareChart.js";
import {dataTable} from "./dataTable.js";
import {figure} from "./figure.js";
import {FIGURE_FONT_SIZE, responsive, WIDE} from "./responsive.js";

export interface LocalChartOptions {
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** The graphic of a local chart: a line with points, vertical bars, or a horizontal dot plot. */
function localChartGraphic(
  {spec, rows}: LocalChart,
  {width = WIDE, document = globalThis.document}: LocalChartOptions = {}
): SVGSVGElement | HTMLElement {
  const f = chartValueFormat(rows);
  const numericX = rows.every((r) => /^-?\d+(\.\d+)?$/.test(r.x));
  const data = rows.map((r) => ({...r, xValue: numericX ? Number(r.x) : r.x}));
  const fill = SERIES_COLOURS[1];
  const title = (r: {x: string; y: number}) => `${spec.x_label}: ${r.x}\n${spec.y_label}: ${f(r.y)} ${spec.units}`;
  const common = {document, width, style: {fontSize: `${FIGURE_FONT_SIZE}px`}};
  if (spec.type === "dot") {
    return Plot.plot({
      ...common,
      height: 50 + rows.length * 30,
      marginLeft: Math.min(width / 2, 8 + Math.max(...rows.map((r) => r.x.length)) * 7),
      x: {
        label: `${spec.y_label} (${spec.units})`,
        grid: true,
        zero: true,
        ticks: wholeNumberTicks(rows),
        tickFormat: f
      },
      y: {domain: rows.map((r) => r.x), label: null},
      marks: [Plot.ruleY(rows, {y: "x", stroke: "#d0d0d0"}), Plot.dot(rows, {x: "y", y: "x", fill, r: 6, title})]
    }) as SVGSVGElement | HTMLElement;
  }
  return Plot.plot({
    ...common,
    height: 320,
    x:
      numericX && spec.type === "line"
        ? {label: spec.x_label, tickFormat: (v: number) => String(v)}
        : {type: "band", domain: rows.map((r) => (numericX ? Number(r.x) : r.x)), label: spec.x_label},
    y: {label: `${spec.y_label} (${spec.units})`, grid: true, zero: true, ticks: wholeNumberTicks(rows), tickFormat: f},
    marks:
      spec.type === "line"
        ? [
            Plot.line(data, {x: "xValue", y: "y", stroke: fill, strokeWidth: 2.5}),
            Plot.dot(data, {x: "xValue", y: "y", fill, r: 4, title}),
            Plot.ruleY([0])
          ]
        : [Plot.barY(data, {x: "xValue", y: "y", fill, title}), Plot.ruleY([0])]
  }) as SVGSVGElement | HTMLElement;
}

/**
 * A local chart with its title, units, computed summary sentence, source and data table, drawn
 * for narrow and wide columns. Give an `id` at build time, so the page's ids are the same in
 * every build.
 */
export function localChart(
  chart: LocalChart,
  {id, document = globalThis.document}: {id?: string; document?: Document} = {}
): HTMLElement {
  const {spec, rows} = chart;
  const f = chartValueFormat(rows);
  return figure({
    id,
    document,
    title: spec.title,
    units: spec.units,
    summary: localChartSentence(chart),
    graphic: responsive((width) => localChartGraphic(chart, {width, document}), {document}),
    source: spec.source,
    table: dataTable({
      document,
      caption: spec.title,
      rows,
      columns: [
        {label: spec.x_label, value: (r) => r.x},
        {label: `${spec.y_label} (${spec.units})`, value: (r) => r.y, format: (v) => f(Number(v)), numeric: true}
      ]
    })
  });
}
