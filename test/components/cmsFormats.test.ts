import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {stepsFromFile, stepsToFile, yamlFromFile, yamlToFile} from "../../src/components/cmsFormats.js";
import {storyOptions} from "../../src/components/cmsStoryPicker.js";
import {parseActivities} from "../../src/lib/content/activities.js";
import {parseSteps} from "../../src/lib/content/steps.js";
import {parseVoices} from "../../src/lib/content/voices.js";

const STORIES = join(import.meta.dirname, "..", "..", "content", "stories");
const slugs = readdirSync(STORIES);
const read = (slug: string, name: string) => readFileSync(join(STORIES, slug, name), "utf8");

describe("the CMS's formats of the story files", () => {
  it.each(slugs)("reads and writes %s/steps.md unchanged", (slug) => {
    const text = read(slug, "steps.md");
    const data = stepsFromFile(text);
    expect(stepsToFile(data)).toBe(text);
    const steps = data.steps as {heading: string; shows: string}[];
    expect(steps.map((s) => [s.heading, s.shows])).toEqual(
      parseSteps("steps.md", text).map((s) => [s.heading, s.shows])
    );
  });

  it("keeps notes before the first section", () => {
    const text = "<!-- A note for editors -->\n\n## Where\nshows: region\n\nText.\n";
    expect(stepsToFile(stepsFromFile(text))).toBe(text);
  });

  it.each(slugs)("writes %s's YAML files as the check reads them, with their schema line", (slug) => {
    for (const [name, parse] of [
      ["activities.yaml", (file: string, text: string) => parseActivities(file, text)],
      ["voices.yaml", (file: string, text: string) => parseVoices(file, text, [])]
    ] as const) {
      const text = read(slug, name);
      const written = yamlToFile(yamlFromFile(text), text.split("\n")[0]);
      expect(written.split("\n")[0]).toBe(text.split("\n")[0]);
      expect(parse(name, written)).toEqual(parse(name, text));
    }
  });

  it("tells the files of a story folder apart, and leaves blank fields and its own fields out", () => {
    expect(yamlFromFile("title: A\narea: {}\n")._kind).toBe("story");
    expect(yamlFromFile("voices: []\n")._kind).toBe("voices");
    expect(yamlFromFile("note: little is known\n")._kind).toBe("activities");
    expect(yamlFromFile("places: []\n")._kind).toBe("places");
    const written = yamlToFile({_kind: "voices", subtitle: "", voices: [], area: {wards: [], explanation: "E"}}, null);
    expect(written).toBe("voices: []\narea:\n  wards: []\n  explanation: E\n");
  });
});

describe("the CMS's story picker", () => {
  const hits = [
    {path: "content/stories/heath-town/story.yaml", data: {title: "Heath Town", _kind: "story"}},
    {path: "content/stories/heath-town/voices.yaml", data: {voices: [], _kind: "voices"}},
    {path: "content/stories/alpha/story.yaml", data: {title: "  ", _kind: "story"}},
    {path: "content/stories/hillfields/story.yaml", data: {title: "Hillfields", _kind: "story"}},
    {path: "content/stories/hillfields/charts/story.yaml", data: {title: "A chart named story"}},
    {path: "content/storiesx/other/story.yaml", data: {title: "Elsewhere"}}
  ];

  it("offers each story folder once, by title, in the titles' order", () => {
    expect(storyOptions(hits, "content/stories")).toEqual([
      {label: "alpha (alpha)", value: "alpha"},
      {label: "Heath Town (heath-town)", value: "heath-town"},
      {label: "Hillfields (hillfields)", value: "hillfields"}
    ]);
  });

  it("offers nothing when there is no story yet", () => {
    expect(storyOptions([], "content/stories")).toEqual([]);
  });
});
