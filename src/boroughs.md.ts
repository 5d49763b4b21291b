// Page loader for /boroughs: the seven boroughs compared, every figure drawn at build time
// (src/lib/render/boroughs.ts).
import {provenanceTable} from "./lib/datasets/provenance.js";
import {DISTRICT_DOMAINS} from "./lib/inputs/districtSummaries.js";
import {runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {boroughsMarkdown} from "./lib/render/boroughs.js";

await runLoader("boroughs.md", (sources) => {
  const {sna, districtSummaries} = loadModel(sources);
  return boroughsMarkdown({
    sna,
    domains: DISTRICT_DOMAINS,
    districts: districtSummaries,
    provenance: provenanceTable(sources)
  });
});
