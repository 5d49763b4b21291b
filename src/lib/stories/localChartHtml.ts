import {chartValueFormat, localChartSentence} from "../summaries/localChart.js";
import {CHART_LINE, type LocalChart} from "../content/localChart.js";
import {inert, renderNarrative, table} from "./page.js";
import {escapeHtml} from "./svg.js";

/**
 * A local chart as static HTML (title, units, summary sentence, table, source): what readers without
 * JavaScript get, and the slot mountLocalCharts() fills with the drawn chart.
 */
export function localChartHtml(chart: LocalChart): string {
  const {spec, rows} = chart;
  const f = chartValueFormat(rows);
  return inert(
    `<div class="story-local-chart" data-local-chart="${escapeHtml(spec.name)}"><figure class="wm-figure"><h3 class="wm-figure-title">${escapeHtml(spec.title)}</h3><p class="wm-figure-units">${escapeHtml(spec.units)}</p><p class="wm-figure-summary">${escapeHtml(localChartSentence(chart))}</p>${table(spec.title, [spec.x_label, `${spec.y_label} (${spec.units})`], rows.map((r) => [r.x, f(r.y)]))}<figcaption class="wm-figure-source">Source: ${escapeHtml(spec.source)}</figcaption></figure></div>`
  );
}

/** A step's narrative with each "chart: <name>" line replaced by that chart. */
export function narrativeWithCharts(markdown: string, charts: Record<string, LocalChart>): string {
  const parts: string[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.join("").trim()) parts.push(renderNarrative(text.join("\n")));
    text = [];
  };
  for (const line of markdown.split("\n")) {
    const name = CHART_LINE.exec(line.trim())?.[1];
    if (name && charts[name]) {
      flush();
      parts.push(localChartHtml(charts[name]));
    } else text.push(line);
  }
  flush();
  return inert(parts.join("\n"));
}
