// Page loader for /risk-index: the neighbourhood risk index's map, contributions, ranking, sensitivity
// chart and weights, drawn at build time (src/lib/render/riskIndex.ts).
import {join} from "node:path";
import {provenanceTable} from "./lib/datasets/provenance.js";
import {PROJECT_ROOT, runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {riskIndexMarkdown} from "./lib/render/riskIndex.js";
import {riskIndex, riskMethod} from "./lib/risk/dataset.js";
import {readStories} from "./lib/stories/catalogue.js";

await runLoader("risk-index.md", (sources) => {
  const model = loadModel(sources);
  const index = riskIndex(model, PROJECT_ROOT);
  return riskIndexMarkdown({
    rows: index.rows,
    method: riskMethod(index),
    topology: model.topology,
    stories: readStories(join(PROJECT_ROOT, "content"), model.places, PROJECT_ROOT),
    provenance: provenanceTable(sources)
  });
});
