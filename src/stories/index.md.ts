// Page loader for /stories: every published story with a small map and a one-line summary.
import {join} from "node:path";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {assembleStory, readStoryInputs} from "../lib/stories/assemble.js";
import {storyIndexMarkdown} from "../lib/render/storyIndex.js";

await runLoader("stories/index.md", (sources) => {
  const content = join(PROJECT_ROOT, "content");
  const inputs = readStoryInputs(sources, content, PROJECT_ROOT);
  return storyIndexMarkdown(inputs.stories.map((story) => assembleStory(inputs, story, content, PROJECT_ROOT)));
});
