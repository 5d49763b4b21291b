import {formatInteger} from "../format.js";
import {countMostDeprived} from "../summaries/deprivation.js";
import type {StoryPageData} from "../stories/assemble.js";
import {escapeHtml, inert} from "./html.js";
import {DECILE_COLOURS, staticMap} from "./staticMap.js";

/** "Birmingham · 8 LSOAs, 11,916 residents · 5 of 8 LSOAs in England's most deprived 10%" */
export function indexSummary(data: StoryPageData): string {
  const {count, total} = countMostDeprived(data.numbers.lsoas);
  return (
    `${data.story.borough} · ${formatInteger(data.numbers.population)} residents in ${formatInteger(total)} LSOAs, ` +
    `${formatInteger(count)} of them among England's most deprived 10%`
  );
}

const INTRO =
  "Each story walks through one neighbourhood: where it is, who lives there, how deprivation and recorded crime " +
  "compare with the borough, the region and England, what residents say, and what the Violence Reduction " +
  "Partnership and its partners do there. Small maps shade each area's neighbourhoods (LSOAs) by their Index of " +
  "Multiple Deprivation 2025 decile within the borough's outline; darker is more deprived.";

const SOURCES =
  "Sources: English Indices of Deprivation 2025 (Ministry of Housing, Communities and Local Government); " +
  "ONS boundaries, lookups and mid-2024 population estimates. See [sources and methods](../sources).";

const DRAFT_LABEL = ' <span class="story-draft-label">(draft)</span>';

/**
 * The /stories page: every story in this build (drafts only in the dev server) with a small map (drawn at build
 * time) and a one-line summary.
 */
export function storyIndexMarkdown(stories: readonly StoryPageData[]): string {
  // readStories leaves drafts out of production builds; the dev server lists them, marked.
  const items = stories.map((d) => {
    const g = d.geometry;
    const district = g.districts.filter((f) => f.id === d.district.code);
    const decile = new Map(d.numbers.lsoas.map((l) => [l.code, l.imd_decile]));
    const map = staticMap({
      title: `${d.story.title} within ${d.district.name}, shaded by IMD 2025 decile`,
      width: 320,
      height: 220,
      thumbnail: true,
      fit: district,
      layers: [
        {features: district, fill: () => "#ffffff", stroke: "#505a5f", strokeWidth: 1},
        {
          features: g.lsoas,
          fill: (f) => DECILE_COLOURS[(decile.get(f.id) ?? 10) - 1],
          stroke: "#1b1b1b",
          strokeWidth: 0.4
        }
      ]
    });
    return [
      `<li><h2><a href="./${d.story.slug}">${escapeHtml(d.story.title)}</a>`,
      d.story.status === "draft" ? DRAFT_LABEL : "",
      "</h2>",
      d.story.subtitle ? `<p>${escapeHtml(d.story.subtitle)}</p>` : "",
      map,
      `<p class="story-index-summary">${escapeHtml(indexSummary(d))}.</p></li>`
    ].join("");
  });
  return `---
title: Stories
toc: false
---

# Stories of places

${INTRO}

${inert(`<ul class="story-index">${items.join("")}</ul>`)}

${SOURCES}
`;
}
