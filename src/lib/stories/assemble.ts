import {join} from "node:path";
import {inlineImages} from "../content/images.js";
import {readStoryContent, type StoryContent} from "../content/storyFiles.js";
import {SOURCE_PATHS} from "../inputs/paths.js";
import type {SnaTables} from "../inputs/sna.js";
import {loadModel, type Model} from "../model/model.js";
import type {ManifestEntry, Sources} from "../sources/index.js";
import {readStories, type Story} from "./catalogue.js";
import {storyNumbers, type StoryNumbers} from "./data.js";
import {storyGeometry, type StoryGeometry} from "./geometry.js";
import {readStoryCharts, type LocalChart} from "../content/localChart.js";

/** The data model and the stories in this build, with their areas resolved against it. */
export interface StoryInputs {
  model: Model;
  stories: Story[];
}

export function readStoryInputs(sources: Sources, contentDir: string, root: string): StoryInputs {
  const model = loadModel(sources);
  return {model, stories: readStories(contentDir, model.places, root)};
}

/** The source files every story page is made from, in the order its "Data files" table lists them. */
export const STORY_SOURCES = [
  ...[SOURCE_PATHS.domains, SOURCE_PATHS.subdomains, SOURCE_PATHS.indicators],
  ...[SOURCE_PATHS.lookup, SOURCE_PATHS.wardLookup, SOURCE_PATHS.msoaNames, SOURCE_PATHS.lsoaBoundaries],
  ...[SOURCE_PATHS.domainsEngland, SOURCE_PATHS.indicatorsEngland],
  ...[SOURCE_PATHS.ageLsoa11, SOURCE_PATHS.lsoa11To21, SOURCE_PATHS.iod2019Domains],
  ...[SOURCE_PATHS.msoaBoundaries, SOURCE_PATHS.wardBoundaries],
  ...[SOURCE_PATHS.keyFigures, SOURCE_PATHS.laIndicators, SOURCE_PATHS.vwiHourOfWeek, SOURCE_PATHS.exclusions],
  ...[SOURCE_PATHS.engagementThemes, SOURCE_PATHS.vruFunding]
];

/** Manifest entries of STORY_SOURCES, for the page's "Data files" table. */
export function storySourceFiles(sources: Sources): ManifestEntry[] {
  return STORY_SOURCES.map((path) => sources.entry(path));
}

/** A story's content, its images embedded so they travel inside the page (see content/images.ts). */
function withImages(content: StoryContent, folder: string): StoryContent {
  inlineImages(content.steps, folder);
  return content;
}

/** One story with its content, numbers, shapes and the borough's figures from the needs assessments. */
export interface StoryPageData {
  story: Story;
  content: StoryContent;
  /** Local charts from charts/, placed in the narrative by "chart: <name>" lines. */
  charts: Record<string, LocalChart>;
  numbers: StoryNumbers;
  geometry: StoryGeometry;
  district: {code: string; name: string};
  wards: {code: string; name: string}[];
  keyFigures: SnaTables["keyFigures"];
  laIndicators: SnaTables["laIndicators"];
  themes: SnaTables["engagementThemes"];
  /** police.uk's monthly crimes of the region, when the sources folder has them (else null). */
  police: Model["policeCrime"];
}

/** What a story page is made of besides its content files: computed from the data and story.yaml only. */
export type StoryData = Omit<StoryPageData, "content" | "charts">;

/** A story's numbers, shapes and the borough's figures: the part of its page that takes the data model. */
export function assembleStoryData({model}: StoryInputs, story: Story): StoryData {
  const rows = model.lsoas.filter((r) => story.area.lsoa_codes.includes(r.lsoa21cd));
  const wards = [...new Map(rows.map((r) => [r.ward25cd, {code: r.ward25cd, name: r.ward25nm}])).values()];
  const districtCode = story.area.district_codes[0];
  const district = {code: districtCode, name: rows.find((r) => r.lad25cd === districtCode)!.lad25nm};
  const msoaOf = new Map(rows.map((r) => [r.lsoa21cd, {code: r.msoa21cd, name: r.msoa21nm}]));
  const {sna} = model;
  const indicatorsHere = new Set(sna.laIndicators.filter((r) => r.area_code === districtCode).map((r) => r.indicator));
  return {
    story,
    numbers: storyNumbers(story.area.lsoa_codes, model),
    geometry: storyGeometry(model.topology, story.area.lsoa_codes, story.area.ward_codes, msoaOf),
    district,
    wards,
    keyFigures: sna.keyFigures.filter((r) => r.area_code === districtCode),
    laIndicators: sna.laIndicators.filter(
      (r) => indicatorsHere.has(r.indicator) && (r.area_code === districtCode || r.area_code === "E92000001")
    ),
    themes: sna.engagementThemes.filter((r) => r.area_code === districtCode),
    police: model.policeCrime
  };
}

/** The story's data with its content files (steps, voices, activities, places, local charts), read now. */
export function withStoryContent(data: StoryData, contentDir: string, root: string): StoryPageData {
  const {slug} = data.story;
  const content = readStoryContent(
    contentDir,
    slug,
    root,
    data.wards.map((w) => w.name)
  );
  return {
    ...data,
    content: withImages(content, join(contentDir, "stories", slug)),
    charts: readStoryCharts(contentDir, slug, root)
  };
}

export function assembleStory(inputs: StoryInputs, story: Story, contentDir: string, root: string): StoryPageData {
  return withStoryContent(assembleStoryData(inputs, story), contentDir, root);
}
