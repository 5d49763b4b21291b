import {textDirection} from "../content/language.js";
import {STEP_STATES, type StepState} from "../content/steps.js";
import {formatDate, formatInteger} from "../format.js";
import type {StoryPageData} from "../stories/assemble.js";
import {RATE_DEFINITION_NOTE} from "../summaries/crime.js";
import {voicesSentence} from "../summaries/stories.js";
import {escapeHtml, inert} from "./html.js";
import {narrativeWithCharts} from "./localChart.js";
import {toHtml} from "./serverDocument.js";
import {boroughFigure, crimeFigure, domainsFigure} from "./storyComparisonFigures.js";
import {changeFigure, peopleFigure} from "./storyChartFigures.js";
import {storyFigureContext, type SourceFile, type StoryFigureContext} from "./storyFigureContext.js";
import {areaFigure, deprivationFigure, regionFigure} from "./storyMapFigures.js";

type Voice = StoryPageData["content"]["voices"][number];

function voiceHtml(v: Voice): string {
  const meta = [v.speaker, v.location, `theme: ${v.theme}`, `collected ${v.collected} (${v.method})`];
  // The words in their own language and direction (Urdu reads right to left); the details stay English.
  const language = v.language ? ` lang="${escapeHtml(v.language)}" dir="${textDirection(v.language)}"` : "";
  return (
    `<li><blockquote${language}><p>${escapeHtml(v.text)}</p></blockquote>` +
    `<p class="story-voice-meta">${escapeHtml(meta.filter(Boolean).join(" · "))}</p></li>`
  );
}

const THEMES_NOTE =
  '<p class="story-note">' +
  "These are summaries of what people said across the borough, written by the council's needs assessment, " +
  "not quotes and not specific to this neighbourhood.</p>";

const NO_VOICES_NOTE =
  '<p class="story-note">' +
  "When residents share their views with consent, an editor adds them to voices.yaml in this story's folder.</p>";

function voicesHtml(data: StoryPageData): string {
  const {voices} = data.content;
  const sentence = voicesSentence(voices.length, data.themes.length, data.district.name);
  const lead = `<p class="wm-figure-summary">${escapeHtml(sentence)}</p>`;
  if (voices.length) {
    return inert(lead + `<ul class="story-voices">${voices.map(voiceHtml).join("")}</ul>`);
  }
  if (data.themes.length) {
    const sources = [...new Set(data.themes.map((t) => t.source))];
    const themes = data.themes.map((t) => `<li><strong>${escapeHtml(t.theme)}:</strong> ${escapeHtml(t.summary)}</li>`);
    return inert(
      lead +
        '<h3 class="story-themes-title">' +
        `Summarised themes from engagement events in ${escapeHtml(data.district.name)}</h3>` +
        THEMES_NOTE +
        `<ul class="story-themes">${themes.join("")}</ul>` +
        `<p class="wm-figure-source">Source: ${sources.map(escapeHtml).join("; ")}.</p>`
    );
  }
  return inert(lead) + NO_VOICES_NOTE;
}

function activitiesHtml(data: StoryPageData): string {
  const {note, activities} = data.content.activities;
  const items = activities.map((a) =>
    [
      `<li class="story-activity"><h3>${escapeHtml(a.title)}</h3><p>${escapeHtml(a.description)}</p><dl>`,
      a.partners.length ? `<dt>Partners</dt><dd>${escapeHtml(a.partners.join(", "))}</dd>` : "",
      a.dates ? `<dt>When</dt><dd>${escapeHtml(a.dates)}</dd>` : "",
      `<dt>Source</dt><dd>${escapeHtml(a.source)}`,
      a.link ? ` (<a href="${escapeHtml(a.link)}">link</a>)` : "",
      "</dd></dl></li>"
    ].join("")
  );
  const noteHtml = note ? `<p class="story-note">${escapeHtml(note)}</p>` : "";
  const list = items.length ? `<ul class="story-activities">${items.join("")}</ul>` : "";
  return inert(noteHtml + list);
}

const CAVEATS = [
  "The area is made of whole LSOAs or wards, which rarely match the neighbourhood people know; " +
    "the page says which geography is used and why.",
  RATE_DEFINITION_NOTE,
  "No knife crime hotspot maps or street-level crime records for these places are available offline, so none are " +
    "shown; the previous ArcGIS story maps used a hotspot map that cannot be reproduced from open data here.",
  "The age profile uses ONS mid-2020 estimates on 2011 LSOAs, mapped to 2021 LSOAs with the ONS lookup: " +
    "unchanged and merged LSOAs carry over whole; a split 2011 LSOA is shared among its 2021 parts in proportion " +
    "to their mid-2024 population. The total population uses ONS mid-2024 estimates, so the two can differ.",
  "Change since IoD2019 is shown only for LSOAs whose boundaries did not change between 2011 and 2021 " +
    "(change code U). Deciles compare each LSOA with the rest of England in each edition, so a change in decile " +
    "is a change in relative position.",
  "Borough figures from the needs assessments describe the whole borough, not the neighbourhood."
];

const PROVENANCE_TABLE_START = [
  '<div class="data-table-scroll" tabindex="0" role="region" aria-label="Data files this page is built from">',
  "<table><caption>Data files this page is built from, each checked against its published checksum</caption>",
  '<thead><tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Licence</th>',
  '<th scope="col">File</th></tr></thead>'
].join("");

function provenanceTable(files: readonly SourceFile[]): string {
  const rows = files
    .map((f) =>
      [
        `<tr><th scope="row"><a href="${escapeHtml(f.official)}">${escapeHtml(f.title)}</a></th>`,
        `<td>${escapeHtml(f.publisher)}</td><td>${escapeHtml(f.licence)}</td>`,
        `<td><code>${escapeHtml(f.path)}</code></td></tr>`
      ].join("")
    )
    .join("");
  return `${PROVENANCE_TABLE_START}<tbody>${rows}</tbody></table></div>`;
}

function sourcesHtml(data: StoryPageData, files: readonly SourceFile[]): string {
  const docs = data.story.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join("");
  const caveats = CAVEATS.map((c) => `<li>${escapeHtml(c)}</li>`).join("");
  const authors = data.story.authors.join(", ") || "the story's editors";
  return inert(
    [
      `<h3>Caveats</h3><ul class="story-caveats">${caveats}</ul>`,
      `<h3>Documents cited</h3><ul>${docs}</ul>`,
      `<h3>Data files</h3>${provenanceTable(files)}`,
      `<p class="story-note">Last reviewed ${escapeHtml(data.story.last_reviewed)} by ${escapeHtml(authors)}. `,
      'Full list of data files, with checksums: <a href="../sources">sources and methods</a>.</p>'
    ].join("")
  );
}

/** The geography statement the page makes plainly, in the "Where" section. */
function geographyHtml(data: StoryPageData): string {
  const {area} = data.story;
  const defined = area.wards.length
    ? `whole wards: ${data.wards.map((w) => `${w.name} (${w.code})`).join(", ")}`
    : `a list of ${area.lsoas.length} LSOA 2021 codes`;
  return inert(
    [
      '<aside class="story-geography" aria-label="Which geography stands for the neighbourhood">',
      `<p><strong>Which geography stands for ${escapeHtml(data.story.title)}.</strong> `,
      `${escapeHtml(area.explanation)}</p>`,
      `<p>Defined as ${escapeHtml(defined)}: ${formatInteger(area.lsoa_codes.length)} LSOAs (2021), `,
      `${formatInteger(data.numbers.population)} residents in mid-2024.</p></aside>`
    ].join("")
  );
}

/** Each step's figure, drawn at build time; the last three steps hold text and lists instead. */
const FIGURES: Partial<Record<StepState, (ctx: StoryFigureContext) => HTMLElement>> = {
  region: regionFigure,
  area: areaFigure,
  people: peopleFigure,
  deprivation: deprivationFigure,
  domains: domainsFigure,
  change: changeFigure,
  crime: crimeFigure,
  borough: boroughFigure
};
const TEXT_SLOTS: Partial<Record<StepState, (d: StoryPageData, files: readonly SourceFile[]) => string>> = {
  voices: voicesHtml,
  activities: activitiesHtml,
  sources: sourcesHtml
};

/** What the figure slot beside a step holds. */
function slotHtml(state: StepState, ctx: StoryFigureContext, files: readonly SourceFile[]): string {
  const figure = FIGURES[state];
  return figure ? toHtml(figure(ctx)) : (TEXT_SLOTS[state]?.(ctx.data, files) ?? "");
}

const DRAFT_NOTE =
  '<p class="story-draft" role="note"><strong>Draft.</strong> ' +
  "Only the dev server shows this story; it is published when story.yaml says status: published.</p>";

/** The Markdown page Framework renders for /stories/<slug>. */
export function storyPageMarkdown(data: StoryPageData, files: readonly SourceFile[]): string {
  const {story, content} = data;
  const ctx = storyFigureContext(data, files);
  const steps = content.steps.map((step) => {
    const id = `step-${step.shows}`;
    const extra = step.shows === "area" ? geographyHtml(data) : "";
    const label = STEP_STATES.find((s) => s.state === step.shows)!.section;
    return `<section class="story-step" id="${id}" data-state="${step.shows}" aria-labelledby="${id}-title">
<div class="story-text">
<p class="story-section-label">${escapeHtml(label)}</p>
<h2 id="${id}-title" tabindex="-1">${inert(escapeHtml(step.heading))}</h2>
${narrativeWithCharts(step.narrative, data.charts)}${extra}
</div>
<div class="story-figure" data-state="${step.shows}">${slotHtml(step.shows, ctx, files)}</div>
</section>`;
  });
  const contents = content.steps
    .map((s) => `<li><a href="#step-${s.shows}-title">${inert(escapeHtml(s.heading))}</a></li>`)
    .join("");
  const reviewed = `<time datetime="${story.last_reviewed}">${formatDate(story.last_reviewed)}</time>`;
  return `---
title: ${JSON.stringify(story.title)}
toc: false
---

<header class="story-header">
${story.status === "draft" ? DRAFT_NOTE : ""}
<p class="story-kicker">${escapeHtml(story.borough)} · story map</p>
<h1>${inert(escapeHtml(story.title))}</h1>
${story.subtitle ? `<p class="story-subtitle">${inert(escapeHtml(story.subtitle))}</p>` : ""}
<p class="story-reviewed">Last reviewed ${reviewed}</p>
<nav class="story-contents" aria-label="Sections of this story"><ol>${contents}</ol></nav>
</header>

<div class="story" id="story">
${steps.join("\n")}
</div>

\`\`\`js
import {enhanceStory} from "../components/enhanceStory.js";
enhanceStory(document.getElementById("story"));
\`\`\`
`;
}
