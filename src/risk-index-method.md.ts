// Page loader for /risk-index-method: how the risk index is made, with the numbers this build used
// (src/lib/render/riskMethod.ts). The build log reports the robustness check too.
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
