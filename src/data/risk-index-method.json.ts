// What the risk index method page shows: indicators, the weights used, means and standard deviations.
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {inputFacts, riskIndex, riskMethod} from "../lib/risk/dataset.js";

await runLoader("risk-index-method.json", (sources) => {
  const model = loadModel(sources);
  const index = riskIndex(model, PROJECT_ROOT);
  return JSON.stringify(riskMethod(index, inputFacts(model, index)));
});
