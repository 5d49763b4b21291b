import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseActivities, type Activities} from "./activities.js";
import {parseSteps, type Step} from "./steps.js";
import {parseVoices, type Voice} from "./voices.js";
import {ContentError} from "./yaml.js";

export interface StoryContent {
  steps: Step[];
  voices: Voice[];
  activities: Activities;
}

/** The files of a story folder besides story.yaml; each is checked, with file:line errors. */
export function readStoryContent(contentDir: string, slug: string, root: string, wardNames: readonly string[]): StoryContent {
  const folder = join(contentDir, "stories", slug);
  const read = (name: string, fix: string) => {
    const path = join(folder, name);
    const file = relative(root, path);
    if (!existsSync(path)) throw new ContentError(file, undefined, `${name} is missing`, fix);
    return {file, text: readFileSync(path, "utf8")};
  };
  const steps = read("steps.md", "copy steps.md from another story folder and rewrite its sections (see docs/stories.md)");
  const voices = read("voices.yaml", 'create it with the single line "voices: []" until consented voices are collected');
  const activities = read("activities.yaml", 'create it with a note: saying what is known about the work in this place (see docs/stories.md)');
  return {steps: parseSteps(steps.file, steps.text), voices: parseVoices(voices.file, voices.text, wardNames), activities: parseActivities(activities.file, activities.text)};
}
