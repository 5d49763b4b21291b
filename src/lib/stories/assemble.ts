import {join} from "node:path";
import {summariseEngland, type AreaSummary} from "../aggregate/areas.js";
import {inlineImages} from "../content/images.js";
import {lsoaRecords} from "../datasets/lsoa.js";
import {geographyTopology} from "../datasets/geography.js";
import type {AreaTopology} from "../geo/topology.js";
import {readDomains, readIndicators} from "../inputs/deprivation.js";
import {IOD2019_COLUMN, readIod2019Domains} from "../inputs/iod2019.js";
import {readWardLookup} from "../inputs/lookups.js";
import {readAgeLsoa11, readLsoa11To21} from "../inputs/population.js";
import {readSna, type SnaTables} from "../inputs/sna.js";
import {englandMeasures} from "../lsoa/measures.js";
import type {LsoaRecord} from "../lsoa/record.js";
import type {Sources} from "../sources/index.js";
import type {AgeRow} from "./age.js";
import {readStories, type Story} from "./catalogue.js";
import {readStoryContent, type StoryContent} from "../content/storyFiles.js";
import {storyNumbers, type StoryNumberInputs, type StoryNumbers} from "./data.js";
import {storyGeometry, type StoryGeometry} from "./geometry.js";
import {readStoryCharts, type LocalChart} from "../content/localChart.js";

/** Everything the stories read from the sources, read once per process. */
export interface StoryInputs extends StoryNumberInputs {
  lsoas: LsoaRecord[];
  england: AreaSummary;
  topology: AreaTopology;
  sna: SnaTables;
  stories: Story[];
}

export function readStoryInputs(sources: Sources, contentDir: string, root: string): StoryInputs {
  const lsoas = lsoaRecords(sources);
  const lookup = readWardLookup(sources).map((r) => ({lsoa21cd: r.lsoa21cd, ward25cd: r.wd25cd, ward25nm: r.wd25nm, lad25cd: r.lad25cd, lad25nm: r.lad25nm}));
  const imd = IOD2019_COLUMN.imd;
  return {
    lsoas,
    england: summariseEngland(englandMeasures(readDomains(sources, true), readIndicators(sources, true))),
    ages: readAgeLsoa11(sources) as unknown as AgeRow[],
    links: readLsoa11To21(sources),
    iod2019: new Map(readIod2019Domains(sources).map((r) => [r.lsoa11_code, {decile: (r as unknown as Record<string, number>)[`${imd}_decile`], rank: (r as unknown as Record<string, number>)[`${imd}_rank`]}])),
    topology: geographyTopology(sources),
    sna: readSna(sources),
    stories: readStories(contentDir, lookup, root)
  };
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
}

export function assembleStory(inputs: StoryInputs, story: Story, contentDir: string, root: string): StoryPageData {
  const rows = inputs.lsoas.filter((r) => story.area.lsoa_codes.includes(r.lsoa21cd));
  const wards = [...new Map(rows.map((r) => [r.ward25cd, {code: r.ward25cd, name: r.ward25nm}])).values()];
  const districtCode = story.area.district_codes[0];
  const district = {code: districtCode, name: rows.find((r) => r.lad25cd === districtCode)!.lad25nm};
  const msoaOf = new Map(rows.map((r) => [r.lsoa21cd, {code: r.msoa21cd, name: r.msoa21nm}]));
  const indicatorsHere = new Set(inputs.sna.laIndicators.filter((r) => r.area_code === districtCode).map((r) => r.indicator));
  return {
    story,
    content: withImages(readStoryContent(contentDir, story.slug, root, wards.map((w) => w.name)), join(contentDir, "stories", story.slug)),
    charts: readStoryCharts(contentDir, story.slug, root),
    numbers: storyNumbers(story.area.lsoa_codes, inputs),
    geometry: storyGeometry(inputs.topology, story.area.lsoa_codes, story.area.ward_codes, msoaOf),
    district,
    wards,
    keyFigures: inputs.sna.keyFigures.filter((r) => r.area_code === districtCode),
    laIndicators: inputs.sna.laIndicators.filter((r) => indicatorsHere.has(r.indicator) && (r.area_code === districtCode || r.area_code === "E92000001")),
    themes: inputs.sna.engagementThemes.filter((r) => r.area_code === districtCode)
  };
}
