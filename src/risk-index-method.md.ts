// Page loader for /risk-index-method: how the risk index is made, with the numbers this build used
// (src/lib/render/riskMethod.ts). The build log reports the robustness check too.
import {PROJECT_ROOT, runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {riskMethodMarkdown} from "./lib/render/riskMethod.js";
import {inputFacts, riskIndex, riskMethod} from "./lib/risk/dataset.js";
import {robustnessSentence} from "./lib/summaries/risk.js";

await runLoader("risk-index-method.md", (sources, log) => {
  const model = loadModel(sources);
  const index = riskIndex(model, PROJECT_ROOT);
  const facts = inputFacts(model, index);
  const method = riskMethod(index, facts);
  log(`robustness check: ${robustnessSentence(method.robustness)}`);
  return riskMethodMarkdown({...method, ...facts});
});
