import {describe, expect, it} from "vitest";
import {parseSteps} from "../../../src/lib/content/steps.js";
import {parseLocalChart} from "../../../src/lib/content/localChart.js";
import {narrativeWithCharts} from "../../../src/lib/render/localChart.js";
import {stepsMarkdown} from "../../fixtures/steps.js";

const spec = "title: Visits to the club\ntype: bar\nx: day\ny: visits\nunits: visits\nsource: Club register (2026)\n";
const people = (markdown: string) => parseSteps("s.md", stepsMarkdown({people: markdown}))[2].narrative;

describe("narrativeWithCharts", () => {
  const chart = parseLocalChart("visits", "visits.yaml", spec, "visits.csv", "day,visits\nMon,3\nTue,9\n");

  it("puts the chart, with its summary and table, where the narrative says chart: <name>", () => {
    const html = String(narrativeWithCharts(people("\nchart: visits\n\nAfter.\n"), {visits: chart}));
    expect(html).toMatch(/^<p>Some words\.<\/p>\n<div class="story-local-chart" data-local-chart="visits">/);
    expect(html).toContain("Visits is highest for Tue (9 visits) and lowest for Mon (3).");
    expect(html).toContain('<th scope="row">Tue</th><td class="numeric">9</td>');
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(html).toMatch(/<p>After\.<\/p>\n?$/);
    expect(html).not.toMatch(/\n\s*\n/);
  });

  it("fails loudly on a chart that does not exist", () => {
    expect(() => narrativeWithCharts(people("\nchart: vistis\n"), {visits: chart})).toThrow(
      'steps.md:16: there is no chart "vistis"'
    );
  });
});
