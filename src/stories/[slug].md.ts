// Page loader for /stories/<slug>: one story's narrative, static fallbacks and embedded data.
// Framework passes the slug as --slug=<slug> (see dynamicPaths in observablehq.config.ts).
import {join} from "node:path";
import {parseArgs} from "node:util";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {storyPageMarkdown} from "../lib/render/storyPage.js";
import {assembleStory, readStoryInputs, storySourceFiles} from "../lib/stories/assemble.js";

const {values} = parseArgs({options: {slug: {type: "string"}}});

await runLoader(`stories/${values.slug}.md`, (sources) => {
  const content = join(PROJECT_ROOT, "content");
  const inputs = readStoryInputs(sources, content, PROJECT_ROOT);
  const story = inputs.stories.find((s) => s.slug === values.slug);
  if (!story) throw new Error(`no story folder content/stories/${values.slug}`);
  const data = assembleStory(inputs, story, content, PROJECT_ROOT);
  return storyPageMarkdown(data, storySourceFiles(sources));
});
