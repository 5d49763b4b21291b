// Page loader for the home page: the region's map with the story areas and the key figures, drawn at
// build time (src/lib/render/home.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
