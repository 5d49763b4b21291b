// Page loader for /risk-index-method: how the risk index is made, with the numbers this build used
// (src/lib/render/riskMethod.ts).
import {PROJECT_ROOT, runLoader} from "./lib/loader/run.js";
import {loadModel} from "./lib/model/model.js";
import {riskMethodMarkdown} from "./lib/render/riskMethod.js";
import {inputFacts, riskIndex, riskMethod} from "./lib/risk/dataset.js";

await runLoader("risk-index-method.md", (sources) => {
  const model = loadModel(sources);
  const index = riskIndex(model, PROJECT_ROOT);
  return riskMethodMarkdown({...riskMethod(index), ...inputFacts(model, index)});
});
