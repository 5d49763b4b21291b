import {readFileSync} from "node:fs";
import {join} from "node:path";
import {listFiles} from "../util/files.js";
import {storySlugs, storySlugsInBuild} from "../stories/catalogue.js";

/** Slugs of the draft stories in the content folder. */
export function draftSlugs(contentDir: string): string[] {
  const published = new Set(storySlugsInBuild(contentDir, {}));
  return storySlugs(contentDir).filter((slug) => !published.has(slug));
}

const TEXT = /\.(html|js|json|css|csv|txt|md|svg|topojson|xml)$/;

/**
 * Files of a built site that name a draft story: in their path, or in their text as a story
 * address ("stories/<slug>") or as a JSON "slug" field. A production build must have none.
 */
export function draftMentions(siteDir: string, slugs: readonly string[]): string[] {
  if (!slugs.length) return [];
  const found: string[] = [];
  for (const file of listFiles(siteDir)) {
    const inPath = slugs.find((slug) => file.split(/[/.]/).includes(slug));
    if (inPath) {
      found.push(`${file}: its name contains the draft "${inPath}"`);
      continue;
    }
    if (!TEXT.test(file)) continue;
    const text = readFileSync(join(siteDir, file), "utf8");
    const inText = slugs.find(
      (slug) => text.includes(`stories/${slug}`) || new RegExp(`"slug"\\s*:\\s*"${slug}"`).test(text)
    );
    if (inText) found.push(`${file}: mentions the draft "${inText}"`);
  }
  return found;
}
