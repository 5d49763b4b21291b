// What the risk index method page shows: indicators, the weights used, means and standard deviations.
import {lsoaRecords} from "../lib/datasets/lsoa.js";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {inputFacts, riskIndexFromSources, riskMethod} from "../lib/risk/dataset.js";

await runLoader("risk-index-method.json", (sources) => {
  const lsoas = lsoaRecords(sources);
  const index = riskIndexFromSources(sources, lsoas, PROJECT_ROOT);
  return JSON.stringify(riskMethod(index, inputFacts(sources, lsoas, index)));
});
