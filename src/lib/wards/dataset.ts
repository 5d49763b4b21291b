import {join} from "node:path";
import {loadModel} from "../model/model.js";
import {riskIndex} from "../risk/dataset.js";
import type {Sources} from "../sources/index.js";
import {readStories} from "../stories/catalogue.js";
import {wardSlugsFromSources} from "./paths.js";
import {wardProfiles, type WardProfile} from "./profile.js";
import {publishedStories, type StoryArea} from "./stories.js";

/** Stories from content/ that have a page in this build, and whether /stories exists. */
export function storyPages(sources: Sources, projectRoot: string): {index: boolean; stories: StoryArea[]} {
  const stories = readStories(join(projectRoot, "content"), loadModel(sources).places, projectRoot);
  return publishedStories(
    projectRoot,
    stories.map(({slug, title, status, area}) => ({slug, title, status, area}))
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
