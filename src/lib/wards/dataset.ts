import {join} from "node:path";
import {loadModel} from "../model/model.js";
import {groupBy} from "../model/weighted.js";
import {riskIndex} from "../risk/dataset.js";
import type {Sources} from "../sources/index.js";
import {readStories, type Story} from "../stories/catalogue.js";
import {wardSlugsFromSources} from "./paths.js";
import {wardProfiles, type WardProfile} from "./profile.js";
import type {buildSearchIndex, StoryForSearch} from "./search.js";
import {publishedStories, type StoryArea} from "./stories.js";

/** The stories in this build (drafts only in the dev server), with their areas resolved. */
function storiesInBuild(sources: Sources, projectRoot: string): Story[] {
  return readStories(join(projectRoot, "content"), loadModel(sources).places, projectRoot);
}

/** Stories from content/ that have a page in this build, and whether /stories exists. */
export function storyPages(sources: Sources, projectRoot: string): {index: boolean; stories: StoryArea[]} {
  return publishedStories(
    projectRoot,
    storiesInBuild(sources, projectRoot).map(({slug, title, status, area}) => ({slug, title, status, area}))
  );
}

/**
 * What "find your area" finds a story by, from its own story.yaml: the title, the subtitle (where
 * the places it covers are named: "Hawkesley, Pool Farm and Primrose Hill"), the borough, and the
 * names of the wards its area lies in. Only stories with a page in this build.
 */
export function storiesForSearch(sources: Sources, projectRoot: string): StoryForSearch[] {
  const wardNames = new Map(loadModel(sources).places.map((p) => [p.ward25cd, p.ward25nm]));
  return publishedStories(projectRoot, storiesInBuild(sources, projectRoot)).stories.map(
    ({slug, title, subtitle, borough, area}) => ({
      slug,
      title,
      subtitle,
      borough,
      wards: area.ward_codes.map((code) => wardNames.get(code) ?? code)
    })
  );
}

/** Every ward's profile from the checked sources (one loader for all wards). */
export function wardProfilesFromSources(sources: Sources, projectRoot: string): WardProfile[] {
  const model = loadModel(sources);
  return wardProfiles({
    lsoas: model.lsoas,
    areas: [...model.areas, model.england],
    ages: model.ages,
    risk: riskIndex(model, projectRoot).rows,
    stories: storyPages(sources, projectRoot).stories,
    slugs: wardSlugsFromSources(sources)
  });
}

/**
 * What the "find your area" index needs of every ward, straight from the LSOA table: the same
 * wards, LSOAs and neighbourhoods as the profiles, without the risk index, ages and England values.
 */
export function wardsForSearch(sources: Sources): Parameters<typeof buildSearchIndex>[0] {
  const slugs = wardSlugsFromSources(sources);
  return [...groupBy(loadModel(sources).lsoas, (l) => l.ward25cd)].map(([code, rows]) => ({
    code,
    name: rows[0].ward25nm,
    slug: slugs.get(code) ?? code.toLowerCase(),
    district_name: rows[0].lad25nm,
    lsoas: rows.map((r) => ({code: r.lsoa21cd, name: r.lsoa21nm, msoa: r.msoa21nm})),
    msoas: [...groupBy(rows, (r) => r.msoa21cd)].map(([msoa, inWard]) => ({
      code: msoa,
      name: inWard[0].msoa21nm,
      lsoas_in_ward: inWard.length
    }))
  }));
}
