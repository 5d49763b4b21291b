import {join} from "node:path";
import {areaRows} from "../datasets/areas.js";
import {lsoaRecords} from "../datasets/lsoa.js";
import {readWardLookup} from "../inputs/lookups.js";
import {ages2021, riskIndexFromSources} from "../risk/dataset.js";
import type {Sources} from "../sources/index.js";
import {readStories} from "../stories/catalogue.js";
import {wardSlugsFromSources} from "./paths.js";
import {wardProfiles, type WardProfile} from "./profile.js";
import {publishedStories, type StoryArea} from "./stories.js";

/** Stories from content/ that have a page in this build, and whether /stories exists. */
export function storyPages(sources: Sources, projectRoot: string): {index: boolean; stories: StoryArea[]} {
  const lookup = readWardLookup(sources).map((r) => ({lsoa21cd: r.lsoa21cd, ward25cd: r.wd25cd, ward25nm: r.wd25nm, lad25cd: r.lad25cd, lad25nm: r.lad25nm}));
  const stories = readStories(join(projectRoot, "content"), lookup, projectRoot).map(({slug, title, status, area}) => ({slug, title, status, area}));
  return publishedStories(projectRoot, stories);
}

/** Every ward's profile from the checked sources (one loader for all wards). */
export function wardProfilesFromSources(sources: Sources, projectRoot: string): WardProfile[] {
  const lsoas = lsoaRecords(sources);
  return wardProfiles({
    lsoas,
    areas: areaRows(sources, lsoas) as never,
    ages: ages2021(sources, lsoas),
    risk: riskIndexFromSources(sources, lsoas, projectRoot).rows,
    stories: storyPages(sources, projectRoot).stories,
    slugs: wardSlugsFromSources(sources)
  });
}
