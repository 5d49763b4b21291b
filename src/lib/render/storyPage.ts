import {textDirection} from "../content/language.js";
import {STEP_STATES, type StepState} from "../content/steps.js";
import {formatDate, formatInteger} from "../format.js";
import type {StoryPageData} from "../stories/assemble.js";
import {RATE_DEFINITION_NOTE} from "../summaries/crime.js";
import {siteConfig, type SiteContact} from "../content/site.js";
import {voicesSentence} from "../summaries/stories.js";
import {deferFigureParts} from "./deferred.js";
import {menuImport, scriptBlock} from "./page.js";
import {html, htmlLines, toHtml, type HtmlValue, type SafeHtml} from "./html.js";
import {narrativeWithCharts} from "./localChart.js";
import {boroughFigure, crimeFigure, domainsFigure} from "./storyComparisonFigures.js";
import {changeFigure, peopleFigure} from "./storyChartFigures.js";
import {storyFigureContext, type SourceFile, type StoryFigureContext} from "./storyFigureContext.js";
import {withEmbedCode} from "./embed.js";
import {STORY_FIGURE_NAMES, storyPath, type StoryFigureName} from "./embedNames.js";
import {areaFigure, changeMapFigure, deprivationFigure, regionFigure} from "./storyMapFigures.js";
import {NO_STREET_RECORDS_CAVEAT, STREET_RECORDS_CAVEAT, withPoliceCrime} from "./storyPoliceFigures.js";
import {downloadBlock, similarAreasBlock} from "./similarAreas.js";
import type {SimilarAreas} from "../wards/similar.js";

type Voice = StoryPageData["content"]["voices"][number];

const storyNote = (text: HtmlValue) => html`<p class="story-note">${text}</p>`;
const listItems = (texts: readonly string[]) => texts.map((text) => html`<li>${text}</li>`);

function voiceHtml(v: Voice): SafeHtml {
  const meta = [v.speaker, v.location, `theme: ${v.theme}`, `collected ${v.collected} (${v.method})`];
  // The words in their own language and direction (Urdu reads right to left); the details stay English.
  const language = v.language && html` lang="${v.language}" dir="${textDirection(v.language)}"`;
  return html`${[
    html`<li><blockquote${language}><p>${v.text}</p></blockquote>`,
    html`<p class="story-voice-meta">${meta.filter(Boolean).join(" · ")}</p></li>`
  ]}`;
}

const THEMES_NOTE = storyNote(
  "These are summaries of what people said across the borough, written by the council's needs assessment, " +
    "not quotes and not specific to this neighbourhood."
);

// For readers: what the section will hold, and how to take part (never how the site is edited).
const noVoicesNote = ({name, url, link_text}: SiteContact) =>
  storyNote(
    html`Residents' own words appear here only when they choose to share them and agree to publication. To share
a view of this place, contact ${name} through <a href="${url}">${link_text}</a>.`
  );

function voicesHtml(data: StoryPageData): SafeHtml {
  const {voices} = data.content;
  const sentence = voicesSentence(voices.length, data.themes.length, data.district.name);
  const lead = html`<p class="wm-figure-summary">${sentence}</p>`;
  if (voices.length) return html`${lead}<ul class="story-voices">${voices.map(voiceHtml)}</ul>`;
  if (data.themes.length) {
    const sources = [...new Set(data.themes.map((t) => t.source))];
    const themes = data.themes.map((t) => html`<li><strong>${t.theme}:</strong> ${t.summary}</li>`);
    return html`${[
      lead,
      html`<h3 class="story-themes-title">Summarised themes from engagement events in ${data.district.name}</h3>`,
      THEMES_NOTE,
      html`<ul class="story-themes">${themes}</ul>`,
      html`<p class="wm-figure-source">Source: ${sources.join("; ")}.</p>`
    ]}`;
  }
  return html`${lead}${noVoicesNote(siteConfig().contact)}`;
}

function activitiesHtml(data: StoryPageData): SafeHtml {
  const {note, activities} = data.content.activities;
  const items = activities.map((a) => {
    const link = a.link && html`<a href="${a.link}">${a.source ? "link" : a.title}</a>`;
    const facts = [
      a.partners.length > 0 && html`<dt>Partners</dt><dd>${a.partners.join(", ")}</dd>`,
      a.dates && html`<dt>When</dt><dd>${a.dates}</dd>`,
      a.source && html`<dt>Source</dt><dd>${a.source}${link && html` (${link})`}</dd>`,
      !a.source && link && html`<dt>Link</dt><dd>${link}</dd>`
    ].filter((fact) => fact);
    return html`<li class="story-activity"><h3>${a.title}</h3><p>${a.description}</p>${
      facts.length > 0 && html`<dl>${facts}</dl>`
    }</li>`;
  });
  return html`${note && storyNote(note)}${items.length > 0 && html`<ul class="story-activities">${items}</ul>`}`;
}

const CAVEATS = [
  "The area is made of whole LSOAs or wards, which rarely match the neighbourhood people know; " +
    "the page says which geography is used and why.",
  RATE_DEFINITION_NOTE,
  NO_STREET_RECORDS_CAVEAT,
  "The age profile uses ONS mid-2020 estimates on 2011 LSOAs, mapped to 2021 LSOAs with the ONS lookup: " +
    "unchanged and merged LSOAs carry over whole; a split 2011 LSOA is shared among its 2021 parts in proportion " +
    "to their mid-2024 population. The total population uses ONS mid-2024 estimates, so the two can differ.",
  "Change since IoD2019 is shown only for LSOAs whose boundaries did not change between 2011 and 2021 " +
    "(change code U). Deciles compare each LSOA with the rest of England in each edition, so a change in decile " +
    "is a change in relative position.",
  "Borough figures from the needs assessments describe the whole borough, not the neighbourhood."
];

/** The caveats, the one on street-level records as true for this build. */
const caveats = (data: StoryPageData) =>
  data.police ? CAVEATS.map((c) => (c === NO_STREET_RECORDS_CAVEAT ? STREET_RECORDS_CAVEAT : c)) : CAVEATS;

const PROVENANCE_TABLE_START = html`${[
  html`<div class="data-table-scroll" tabindex="0" role="region" aria-label="Data files this page is built from">`,
  html`<table><caption>Data files this page is built from, each checked against its published checksum</caption>`,
  html`<thead><tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Licence</th>`,
  html`<th scope="col">File</th></tr></thead>`
]}`;

function provenanceTable(files: readonly SourceFile[]): SafeHtml {
  const rows = files.map(
    (f) =>
      html`${[
        html`<tr><th scope="row"><a href="${f.official}">${f.title}</a></th>`,
        html`<td>${f.publisher}</td><td>${f.licence}</td>`,
        html`<td><code>${f.path}</code></td></tr>`
      ]}`
  );
  return html`${PROVENANCE_TABLE_START}<tbody>${rows}</tbody></table></div>`;
}

function sourcesHtml(data: StoryPageData, files: readonly SourceFile[]): SafeHtml {
  const authors = data.story.authors.join(", ") || "the story's editors";
  return html`${[
    html`<h3>Caveats</h3><ul class="story-caveats">${listItems(caveats(data))}</ul>`,
    html`<h3>Documents cited</h3><ul>${listItems(data.story.sources)}</ul>`,
    html`<h3>Data files</h3>${provenanceTable(files)}`,
    html`<p class="story-note">Last reviewed ${data.story.last_reviewed} by ${authors}. `,
    html`Full list of data files, with checksums: <a href="../sources">sources and methods</a>.</p>`
  ]}`;
}

/** The geography statement the page makes plainly, in the "Where" section. */
function geographyHtml(data: StoryPageData): SafeHtml {
  const {area} = data.story;
  const defined = area.wards.length
    ? `whole wards: ${data.wards.map((w) => `${w.name} (${w.code})`).join(", ")}`
    : `a list of ${area.lsoas.length} LSOA 2021 codes`;
  return html`${[
    html`<aside class="story-geography" aria-label="Which geography stands for the neighbourhood">`,
    html`<p><strong>Which geography stands for ${data.story.title}.</strong> `,
    html`${area.explanation}</p>`,
    html`<p>Defined as ${defined}: ${formatInteger(area.lsoa_codes.length)} LSOAs (2021), `,
    html`${formatInteger(data.numbers.population)} residents in mid-2024.</p></aside>`
  ]}`;
}

/** Each story figure, drawn at build time, by its name (embedNames.ts says which step shows it). */
const FIGURES: Record<StoryFigureName, (ctx: StoryFigureContext) => HTMLElement> = {
  region: regionFigure,
  area: areaFigure,
  people: peopleFigure,
  deprivation: deprivationFigure,
  domains: domainsFigure,
  change: changeFigure,
  "change-map": changeMapFigure,
  crime: (ctx) => withPoliceCrime(ctx, crimeFigure(ctx)),
  borough: boroughFigure
};

/** One of a story's figures, drawn as on its page, for its embed page. */
export function storyFigure(ctx: StoryFigureContext, name: string): HTMLElement {
  if (!Object.hasOwn(FIGURES, name)) throw new Error(`a story has no figure named ${name}`);
  return FIGURES[name as StoryFigureName](ctx);
}

const TEXT_SLOTS: Partial<Record<StepState, (d: StoryPageData, files: readonly SourceFile[]) => SafeHtml>> = {
  voices: voicesHtml,
  activities: activitiesHtml,
  sources: sourcesHtml
};

/** What the figure slot beside a step holds. */
function slotHtml(state: StepState, ctx: StoryFigureContext, files: readonly SourceFile[]): SafeHtml | undefined {
  const names = STORY_FIGURE_NAMES.filter((f) => f.state === state).map((f) => f.name);
  if (!names.length) return TEXT_SLOTS[state]?.(ctx.data, files);
  const page = storyPath(ctx.data.story.slug);
  return html`${names.map((name) => toHtml(deferFigureParts(withEmbedCode(FIGURES[name](ctx), page, name))))}`;
}

const DRAFT_TEXT = "Only the dev server shows this story; it is published when story.yaml says status: published.";
const DRAFT_NOTE = html`<p class="story-draft" role="note"><strong>Draft.</strong> ${DRAFT_TEXT}</p>`;

/** After the story: the wards most like its area (when given) and the download of its data. */
function afterStory(data: StoryPageData, similar: SimilarAreas | undefined): SafeHtml {
  const like = similar && similarAreasBlock(similar, {name: "the area", label: "The story's area", root: "../"});
  const download = downloadBlock(`../data/stories/${data.story.slug}.csv`, "this story");
  return htmlLines([
    html`<section class="story-after" aria-label="Areas like this one and the data">`,
    ...(like ? [html`<h2 id="similar">Areas like this one</h2>`, toHtml(like)] : []),
    html`<h2 id="download">Download the data</h2>`,
    toHtml(download),
    html`</section>`
  ]);
}

/**
 * The Markdown page Framework renders for /stories/<slug>; `similar`, the wards most like the
 * story's area (wards/similar.ts), is shown after the story.
 */
export function storyPageMarkdown(data: StoryPageData, files: readonly SourceFile[], similar?: SimilarAreas): string {
  const {story, content} = data;
  const ctx = storyFigureContext(data, files);
  const steps = content.steps.map((step) => {
    const id = `step-${step.shows}`;
    const extra = step.shows === "area" && geographyHtml(data);
    const label = STEP_STATES.find((s) => s.state === step.shows)!.section;
    return html`<section class="story-step" id="${id}" data-state="${step.shows}" aria-labelledby="${id}-title">
<div class="story-text">
<p class="story-section-label">${label}</p>
<h2 id="${id}-title" tabindex="-1">${step.heading}</h2>
${narrativeWithCharts(step.narrative, data.charts)}${extra}
</div>
<div class="story-figure" data-state="${step.shows}">${slotHtml(step.shows, ctx, files)}</div>
</section>`;
  });
  const contents = content.steps.map((s) => html`<li><a href="#step-${s.shows}-title">${s.heading}</a></li>`);
  const reviewed = html`<time datetime="${story.last_reviewed}">${formatDate(story.last_reviewed)}</time>`;
  const header = html`<header class="story-header">
${story.status === "draft" && DRAFT_NOTE}
<p class="story-kicker">${story.borough} · story map</p>
<h1>${story.title}</h1>
${story.subtitle && html`<p class="story-subtitle">${story.subtitle}</p>`}
<p class="story-reviewed">Last reviewed ${reviewed}</p>
<nav class="story-contents" aria-label="Sections of this story"><ol>${contents}</ol></nav>
</header>`;
  // Markdown around the HTML: front matter, then the page's one script.
  return `---
title: ${JSON.stringify(story.title)}
toc: false
---

${header}

${html`<div class="story" id="story">\n${htmlLines(steps)}\n</div>`}

${afterStory(data, similar)}

${scriptBlock([
  menuImport("../"),
  'import {enhanceStory} from "../components/enhanceStory.js";',
  'enhanceStory(document.getElementById("story"));'
])}
`;
}
