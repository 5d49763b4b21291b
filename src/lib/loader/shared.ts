import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {provenanceTable, type ProvenanceRow} from "../datasets/provenance.js";
import {loadModel, type Model} from "../model/model.js";
import type {RiskIndex} from "../risk/compute.js";
import {riskIndex} from "../risk/dataset.js";
import type {Sources} from "../sources/index.js";
import {
  assembleStoryData,
  readStoryInputs,
  STORY_SOURCES,
  withStoryContent,
  type StoryInputs,
  type StoryPageData
} from "../stories/assemble.js";
import {lazyObject} from "../util/lazy.js";
import {wardProfilesFromSources} from "../wards/dataset.js";
import {wardSlugsFromSources} from "../wards/paths.js";
import {similarAreaFinder, type FindSimilar} from "../wards/similar.js";
import type {WardProfile} from "../wards/profile.js";
import {isPreview, keptOnDisk, previewStoryFile, storyDataKey} from "./previewCache.js";

/**
 * What the site's outputs are made from. Each part is computed on first read and kept, so one
 * process that writes every output (the build's generation step) joins the data, ranks the risk
 * index and assembles each story once, and a loader the dev server runs alone pays only for the
 * parts its output reads.
 */
export interface Shared {
  sources: Sources;
  /** The project root: content/, config/ and src/ are read from here. */
  root: string;
  model: Model;
  provenance: ProvenanceRow[];
  riskIndex: RiskIndex;
  /** The stories in this build (drafts only in the dev server), with their areas resolved. */
  storyInputs: StoryInputs;
  /** Every story in this build, assembled for its page. */
  stories: StoryPageData[];
  /** One story, assembled for its page (without assembling the others). */
  story: (slug: string) => StoryPageData;
  wardProfiles: WardProfile[];
  ward: (slug: string) => WardProfile;
  /** The wards most like an area made of some of the region's LSOAs (a story's area). */
  similarAreas: FindSimilar;
}

export function sharedInputs(sources: Sources, root: string): Shared {
  const content = join(root, "content");
  const assembled = new Map<string, StoryPageData>();
  const shared: Shared = lazyObject<Shared>({
    sources: () => sources,
    root: () => root,
    model: () => loadModel(sources),
    provenance: () => provenanceTable(sources),
    riskIndex: () => riskIndex(shared.model, root),
    storyInputs: () => readStoryInputs(sources, content, root),
    stories: () => shared.storyInputs.stories.map((story) => shared.story(story.slug)),
    story: () => (slug) => {
      if (!assembled.has(slug)) {
        const data = () => {
          const story = shared.storyInputs.stories.find((s) => s.slug === slug);
          if (!story) throw new Error(`no story folder content/stories/${slug}`);
          return assembleStoryData(shared.storyInputs, story);
        };
        // The dev server keeps each story's data on disk, so an edit to its words only re-renders it.
        const yaml = join(content, "stories", slug, "story.yaml");
        const kept = isPreview() && existsSync(yaml);
        const key = () => storyDataKey(root, sources, STORY_SOURCES, readFileSync(yaml, "utf8"));
        assembled.set(
          slug,
          withStoryContent(kept ? keptOnDisk(previewStoryFile(root, slug), key(), data) : data(), content, root)
        );
      }
      return assembled.get(slug)!;
    },
    wardProfiles: () => wardProfilesFromSources(sources, root),
    similarAreas: () =>
      similarAreaFinder({lsoas: shared.model.lsoas, ages: shared.model.ages, slugs: wardSlugsFromSources(sources)}),
    ward: () => {
      const bySlug = new Map(shared.wardProfiles.map((w) => [w.slug, w]));
      return (slug) => {
        const ward = bySlug.get(slug);
        if (!ward) throw new Error(`no ward with the slug ${slug} in the sources' ward lookup`);
        return ward;
      };
    }
  });
  return shared;
}
