import type {GeometryCollection} from "topojson-specification";
import {feature} from "topojson-client";
import {decileMap} from "../../components/decileMap.js";
import {asImage} from "../../components/plotAria.js";
import {formatInteger} from "../format.js";
import {countMostDeprived} from "../summaries/deprivation.js";
import type {StoryPageData} from "../stories/assemble.js";
import {storyTopology} from "../stories/geometry.js";
import {menuImport, scriptBlock} from "./page.js";
import {html, toHtml} from "./html.js";
import {serverDocument} from "./serverDocument.js";

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

const DRAFT_LABEL = html` <span class="story-draft-label">(draft)</span>`;

/**
 * A small map of the story's LSOAs, shaded by IMD 2025 decile, within its borough: a preview of the
 * maps the story shows in full with their tables (data-wm-thumbnail tells the publish gates so).
 */
function thumbnail(d: StoryPageData): Element {
  const topology = storyTopology(d.geometry);
  const districts = topology.objects.district as GeometryCollection;
  const district = feature(topology, {
    ...districts,
    geometries: districts.geometries.filter((g) => g.id === d.district.code)
  });
  const map = asImage(
    decileMap(topology, {
      deciles: new Map(d.numbers.lsoas.map((l) => [l.code, l.imd_decile])),
      outlines: ["district"],
      fitTo: district,
      width: 320,
      document: serverDocument()
    })
  );
  map.setAttribute("role", "img");
  map.setAttribute("aria-label", `${d.story.title} within ${d.district.name}, shaded by IMD 2025 decile`);
  map.setAttribute("data-wm-thumbnail", "");
  return map;
}

/**
 * The /stories page: every story in this build (drafts only in the dev server) with a small map (drawn at build
 * time) and a one-line summary.
 */
export function storyIndexMarkdown(stories: readonly StoryPageData[]): string {
  // readStories leaves drafts out of production builds; the dev server lists them, marked.
  const items = stories.map((d) => {
    const parts = [
      html`<li><h2><a href="./${d.story.slug}">${d.story.title}</a>`,
      d.story.status === "draft" && DRAFT_LABEL,
      html`</h2>`,
      d.story.subtitle && html`<p>${d.story.subtitle}</p>`,
      toHtml(thumbnail(d)),
      html`<p class="story-index-summary">${indexSummary(d)}.</p></li>`
    ];
    return html`${parts}`;
  });
  return `---
title: Stories
toc: false
---

# Stories of places

${INTRO}

${html`<ul class="story-index">${items}</ul>`}

${SOURCES}

${scriptBlock([menuImport("../")])}
`;
}
