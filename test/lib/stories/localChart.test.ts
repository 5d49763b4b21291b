import {describe, expect, it} from "vitest";
import {parseLocalChart} from "../../../src/lib/content/localChart.js";
import {narrativeWithCharts} from "../../../src/lib/stories/localChartHtml.js";

const spec = "title: Visits to the club\ntype: bar\nx: day\ny: visits\nunits: visits\nsource: Club register (2026)\n";

describe("local charts", () => {
  it("puts the chart, with its summary and table, where the narrative says chart: <name>", () => {
    const chart = parseLocalChart("visits", "visits.yaml", spec, "visits.csv", "day,visits\nMon,3\nTue,9\n");
    const html = narrativeWithCharts("Before.\n\nchart: visits\n\nAfter.", {visits: chart});
    expect(html).toMatch(/^<p>Before\.<\/p>\n<div class="story-local-chart" data-local-chart="visits">/);
    expect(html).toContain("visits is highest for Tue (9 visits) and lowest for Mon (3).");
    expect(html).toContain("<th scope=\"row\">Tue</th><td>9</td>");
    expect(html).toMatch(/<p>After\.<\/p>\n?$/);
    expect(html).not.toMatch(/\n\s*\n/);
  });
});
