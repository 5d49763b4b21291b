import {localChart} from "../../components/localChart.js";
import type {NarrativePart} from "../content/steps.js";
import type {LocalChart} from "../content/localChart.js";
import {escapeHtml, inert, renderNarrative} from "./html.js";
import {serverDocument, toHtml} from "./serverDocument.js";

/** A local chart drawn at build time: title, units, summary sentence, chart, source and table. */
export function localChartHtml(chart: LocalChart): string {
  const {name} = chart.spec;
  // Ids are references in aria-labelledby: letters, digits and hyphens only.
  const element = localChart(chart, {id: `chart-${name.replace(/[^\w-]/g, "-")}`, document: serverDocument()});
  return `<div class="story-local-chart" data-local-chart="${escapeHtml(name)}">${toHtml(element)}</div>`;
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
