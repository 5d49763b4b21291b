// Each story's slug, title, status and the LSOAs, wards and districts its area covers.
import {join} from "node:path";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {readStories} from "../lib/stories/catalogue.js";

await runLoader("story-areas.json", (sources) => {
  const stories = readStories(join(PROJECT_ROOT, "content"), loadModel(sources).places, PROJECT_ROOT);
  return JSON.stringify(
    stories.map(({slug, title, subtitle, borough, status, last_reviewed, area}) => ({
      slug,
      title,
      subtitle,
      borough,
      status,
      last_reviewed,
      area
    }))
  );
});
