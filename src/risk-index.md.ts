// Page loader for /risk-index: the neighbourhood risk index's map, contributions, ranking, sensitivity
// chart and weights, drawn at build time (src/lib/render/riskIndex.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
