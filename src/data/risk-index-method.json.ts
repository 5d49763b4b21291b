// What the risk index method page shows: indicators, the weights used, means and standard deviations.
import {lsoaRecords} from "../lib/datasets/lsoa.js";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {riskIndexFromSources, riskMethod} from "../lib/risk/dataset.js";

await runLoader("risk-index-method.json", (sources) => JSON.stringify(riskMethod(riskIndexFromSources(sources, lsoaRecords(sources), PROJECT_ROOT))));
