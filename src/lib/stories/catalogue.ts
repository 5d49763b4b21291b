import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {resolveArea, type LsoaGeography, type ResolvedArea} from "../content/area.js";
import {ContentError} from "../content/problems.js";
import {parseStoryDefinition, type StoryDefinition} from "../content/story.js";
import {YamlFile} from "../content/yamlFile.js";
import {isInBuild} from "./drafts.js";

export type Story = StoryDefinition & {area: ResolvedArea};

/** Slugs are folder names: lowercase words joined by hyphens, so URLs are stable and readable. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Story folders under content/stories, sorted. */
export function storySlugs(contentDir: string): string[] {
  const dir = join(contentDir, "stories");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/**
 * Reads and checks every story's story.yaml and resolves its area against the lookup. Drafts are
 * left out unless the dev server asked for them (see drafts.ts).
 */
export function readStories(
  contentDir: string,
  lookup: readonly LsoaGeography[],
  root = contentDir,
  env: Record<string, string | undefined> = process.env
): Story[] {
  const stories = storySlugs(contentDir).map((slug) => {
    const path = join(contentDir, "stories", slug, "story.yaml");
    const file = relative(root, path);
    if (!SLUG.test(slug))
      throw new YamlFile(file, "").error(
        [],
        `folder name "${slug}" cannot be a web address`,
        "rename the folder using lowercase letters, digits and hyphens"
      );
    const text = readFileSync(path, "utf8");
    const definition = parseStoryDefinition(slug, file, text);
    return {
      ...definition,
      area: resolveArea(definition.area, lookup, new YamlFile(file, text), undefined, definition.borough)
    };
  });
  return stories.filter((story) => isInBuild(story.status, env));
}

/**
 * Slugs of the stories this build publishes (drafts only in the dev server), read cheaply from
 * each story.yaml's status, for the config's dynamicPaths. A file that cannot be read is kept, so
 * its story's loader fails with the real message instead of the page silently disappearing.
 */
export function storySlugsInBuild(contentDir: string, env: Record<string, string | undefined> = process.env): string[] {
  return storySlugs(contentDir).filter((slug) => {
    const path = join(contentDir, "stories", slug, "story.yaml");
    try {
      const data = new YamlFile(path, readFileSync(path, "utf8")).value() as {status?: unknown} | null;
      return isInBuild(String(data?.status ?? ""), env);
    } catch (error) {
      if (error instanceof ContentError || (error as NodeJS.ErrnoException).code === "ENOENT") return true;
      throw error;
    }
  });
}
