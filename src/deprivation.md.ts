// Page loader for /deprivation: every LSOA shaded by its IMD 2025 decile, drawn at build time
// (src/lib/render/deprivation.ts).
import {provenanceTable} from "./lib/datasets/provenance.js";
import {runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {deprivationMarkdown} from "./lib/render/deprivation.js";

await runLoader("deprivation.md", (sources) => {
  const {topology, lsoas} = loadModel(sources);
  return deprivationMarkdown({topology, lsoas, provenance: provenanceTable(sources)});
});
