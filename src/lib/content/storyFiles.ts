import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseActivities, type Activities} from "./activities.js";
import {parsePlaces, type Place} from "./places.js";
import {ContentError} from "./problems.js";
import {parseSteps, type Step, type StepState} from "./steps.js";
import {parseVoices, type Voice} from "./voices.js";

export interface StoryContent {
  steps: Step[];
  voices: Voice[];
  activities: Activities;
  /** Named places on the story's maps (places.yaml, optional). */
  places: Place[];
}

/** The files of a story folder besides story.yaml, what to do when one is missing, and its parser. */
export const STORY_FILES = {
  steps: {
    name: "steps.md",
    fix: "copy steps.md from another story folder and rewrite its sections (see docs/stories.md)",
    parse: (file: string, text: string, _wardNames: readonly string[]) => parseSteps(file, text)
  },
  voices: {
    name: "voices.yaml",
    fix: 'create it with the single line "voices: []" until consented voices are collected',
    parse: (file: string, text: string, wardNames: readonly string[]) => parseVoices(file, text, wardNames)
  },
  activities: {
    name: "activities.yaml",
    fix: "create it with a note: saying what is known about the work in this place (see docs/stories.md)",
    parse: (file: string, text: string, _wardNames: readonly string[]) => parseActivities(file, text)
  }
} as const;

/**
 * The files that only a section of steps.md needs, by the figure (shows:) of that section: editors
 * choose which sections a story has, so a story without voices needs no voices.yaml.
 */
export const SECTION_FILES = {voices: "voices", activities: "activities"} as const satisfies Record<
  "voices" | "activities",
  StepState
>;
export type SectionFile = keyof typeof SECTION_FILES;

/** What a story without the section's file shows: nothing, and no note. */
const ABSENT: {[K in SectionFile]: () => ReturnType<(typeof STORY_FILES)[K]["parse"]>} = {
  voices: () => [],
  activities: () => ({note: null, activities: []})
};

/** Named places on the story's maps: optional, so a story without any needs no file. */
export const PLACES_FILE = "places.yaml";

/** Reads one content file of a story folder; a missing file is a ContentError. */
export function readStoryFile(
  contentDir: string,
  slug: string,
  root: string,
  name: string,
  fix: string
): {file: string; text: string} {
  const path = join(contentDir, "stories", slug, name);
  const file = relative(root, path);
  if (!existsSync(path)) throw new ContentError(file, undefined, `${name} is missing`, fix);
  return {file, text: readFileSync(path, "utf8")};
}

/**
 * Reads a file that a section of steps.md needs (voices.yaml, activities.yaml): its text when it
 * exists, null when the story has no such section and no file, and a ContentError at the section's
 * heading in steps.md when the story shows the section without its file.
 */
export function readSectionFile(
  contentDir: string,
  slug: string,
  root: string,
  key: SectionFile,
  steps: readonly Step[]
): {file: string; text: string} | null {
  const {name, fix} = STORY_FILES[key];
  const path = join(contentDir, "stories", slug, name);
  if (existsSync(path)) return {file: relative(root, path), text: readFileSync(path, "utf8")};
  const step = steps.find((s) => s.shows === SECTION_FILES[key]);
  if (!step) return null;
  throw new ContentError(
    relative(root, join(contentDir, "stories", slug, STORY_FILES.steps.name)),
    step.line,
    `the section "${step.heading}" (shows: ${step.shows}) needs ${name}, which is missing`,
    `${fix.replace(/^create it/, `create content/stories/${slug}/${name}`)}; or remove the section`
  );
}

/** The files of a story folder besides story.yaml; each is checked, with file:line errors. */
export function readStoryContent(
  contentDir: string,
  slug: string,
  root: string,
  wardNames: readonly string[]
): StoryContent {
  const {name, fix} = STORY_FILES.steps;
  const stepsFile = readStoryFile(contentDir, slug, root, name, fix);
  const steps = parseSteps(stepsFile.file, stepsFile.text);
  const section = <K extends SectionFile>(key: K) => {
    const found = readSectionFile(contentDir, slug, root, key, steps);
    if (!found) return ABSENT[key]();
    return STORY_FILES[key].parse(found.file, found.text, wardNames) as ReturnType<(typeof STORY_FILES)[K]["parse"]>;
  };
  const places = join(contentDir, "stories", slug, PLACES_FILE);
  return {
    steps,
    voices: section("voices"),
    activities: section("activities"),
    places: existsSync(places) ? parsePlaces(relative(root, places), readFileSync(places, "utf8")) : []
  };
}
