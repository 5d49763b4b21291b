import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import type {Token} from "markdown-it";
import {resolveArea, type AreaCodes, type LsoaGeography} from "../content/area.js";
import {areaFit, type LsoaNeighbourhood} from "../content/areaFit.js";
import {IMAGE_TYPES, MAX_IMAGE_BYTES} from "../content/images.js";
import {checkLocalChart} from "../content/localChart.js";
import {brokenLinks, directiveOf, isExternal, markdownReferences, parseMarkdown} from "../content/markdown.js";
import {checkPlaceLocations, parsePlaces, type Box} from "../content/places.js";
import {ContentError, Problems} from "../content/problems.js";
import {checkSteps} from "../content/steps.js";
import {checkStoryDefinition, type CheckedDefinition} from "../content/story.js";
import {PLACES_FILE, readSectionFile, STORY_FILES} from "../content/storyFiles.js";
import {YamlFile} from "../content/yamlFile.js";
import {SLUG, storySlugs} from "../stories/catalogue.js";
import {closest} from "../util/suggest.js";
import {checkHeadingLengths, checkQuoteLengths, checkStoryLengths} from "./lengths.js";
import {siteRoutes, type SiteRoutes} from "./routes.js";

export interface CheckOptions {
  /** Project root: paths in messages are relative to it. */
  root: string;
  /** Folder holding stories/<slug>/. */
  contentDir: string;
  /** Framework's source root, for the pages internal links may point to. */
  srcDir: string;
  lookup: readonly LsoaGeography[];
  /** Each LSOA's neighbourhood (MSOA) and residents, for the area-fit warning; without it the rule is skipped. */
  neighbourhoods?: readonly LsoaNeighbourhood[];
  /** Each LSOA's bounding box, for where named places lie; without it only their format is checked. */
  lsoaBoxes?: ReadonlyMap<string, Box>;
  /** Today's date (YYYY-MM-DD), for the review reminder. */
  today: string;
}

/** A story as far as the check could read it. */
interface CheckedStory {
  slug: string;
  folder: string;
  definition?: CheckedDefinition;
  area?: AreaCodes;
  /** steps.md, parsed once: its structure is checked with the story, its links and charts against all stories. */
  markdown?: Token[];
}

/** Text an editor must replace before a story is published (new-story writes it). */
export const PLACEHOLDER = "TODO";
/** Files and folders a story folder may hold. */
const KNOWN_ENTRIES = ["story.yaml", ...Object.values(STORY_FILES).map((f) => f.name), PLACES_FILE, "charts", "images"];
const IMAGE = new RegExp(`\\.(${Object.keys(IMAGE_TYPES).join("|")})$`, "i");

/** Checks all content and returns every problem found, errors and warnings. */
export function checkContent(options: CheckOptions): Problems {
  const problems = new Problems();
  const routes = siteRoutes(options.srcDir);
  const stories = storySlugs(options.contentDir).map((slug) => checkStory(slug, options, problems));
  checkDuplicateSlugs(stories, options, problems);
  for (const story of stories) checkReferences(story, stories, routes, options, problems);
  problems.list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return problems;
}

const fileOf = (options: CheckOptions, ...parts: string[]) =>
  relative(options.root, join(options.contentDir, "stories", ...parts));

function checkStory(slug: string, options: CheckOptions, problems: Problems): CheckedStory {
  const folder = join(options.contentDir, "stories", slug);
  const stepsPath = join(folder, STORY_FILES.steps.name);
  const isFile = existsSync(stepsPath) && statSync(stepsPath).isFile();
  const story: CheckedStory = {
    slug,
    folder,
    markdown: isFile ? parseMarkdown(readFileSync(stepsPath, "utf8")) : undefined
  };
  const file = fileOf(options, slug, "story.yaml");
  if (!SLUG.test(slug))
    problems.error(
      new ContentError(
        file,
        undefined,
        `folder name "${slug}" cannot be a web address`,
        "rename the folder using lowercase letters, digits and hyphens"
      )
    );
  if (!existsSync(join(folder, "story.yaml"))) {
    problems.error(
      new ContentError(
        file,
        undefined,
        "story.yaml is missing",
        "every story folder needs one; run npm run new-story to make a new story"
      )
    );
    return story;
  }
  const yaml = problems.collect(() => new YamlFile(file, readFileSync(join(folder, "story.yaml"), "utf8")));
  story.definition = yaml && checkStoryDefinition(slug, yaml, problems);
  if (!yaml || !story.definition) return story;
  checkStoryLengths(yaml, story.definition, problems);
  const before = problems.errors.length;
  story.area = resolveArea(story.definition.area, options.lookup, yaml, problems, story.definition.borough);
  const areaIsValid = problems.errors.length === before;
  if (areaIsValid && options.neighbourhoods) {
    for (const fit of areaFit(story.definition, story.area, options.neighbourhoods))
      problems.warning(yaml.error(["area"], fit.problem, fit.fix));
  }
  checkReviewDate(story.definition, yaml, options.today, problems);
  const wardNames = new Map(options.lookup.map((r) => [r.ward25cd, r.ward25nm]));
  // With a wrong code in the area, any ward is accepted for voices so one typo is one message.
  const names = (areaIsValid ? story.area.ward_codes : [...wardNames.keys()]).map((code) => wardNames.get(code)!);
  const {name, fix} = STORY_FILES.steps;
  const steps = story.markdown ? checkSteps(fileOf(options, slug, name), story.markdown, problems) : [];
  if (story.markdown) checkHeadingLengths(fileOf(options, slug, name), story.markdown, problems);
  else if (story.definition.status === "draft")
    // A draft is never built: the hosted CMS publishes a new story's story.yaml before its steps.
    problems.warning(
      new ContentError(
        fileOf(options, slug, name),
        undefined,
        `the draft has no ${name} yet`,
        "write its steps before publishing it (in the CMS: Steps, then pick this story)"
      )
    );
  else problems.error(new ContentError(fileOf(options, slug, name), undefined, `${name} is missing`, fix));
  // voices.yaml and activities.yaml: needed only by a story whose steps show them, checked whenever present.
  for (const key of ["voices", "activities"] as const) {
    problems.collect(() => {
      const found = readSectionFile(options.contentDir, slug, options.root, key, steps);
      if (!found) return;
      STORY_FILES[key].parse(found.file, found.text, names);
      if (key === "voices") checkQuoteLengths(found.file, found.text, problems);
    });
  }
  checkPlaces(story, options, areaIsValid, problems);
  checkCharts(story, options, problems);
  checkEntries(story, options, problems);
  if (story.definition.status === "published") checkPlaceholders(story, options, problems);
  return story;
}

/** places.yaml, when the story has one: its format, then where each place lies (with a valid area). */
function checkPlaces(story: CheckedStory, options: CheckOptions, areaIsValid: boolean, problems: Problems): void {
  const path = join(story.folder, PLACES_FILE);
  if (!existsSync(path)) return;
  const file = fileOf(options, story.slug, PLACES_FILE);
  const text = readFileSync(path, "utf8");
  const places = problems.collect(() => parsePlaces(file, text));
  if (!places || !areaIsValid || !options.lsoaBoxes || !story.area) return;
  const wards = new Set(story.area.ward_codes);
  const shown = options.lookup.filter((r) => wards.has(r.ward25cd)).map((r) => r.lsoa21cd);
  const geography = {lsoaBoxes: options.lsoaBoxes, area: story.area.lsoa_codes, shown};
  checkPlaceLocations(file, text, places, geography, problems);
}

/** Reviews older than a year get a warning; a review date in the future is an error. */
function checkReviewDate(definition: CheckedDefinition, yaml: YamlFile, today: string, problems: Problems): void {
  const reviewed = definition.last_reviewed;
  if (!reviewed) return;
  if (reviewed > today) {
    problems.error(
      yaml.error(
        ["last_reviewed"],
        `last_reviewed ${reviewed} is in the future`,
        `use the date the story was last checked, e.g. ${today}`
      )
    );
    return;
  }
  const yearAgo = new Date(`${today}T00:00:00Z`);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  if (reviewed < yearAgo.toISOString().slice(0, 10)) {
    problems.warning(
      yaml.error(
        ["last_reviewed"],
        `the story was last reviewed on ${reviewed}, more than 12 months ago`,
        "check every step, voice and activity is still accurate, then set last_reviewed to the date you checked"
      )
    );
  }
}

/**
 * Two folders that would share a web address once written the way the site writes slugs; two stories with one
 * title.
 */
function checkDuplicateSlugs(stories: CheckedStory[], options: CheckOptions, problems: Problems): void {
  const seen = new Map<string, string>();
  for (const {slug} of stories) {
    const key = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, slug);
    else
      problems.error(
        new ContentError(
          fileOf(options, slug, "story.yaml"),
          undefined,
          `the slug "${key}" is already used by content/stories/${first}`,
          "each story needs its own web address: rename one of the two folders"
        )
      );
  }
  const titles = new Map<string, string>();
  for (const {slug, definition} of stories) {
    const title = definition?.title?.trim().toLowerCase();
    if (!title) continue;
    const first = titles.get(title);
    if (first === undefined) titles.set(title, slug);
    else
      problems.warning(
        new YamlFile(
          fileOf(options, slug, "story.yaml"),
          readFileSync(join(options.contentDir, "stories", slug, "story.yaml"), "utf8")
        ).error(
          ["title"],
          `content/stories/${first} has the same title, "${definition!.title}"`,
          "give each story its own title so readers can tell them apart"
        )
      );
  }
}

function checkCharts(story: CheckedStory, options: CheckOptions, problems: Problems): void {
  const dir = join(story.folder, "charts");
  if (!existsSync(dir)) return;
  const files = readdirSync(dir);
  for (const name of files) {
    const spec = /^(.+)\.ya?ml$/.exec(name);
    const csvName = spec ? `${spec[1]}.csv` : "";
    if (spec) {
      const csvPath = join(dir, csvName);
      checkLocalChart(
        spec[1],
        fileOf(options, story.slug, "charts", name),
        readFileSync(join(dir, name), "utf8"),
        fileOf(options, story.slug, "charts", csvName),
        existsSync(csvPath) ? readFileSync(csvPath, "utf8") : null,
        problems
      );
    } else if (name.endsWith(".csv")) {
      const base = name.slice(0, -4);
      if (!files.includes(`${base}.yaml`) && !files.includes(`${base}.yml`))
        problems.error(
          new ContentError(
            fileOf(options, story.slug, "charts", name),
            undefined,
            "this CSV has no chart spec",
            `add charts/${base}.yaml saying how to draw it (see docs/editors.md, section Local charts)`
          )
        );
    }
  }
}

/** Files an editor may have misnamed (voice.yaml for voices.yaml) would be silently ignored. */
function checkEntries(story: CheckedStory, options: CheckOptions, problems: Problems): void {
  for (const name of readdirSync(story.folder)) {
    if (KNOWN_ENTRIES.includes(name) || name.startsWith(".")) continue;
    const near = closest(name, KNOWN_ENTRIES);
    const fix = near
      ? `did you mean ${near}? Rename it`
      : `story folders hold ${KNOWN_ENTRIES.join(", ")}; move or delete it`;
    problems.warning(
      new ContentError(
        fileOf(options, story.slug, name),
        undefined,
        "this file is not part of the story format and is ignored",
        fix
      )
    );
  }
}

/** The scaffold's TODO markers must all be replaced before a story is published. */
function checkPlaceholders(story: CheckedStory, options: CheckOptions, problems: Problems): void {
  for (const name of ["story.yaml", ...Object.values(STORY_FILES).map((f) => f.name), PLACES_FILE]) {
    const path = join(story.folder, name);
    if (!existsSync(path)) continue;
    readFileSync(path, "utf8")
      .split(/\r?\n/)
      .forEach((line, i) => {
        const comment = name.endsWith(".yaml") && line.trimStart().startsWith("#");
        if (line.includes(PLACEHOLDER) && !comment)
          problems.error(
            new ContentError(
              fileOf(options, story.slug, name),
              i + 1,
              `"${PLACEHOLDER}" text is left in a published story`,
              "write the real text, or keep status: draft until it is ready"
            )
          );
      });
  }
}

/** Images need alt text and a file; internal links must reach a page this build publishes. */
function checkReferences(
  story: CheckedStory,
  stories: CheckedStory[],
  routes: SiteRoutes,
  options: CheckOptions,
  problems: Problems
): void {
  if (!story.markdown) return;
  const file = fileOf(options, story.slug, STORY_FILES.steps.name);
  const error = (line: number, problem: string, fix: string) =>
    problems.error(new ContentError(file, line, problem, fix));
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  const charts = existsSync(join(story.folder, "charts")) ? readdirSync(join(story.folder, "charts")) : [];
  for (const chart of story.markdown.map(directiveOf)) {
    if (chart?.name !== "chart" || charts.includes(`${chart.value}.yaml`)) continue;
    const others = charts.filter((c) => c.endsWith(".yaml")).map((c) => c.slice(0, -5));
    const add = `add charts/${chart.value}.yaml and charts/${chart.value}.csv`;
    error(
      chart.line,
      `there is no chart "${chart.value}"`,
      charts.length ? `${add}, or use one of: ${others.join(", ")}` : add
    );
  }
  for (const broken of brokenLinks(story.markdown))
    error(
      broken.line,
      `"${broken.text}" is not a link: a bracket is missing or misplaced, so readers would see it as written`,
      "write a link as [the words to click](/address), with no space between ] and ("
    );
  for (const ref of markdownReferences(story.markdown)) {
    if (ref.kind === "image") {
      if (!ref.text)
        error(
          ref.line,
          `the image ${ref.target} has no alt text`,
          `describe what it shows for readers who cannot see it: ![A mural on the community centre wall](${ref.target})`
        );
      if (isExternal(ref.target))
        error(
          ref.line,
          `the image ${ref.target} is on another website`,
          "save it in the story's images/ folder (with permission) and write ![alt text](images/<file>)"
        );
      else if (!ref.target.startsWith("images/"))
        error(
          ref.line,
          `the image ${ref.target} is not in the story's images/ folder`,
          `put it in content/stories/${story.slug}/images/ and write images/<file>`
        );
      else if (!IMAGE.test(ref.target))
        error(
          ref.line,
          `the image ${ref.target} is not a JPEG, PNG, WebP or GIF file`,
          "save it in one of those formats (photos as .jpg)"
        );
      else if (!existsSync(join(story.folder, ref.target)))
        error(
          ref.line,
          `the image ${ref.target} does not exist`,
          `add the file to content/stories/${story.slug}/images/ or correct the name`
        );
      else if (statSync(join(story.folder, ref.target)).size > MAX_IMAGE_BYTES)
        error(
          ref.line,
          `the image ${ref.target} is larger than ${MAX_IMAGE_BYTES / 1000} KB`,
          "resize it to at most 1,600 pixels wide and save it as a JPEG of quality 80"
        );
      continue;
    }
    if (/^http:/i.test(ref.target))
      error(
        ref.line,
        `the link to ${ref.target} is not secure (http://)`,
        "use the site's https:// address; if it has none, leave the link out"
      );
    if (isExternal(ref.target) || ref.target.startsWith("#")) continue;
    const url = new URL(ref.target, `https://site.invalid/stories/${story.slug}`).pathname.replace(/\/$/, "") || "/";
    const linked = /^\/stories\/([^/]+)$/.exec(url);
    if (linked) {
      const target = bySlug.get(linked[1]);
      if (!target)
        error(
          ref.line,
          `the link to ${ref.target} goes to a story that does not exist`,
          `use one of: ${stories.map((s) => `/stories/${s.slug}`).join(", ")}`
        );
      else if (target.definition?.status === "draft" && story.definition?.status === "published")
        error(
          ref.line,
          `the link to ${ref.target} goes to a draft story, which is not published`,
          "remove the link until that story is published"
        );
    } else if (!routes.has(url)) {
      error(
        ref.line,
        `the link to ${ref.target} goes to a page that does not exist`,
        "link to a page of this site such as /deprivation or /stories/<slug>, or to a full https:// address"
      );
    }
  }
}
