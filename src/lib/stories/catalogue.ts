import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {resolveArea, type LsoaGeography, type ResolvedArea} from "./area.js";
import {parseStoryDefinition, type StoryDefinition} from "./definition.js";
import {YamlFile} from "./yaml.js";

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

/** Reads and checks every story's story.yaml and resolves its area against the lookup. */
export function readStories(contentDir: string, lookup: readonly LsoaGeography[], root = contentDir): Story[] {
  return storySlugs(contentDir).map((slug) => {
    const path = join(contentDir, "stories", slug, "story.yaml");
    const file = relative(root, path);
    if (!SLUG.test(slug)) throw new YamlFile(file, "").error([], `folder name "${slug}" cannot be a web address`, "rename the folder using lowercase letters, digits and hyphens");
    const text = readFileSync(path, "utf8");
    const definition = parseStoryDefinition(slug, file, text);
    return {...definition, area: resolveArea(definition.area, lookup, new YamlFile(file, text))};
  });
}
