import * as Plot from "@observablehq/plot";
import type {LocalChart} from "../lib/content/localChart.js";
import {chartValueFormat, localChartSentence} from "../lib/summaries/localChart.js";
import {SERIES_COLOURS} from "./compareChart.js";
import {dataTable} from "./dataTable.js";
import {figure} from "./figure.js";

/** The Plot graphic of a local chart: a line with points, vertical bars, or a horizontal dot plot. */
function graphic({spec, rows}: LocalChart, width: number): Element {
  const f = chartValueFormat(rows);
  const numericX = rows.every((r) => /^-?\d+(\.\d+)?$/.test(r.x));
  const data = rows.map((r) => ({...r, xValue: numericX ? Number(r.x) : r.x}));
  const fill = SERIES_COLOURS[1];
  const title = (r: {x: string; y: number}) => `${spec.x_label}: ${r.x}\n${spec.y_label}: ${f(r.y)} ${spec.units}`;
  if (spec.type === "dot") {
    return Plot.plot({
      width,
      height: 50 + rows.length * 30,
      marginLeft: Math.min(220, 8 + Math.max(...rows.map((r) => r.x.length)) * 6.5),
      x: {label: `${spec.y_label} (${spec.units})`, grid: true, zero: true, tickFormat: f},
      y: {domain: rows.map((r) => r.x), label: null},
      marks: [
        Plot.ruleY(rows, {y: "x", stroke: "#d0d0d0"}),
        Plot.dot(rows, {x: "y", y: "x", fill, r: 6, tip: true, title})
      ]
    });
  }
  return Plot.plot({
    width,
    height: 320,
    x:
      numericX && spec.type === "line"
        ? {label: spec.x_label, tickFormat: (v: number) => String(v)}
        : {type: "band", domain: rows.map((r) => (numericX ? Number(r.x) : r.x)), label: spec.x_label},
    y: {label: `${spec.y_label} (${spec.units})`, grid: true, zero: true, tickFormat: f},
    marks:
      spec.type === "line"
        ? [
            Plot.line(data, {x: "xValue", y: "y", stroke: fill, strokeWidth: 2.5}),
            Plot.dot(data, {x: "xValue", y: "y", fill, r: 4, tip: true, title}),
            Plot.ruleY([0])
          ]
        : [Plot.barY(data, {x: "xValue", y: "y", fill, tip: true, title}), Plot.ruleY([0])]
  });
}

/** A local chart with its title, units, computed summary sentence, source and data table. */
export function localChart(chart: LocalChart, width = 640): HTMLElement {
  const {spec, rows} = chart;
  const f = chartValueFormat(rows);
  return figure({
    title: spec.title,
    units: spec.units,
    summary: localChartSentence(chart),
    graphic: graphic(chart, width),
    source: spec.source,
    table: dataTable({
      caption: spec.title,
      rows,
      columns: [
        {label: spec.x_label, value: (r) => r.x},
        {label: `${spec.y_label} (${spec.units})`, value: (r) => r.y, format: (v) => f(Number(v)), numeric: true}
      ]
    })
  });
}

/** Replaces each `[data-local-chart]` placeholder (a static table) with its chart. */
export function mountLocalCharts(root: ParentNode, charts: Record<string, LocalChart>): void {
  for (const slot of root.querySelectorAll<HTMLElement>("[data-local-chart]")) {
    const chart = charts[slot.dataset.localChart ?? ""];
    if (chart) slot.replaceChildren(localChart(chart, Math.min(640, slot.clientWidth || 640)));
  }
}
