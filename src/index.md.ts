// Page loader for the home page: the region's map with the story areas and the key figures, drawn at
// build time (src/lib/render/home.ts).
import {join} from "node:path";
import {provenanceTable} from "./lib/datasets/provenance.js";
import {PROJECT_ROOT, runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {homeMarkdown} from "./lib/render/home.js";
import {readStories} from "./lib/stories/catalogue.js";
import {storyPages} from "./lib/wards/dataset.js";

await runLoader("index.md", (sources) => {
  const model = loadModel(sources);
  return homeMarkdown({
    topology: model.topology,
    stories: readStories(join(PROJECT_ROOT, "content"), model.places, PROJECT_ROOT),
    pages: storyPages(sources, PROJECT_ROOT),
    keyFigures: model.sna.keyFigures,
    provenance: provenanceTable(sources)
  });
});
