import {readFileSync} from "node:fs";
import {join} from "node:path";
import {listFiles} from "../util/files.js";
import {storySlugs, storySlugsInBuild} from "../stories/catalogue.js";
import {storyRoute} from "../stories/drafts.js";

/** Slugs of the draft stories in the content folder. */
export function draftSlugs(contentDir: string): string[] {
  const published = new Set(storySlugsInBuild(contentDir, {}));
  return storySlugs(contentDir).filter((slug) => !published.has(slug));
}

const TEXT = /\.(html|js|json|css|csv|txt|md|svg|topojson|xml)$/;

/**
 * Whether a built file is the draft's page (or lies under its route): told apart by the story
 * route, never by the slug alone, since a ward, a neighbourhood or a data file may share the name.
 */
function isUnderRoute(file: string, route: string): boolean {
  const withoutExtension = file.replace(/\.[^/.]*$/, "");
  return withoutExtension === route || file.startsWith(`${route}/`);
}

/** The route in a text as a whole address ("./stories/heath" is not in "./stories/heath-town"). */
const routeInText = (route: string) => new RegExp(`(?<![\\w-])${route}(?![\\w-])`);

/**
 * Files of a built site that publish a draft story: its page (by its route, "stories/<slug>"), or a
 * text that links to that route or names the story in a JSON "slug" field (the search index). A
 * production build must have none.
 */
export function draftMentions(siteDir: string, slugs: readonly string[]): string[] {
  if (!slugs.length) return [];
  const found: string[] = [];
  const drafts = slugs.map((slug) => ({slug, route: storyRoute(slug), inText: routeInText(storyRoute(slug))}));
  for (const file of listFiles(siteDir)) {
    const page = drafts.find(({route}) => isUnderRoute(file, route));
    if (page) {
      found.push(`${file}: the page of the draft "${page.slug}"`);
      continue;
    }
    if (!TEXT.test(file)) continue;
    const text = readFileSync(join(siteDir, file), "utf8");
    const linked = drafts.find(
      ({slug, inText}) => inText.test(text) || new RegExp(`"slug"\\s*:\\s*"${slug}"`).test(text)
    );
    if (linked) found.push(`${file}: mentions the draft "${linked.slug}"`);
  }
  return found;
}
