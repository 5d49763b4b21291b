// What the risk index method page shows: indicators, the weights used, means and standard deviations,
// the cap on z-scores and the robustness check, which the build log reports too.
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {inputFacts, riskIndex, riskMethod} from "../lib/risk/dataset.js";
import {robustnessSentence} from "../lib/summaries/risk.js";

await runLoader("risk-index-method.json", (sources, log) => {
  const model = loadModel(sources);
  const index = riskIndex(model, PROJECT_ROOT);
  const method = riskMethod(index, inputFacts(model, index));
  log(`robustness check: ${robustnessSentence(method.robustness)}`);
  return JSON.stringify(method);
});
