import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseActivities, type Activities} from "./activities.js";
import {parsePlaces, type Place} from "./places.js";
import {ContentError} from "./problems.js";
import {parseSteps, type Step} from "./steps.js";
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

/** The files of a story folder besides story.yaml; each is checked, with file:line errors. */
export function readStoryContent(
  contentDir: string,
  slug: string,
  root: string,
  wardNames: readonly string[]
): StoryContent {
  const parse = <K extends keyof typeof STORY_FILES>(key: K) => {
    const {name, fix, parse} = STORY_FILES[key];
    const {file, text} = readStoryFile(contentDir, slug, root, name, fix);
    return parse(file, text, wardNames) as ReturnType<(typeof STORY_FILES)[K]["parse"]>;
  };
  const places = join(contentDir, "stories", slug, PLACES_FILE);
  return {
    steps: parse("steps"),
    voices: parse("voices"),
    activities: parse("activities"),
    places: existsSync(places) ? parsePlaces(relative(root, places), readFileSync(places, "utf8")) : []
  };
}
