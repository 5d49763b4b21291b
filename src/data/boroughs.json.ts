// IoD2025 district summaries for the borough comparison page.
import {DISTRICT_DOMAINS} from "../lib/inputs/districtSummaries.js";
import {runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";

await runLoader("boroughs.json", (sources) =>
  JSON.stringify({domains: DISTRICT_DOMAINS, districtSummaries: loadModel(sources).districtSummaries})
);
