import {existsSync} from "node:fs";
import {join} from "node:path";

export interface StoryArea {
  slug: string;
  title: string;
  status: string;
  area: {lsoa_codes: string[]; ward_codes: string[]; district_codes: string[]};
}

/**
 * Stories whose page this build has (src/stories/<slug>.md or the [slug] route, as Markdown or as a
 * page loader `.md.ts`), so links from the explorer never point at a page that is not there, and
 * whether the /stories index exists.
 */
export function publishedStories<S extends {slug: string}>(
  projectRoot: string,
  stories: readonly S[]
): {index: boolean; stories: S[]} {
  const dir = join(projectRoot, "src", "stories");
  const page = (name: string) => existsSync(join(dir, `${name}.md`)) || existsSync(join(dir, `${name}.md.ts`));
  const route = page("[slug]");
  return {index: page("index"), stories: stories.filter((s) => route || page(s.slug))};
}
