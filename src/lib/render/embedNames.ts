// Which figures have embed pages, and their addresses: no drawing here, so the site's configuration
// can list the embed pages (observablehq.config.ts) without loading the renderers.
import type {StepState} from "../content/steps.js";

/** Where embed pages live, under the site's root. */
export const EMBED_FOLDER = "embed";
/** Whether a built page ("embed/stories--aston--area.html") is an embed page, which other sites may frame. */
export const isEmbedPage = (file: string) => file.startsWith(`${EMBED_FOLDER}/`);
/** Joins the page's path and the figure's name in an embed page's name ("stories--aston--area"). */
const SEPARATOR = "--";

/**
 * Marks a figure (or a block holding it) whose embed page the build derives from the built page
 * (publish/embedPages.ts) rather than Framework draws: its value is the embed page's name, and
 * DERIVED_EMBED_FROM's the words for the link back ("the ward profile of Aston").
 */
export const DERIVED_EMBED = "data-embed";
export const DERIVED_EMBED_FROM = "data-embed-from";

/** Each story figure with an embed page: its name in the address and the step that shows it. */
export const STORY_FIGURE_NAMES = [
  {state: "region", name: "region"},
  {state: "area", name: "area"},
  {state: "people", name: "people"},
  {state: "deprivation", name: "deprivation"},
  {state: "domains", name: "domains"},
  {state: "change", name: "change"},
  {state: "change", name: "change-map"},
  {state: "crime", name: "crime"},
  {state: "borough", name: "borough"}
] as const satisfies readonly {state: StepState; name: string}[];
export type StoryFigureName = (typeof STORY_FIGURE_NAMES)[number]["name"];

/** The deprivation page's path from the site's root, and its figures with embed pages. */
export const DEPRIVATION_PAGE = "deprivation";
export const DEPRIVATION_FIGURES = ["map", "change"] as const;
export type DeprivationFigure = (typeof DEPRIVATION_FIGURES)[number];

/** A story page's path from the site's root. */
export const storyPath = (slug: string) => `stories/${slug}`;

/** An embed page's name: the path of the page the figure is on, then the figure's name. */
export function embedName(page: string, figure: string): string {
  return [...page.split("/"), figure].join(SEPARATOR);
}

/** The page an embed page's figure comes from ("stories/aston") and the figure's name ("area"). */
export function embedSource(name: string): {page: string; figure: string} {
  const parts = name.split(SEPARATOR);
  if (parts.length < 2) throw new Error(`${name} is not an embed page's name (page${SEPARATOR}figure)`);
  return {page: parts.slice(0, -1).join("/"), figure: parts.at(-1)!};
}

/** Every embed page's name, for the stories with these slugs. */
export function embedNames(storySlugs: readonly string[]): string[] {
  return [
    ...storySlugs.flatMap((slug) => STORY_FIGURE_NAMES.map((f) => embedName(storyPath(slug), f.name))),
    ...DEPRIVATION_FIGURES.map((f) => embedName(DEPRIVATION_PAGE, f))
  ];
}
