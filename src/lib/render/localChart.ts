import type {NarrativePart} from "../content/steps.js";
import {chartValueFormat, localChartSentence} from "../summaries/localChart.js";
import type {LocalChart} from "../content/localChart.js";
import {escapeHtml, inert, renderNarrative, table} from "./html.js";

/**
 * A local chart as static HTML (title, units, summary sentence, table, source): what readers without
 * JavaScript get, and the slot mountLocalCharts() fills with the drawn chart.
 */
export function localChartHtml(chart: LocalChart): string {
  const {spec, rows} = chart;
  const f = chartValueFormat(rows);
  return inert(
    [
      `<div class="story-local-chart" data-local-chart="${escapeHtml(spec.name)}">`,
      `<figure class="wm-figure">`,
      `<h3 class="wm-figure-title">${escapeHtml(spec.title)}</h3>`,
      `<p class="wm-figure-units">${escapeHtml(spec.units)}</p>`,
      `<p class="wm-figure-summary">${escapeHtml(localChartSentence(chart))}</p>`,
      table(
        spec.title,
        [spec.x_label, `${spec.y_label} (${spec.units})`],
        rows.map((r) => [r.x, f(r.y)])
      ),
      `<figcaption class="wm-figure-source">Source: ${escapeHtml(spec.source)}</figcaption>`,
      `</figure></div>`
    ].join("")
  );
}

/** A step's narrative with each "chart: <name>" line replaced by that chart. */
export function narrativeWithCharts(narrative: NarrativePart[], charts: Record<string, LocalChart>): string {
  const html = narrative.map((part) => {
    if (part.kind === "markdown") return renderNarrative(part.tokens);
    // The content check, which runs before every build, reports a chart: line without its chart.
    if (!charts[part.name]) {
      throw new Error(`steps.md:${part.line}: there is no chart "${part.name}"; run npm run check`);
    }
    return localChartHtml(charts[part.name]);
  });
  return inert(html.join("\n"));
}
